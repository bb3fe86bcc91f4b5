// The compute worker's loader: a module worker started from this file (same origin, so a strict
// Content-Security-Policy with script-src 'self' allows it, where a blob: URL would need
// worker-src blob:). It imports the app's own glue and wasm, whose URLs the page passes in the
// query (Trunk hashes their names), and the app, finding no document, serves compute requests.
const query = new URLSearchParams(self.location.search);
const own = (name) => {
  const url = new URL(query.get(name) ?? '', self.location.href);
  if (url.origin !== self.location.origin) throw new Error(`worker: ${name} must be same-origin`);
  return url.href;
};
const { default: init } = await import(own('js'));
await init({ module_or_path: own('wasm') });
