// The app as a user meets it: the release build served on 127.0.0.1 under a sub-path opens on the
// LY scenario, shows its title and the 519,506 records (computed in the web worker), talks to no
// other host, has no console errors and no serious accessibility violations, in light and dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './support/server.mjs';
import { launch, openPage, axeProblems, screenshot } from './support/browser.mjs';

let server;
let browser;

before(async () => {
  server = await serve('dist', { prefix: '/wiki/tools/exposure/' });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

for (const scheme of ['light', 'dark']) {
  test(`opens on the LY scenario, computed in the worker (${scheme})`, async () => {
    const { context, page, watch } = await openPage(browser, { allowedOrigins: [server.origin], colorScheme: scheme });
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: 'LY Corp. 2023 leak' }).waitFor();
    assert.equal(await page.getByTestId('records-total').textContent(), '519,506');
    await page.getByTestId('records-big').waitFor();
    assert.equal(await page.getByTestId('records-big').textContent(), '519,506');
    assert.equal(await page.locator('#results').getAttribute('data-computed-in'), 'worker');
    assert.equal(page.workers().length, 1, 'one compute worker runs');
    assert.ok(await page.locator('#network svg').isVisible());
    await screenshot(page, `app-${scheme}`);
    assert.deepEqual(await axeProblems(page), [], 'axe: serious or critical violations');
    assert.deepEqual(watch.consoleErrors, [], 'console errors');
    assert.deepEqual(watch.pageErrors, [], 'page errors');
    assert.deepEqual(watch.foreign, [], 'requests to other hosts');
    await context.close();
  });
}

test('fits a phone screen without sideways scrolling of the page', async () => {
  for (const scheme of ['light', 'dark']) {
    const { context, page, watch } = await openPage(browser, {
      allowedOrigins: [server.origin],
      colorScheme: scheme,
      viewport: { width: 360, height: 740 },
    });
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('#network svg').waitFor();
    // Open a row's extra fields too: they must wrap, not widen the page.
    await page.locator('#holdings button.more').first().click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    await screenshot(page, `app-360px-${scheme}`);
    assert.deepEqual(watch.foreign, []);
    assert.deepEqual(watch.pageErrors, []);
    await context.close();
  }
});
