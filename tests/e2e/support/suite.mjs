// What every end-to-end file starts with: the release build served on 127.0.0.1 under a
// sub-path and one headless Chromium, both closed after the file's tests, and `open`, which
// loads a page with only that server allowed and waits for what the file needs.
import { before, after } from 'node:test';
import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';

export function suite() {
  const s = {
    server: null,
    browser: null,
    // Opens `url` (default: the app) and waits for each selector or test id in `ready`.
    async open({ url, ready = [], ...options } = {}) {
      const opened = await openPage(s.browser, { allowedOrigins: [s.server.origin], ...options });
      await opened.page.goto(url ?? s.server.url);
      for (const r of ready) {
        const locator = r.startsWith('#') || r.startsWith('.') ? opened.page.locator(r).first() : opened.page.getByTestId(r);
        await locator.waitFor();
      }
      return opened;
    },
  };
  before(async () => {
    s.server = await serve('dist', { prefix: '/exposure/' });
    s.browser = await launch();
  });
  after(async () => {
    await s.browser?.close();
    await s.server?.close();
  });
  return s;
}
