// Writes dist/csp.txt: the strict Content-Security-Policy for the built app, with the hash of
// each inline script Trunk's loader puts in index.html (its hash changes with every build, as
// the loader names the hashed .js and .wasm files). Hosts send this as a header; the CSP
// end-to-end test serves the app with it. See docs/hosting.md.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const html = await readFile(join(dist, 'index.html'), 'utf8');
const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)]
  .filter((m) => !/\bsrc\s*=/.test(m[0].slice(0, m[0].indexOf('>'))))
  .map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);

// Nothing looser than the app needs: scripts only from this origin plus the loader's inline
// module, wasm compilation allowed; images may also be blob: URLs because the PNG download
// draws a chart's SVG (a blob) onto a canvas. No other host is ever contacted.
const policy = [
  "default-src 'self'",
  ['script-src', "'self'", "'wasm-unsafe-eval'", ...hashes].join(' '),
  "img-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

await writeFile(join(dist, 'csp.txt'), policy + '\n');
console.log(`[csp] ${policy}`);
