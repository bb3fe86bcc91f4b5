// The app under the strict Content-Security-Policy of dist/csp.txt (scripts/csp.mjs writes it at
// build time): it starts, renders and computes with no CSP violation reported, and talks to no
// other host.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve } from './support/server.mjs';
import { launch, openPage, screenshot } from './support/browser.mjs';

let server;
let browser;
let policy;

before(async () => {
  policy = (await readFile('dist/csp.txt', 'utf8')).trim();
  server = await serve('dist', {
    prefix: '/csp/',
    headers: { 'content-security-policy': policy, 'x-content-type-options': 'nosniff' },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the policy is strict: no unsafe-inline, no unsafe-eval, no other host', () => {
  assert.match(policy, /^default-src 'self'/);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'|\*|https?:/);
});

test('the app runs under the strict policy with no violation', async () => {
  const { context, page, watch } = await openPage(browser, { allowedOrigins: [server.origin] });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1, name: 'LY Corp. 2023 leak' }).waitFor();
  assert.equal(await page.getByTestId('records-total').textContent(), '519,506');
  // The worker starts from a same-origin loader, so the policy needs no blob: or inline worker.
  await page.locator('#results[data-computed-in="worker"]').waitFor();
  assert.equal(page.workers().length, 1, 'one compute worker runs');
  await screenshot(page, 'csp');
  const violations = await page.evaluate(() => window.__cspViolations);
  assert.deepEqual(violations, [], 'CSP violations');
  assert.deepEqual(watch.consoleErrors, [], 'console errors');
  assert.deepEqual(watch.pageErrors, [], 'page errors');
  assert.deepEqual(watch.foreign, [], 'requests to other hosts');
  await context.close();
});
