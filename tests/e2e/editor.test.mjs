// Editing as a user does: a holding changed shows its problem next to the field and in the
// problems list and the diagram, undo restores it; an entity named <script> shows as text
// everywhere (no dialog, no element injected) including the network SVG; the examples menu;
// the delete question; selecting in the diagram; chart downloads made in the browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve } from './support/server.mjs';
import { launch, openPage, axeProblems, screenshot } from './support/browser.mjs';

let server;
let browser;

before(async () => {
  server = await serve('dist', { prefix: '/exposure/' });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(options = {}) {
  const opened = await openPage(browser, { allowedOrigins: [server.origin], ...options });
  await opened.page.goto(server.url);
  await opened.page.locator('#network svg').waitFor();
  await opened.page.getByTestId('records-big').waitFor();
  return opened;
}

test('editing a holding shows its problem at the field, and undo restores it', async () => {
  const { context, page, watch } = await open();
  const percent = page.locator('#f-holdings-2-percent');
  await percent.fill('120');
  await page.locator('#f-holdings-2-percent-msg').getByText('120 is above 100').waitFor();
  await page.locator('.problems').getByText('holdings[2].percent').first().waitFor();
  assert.equal(await percent.getAttribute('aria-invalid'), 'true');
  assert.ok((await page.locator('#network svg').textContent()).includes('120%'), 'the diagram shows it');
  await screenshot(page, 'editor-problem');
  assert.deepEqual(await axeProblems(page), [], 'axe with a problem shown');
  // The problem list leads to the field.
  await percent.blur();
  await page.locator('.problems button.link').first().click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-holdings-2-percent');

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  assert.equal(await percent.inputValue(), '64.5');
  assert.equal(await page.locator('.problems').count(), 0);
  assert.ok((await page.locator('#network svg').textContent()).includes('64.5%'));

  // Records edited: the worker recomputes the summary; Ctrl+Z (focus outside fields) undoes.
  await page.locator('#f-data-3-records').fill('0');
  await page.getByTestId('records-big').getByText('389,191').waitFor();
  await page.locator('h1').click();
  await page.keyboard.press('Control+z');
  await page.getByTestId('records-big').getByText('519,506').waitFor();
  assert.equal(await page.locator('#f-data-3-records').inputValue(), '130315');
  await page.keyboard.press('Control+Shift+z');
  assert.equal(await page.locator('#f-data-3-records').inputValue(), '0');
  assert.deepEqual(watch.pageErrors, []);
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});

test('an entity named <script> shows as text everywhere', async () => {
  const { context, page, watch } = await open();
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs += 1;
    await d.dismiss();
  });
  const name = '<script>alert(1)</script><img src=x onerror=alert(2)>';
  await page.locator('#f-entities-0-name').fill(name);
  await page.locator('#f-entities-0-name').blur();
  await page.waitForFunction(() => document.querySelector('#network svg').textContent.includes('<script>'));
  const found = await page.evaluate((n) => ({
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent.includes('alert')).length,
    images: document.querySelectorAll('img').length,
    svgText: document.querySelector('#network svg').textContent.includes('<script>alert(1)</script>'),
    option: [...document.querySelectorAll('#f-holdings-0-holder option')].some((o) => o.textContent === n),
    tableCell: [...document.querySelectorAll('#network details td')].some((td) => td.textContent === n),
  }), name);
  assert.deepEqual(found, { scripts: 0, images: 0, svgText: true, option: true, tableCell: true });
  assert.equal(dialogs, 0, 'no alert ran');
  await screenshot(page, 'script-name');
  assert.deepEqual(watch.pageErrors, []);
  await context.close();
});

test('deleting a referenced entity asks first in an accessible dialog', async () => {
  for (const scheme of ['light', 'dark']) {
    const { context, page } = await open({ colorScheme: scheme });
    await page.locator('tr[data-entity=contractor] button.delete').click();
    const dialog = page.getByRole('dialog', { name: 'Delete Subcontractor of NAVER Cloud?' });
    await dialog.waitFor();
    assert.equal(await dialog.locator('li').count(), 3);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Cancel', 'focus starts on Cancel');
    await screenshot(page, `delete-dialog-${scheme}`);
    assert.deepEqual(await axeProblems(page), [], `axe with the dialog open (${scheme})`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Delete entity 6');
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: /Delete it/ }).click();
    assert.equal(await page.locator('tr[data-entity=contractor]').count(), 0);
    assert.equal(await page.locator('#links tbody tr.item').count(), 2);
    await context.close();
  }
});

test('the less-used fields and the settings open, with their problems shown', async () => {
  for (const scheme of ['light', 'dark']) {
    const { context, page, watch } = await open({ colorScheme: scheme });
    await page.locator('#holdings tr.item').nth(2).locator('button.more').click();
    await page.locator('#f-holdings-2-range-0').fill('70');
    await page.locator('#f-holdings-2-range-msg').getByText('give both ends').waitFor();
    await page.locator('#f-holdings-2-range-1').fill('60');
    await page.locator('#f-holdings-2-range-msg').getByText('low 70 is above high 60').waitFor();
    await page.locator('#links tr.item').first().locator('button.more').click();
    await page.locator('#data tr.item').first().locator('button.more').click();
    await page.locator('#f-data-0-by_country').fill('JP: 121210; KR 5');
    await page.locator('#f-data-0-by_country-msg').getByText('CODE: records').waitFor();
    await page.locator('#settings summary').click();
    await page.locator('#f-settings-trials').fill('1.5');
    await page.locator('#f-settings-trials-msg').getByText('not a whole number').waitFor();
    await screenshot(page, `editor-more-${scheme}`);
    assert.deepEqual(await axeProblems(page), [], `axe with the more fields and settings open (${scheme})`);
    assert.deepEqual(watch.pageErrors, []);
    await context.close();
  }
});

test('the examples menu loads each example, one undo step each', async () => {
  const { context, page, watch } = await open();
  for (const [id, title] of [['cross-holdings', 'Cross-shareholding group (illustrative)'], ['vendor-chain', 'Three-tier vendor chain (illustrative)']]) {
    await page.locator('#example-pick').selectOption(id);
    await page.getByRole('button', { name: 'Load', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    assert.equal(await page.locator('.problems').count(), 0, `${id} is valid`);
    await page.getByTestId('records-big').waitFor();
    await screenshot(page, `example-${id}`);
  }
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Cross-shareholding group (illustrative)' }).waitFor();
  assert.deepEqual(watch.pageErrors, []);
  await context.close();
});

test('selecting an entity in the diagram selects its row in the editor', async () => {
  for (const scheme of ['light', 'dark']) {
    // Tall enough for the whole results column, which scrolls on its own beside the editor.
    const { context, page } = await open({ colorScheme: scheme, viewport: { width: 1280, height: 1600 } });
    await page.locator('#network g[data-entity=naver-cloud]').click();
    const row = page.locator('#entities tr[data-entity=naver-cloud]');
    assert.match(await row.getAttribute('class'), /selected/);
    assert.ok(await row.isVisible());
    assert.equal(await page.locator('#network g[data-entity=naver-cloud]').getAttribute('aria-current'), 'true');
    // By keyboard: focus a node, press Enter.
    await page.locator('#network g[data-entity=ly]').focus();
    await page.keyboard.press('Enter');
    assert.match(await page.locator('#entities tr[data-entity=ly]').getAttribute('class'), /selected/);
    // The selection redraws the diagram, and the results for the new selection (its breach
    // path) redraw it again a moment later: the focus must come back to the same entity.
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-entity') === 'ly', null, { timeout: 5000 });
    await page.locator('#results').screenshot({ path: new URL(`./screenshots/results-${scheme}.png`, import.meta.url).pathname });
    await context.close();
  }
});

test('charts download as SVG and PNG made in the browser', async () => {
  const { context, page, watch } = await open();
  const [svg] = await Promise.all([page.waitForEvent('download'), page.locator('#network .downloads button').first().click()]);
  assert.equal(svg.suggestedFilename(), 'exposure-network.svg');
  const svgText = await readFile(await svg.path(), 'utf8');
  assert.match(svgText, /^<\?xml[^>]*>\s*<svg [^>]*width="\d+" height="\d+"/);
  const [png] = await Promise.all([page.waitForEvent('download'), page.locator('#network .downloads button').nth(1).click()]);
  assert.equal(png.suggestedFilename(), 'exposure-network.png');
  const bytes = await readFile(await png.path());
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.ok(bytes.length > 5000, `PNG of ${bytes.length} bytes`);
  assert.deepEqual(watch.foreign, [], 'no request left the page');
  await context.close();
});

test('the editor works by keyboard alone, with visible focus', async () => {
  const { context, page } = await open();
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  const seen = [];
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    seen.push(await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      return { id: el.id, tag: el.tagName, text: (el.textContent || '').trim().slice(0, 30), outlined, label: el.getAttribute('aria-label') };
    }));
  }
  const ids = seen.map((s) => s.id);
  for (const id of ['example-pick', 'f-title', 'f-entities-0-name', 'f-entities-0-id', 'f-entities-0-kind']) {
    assert.ok(ids.includes(id), `Tab reaches #${id}: ${ids.join(' ')}`);
  }
  assert.ok(seen.some((s) => s.label === 'More fields of entity 1'), 'row tools are reachable');
  const invisible = seen.filter((s) => !s.outlined);
  assert.deepEqual(invisible, [], 'every focused control shows a focus outline');
  // Type into a field, add a row and reach its first field, all by keyboard.
  await page.locator('#entities button.add').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-entities-7-name');
  await page.keyboard.type('Keyboard Co.');
  assert.equal(await page.locator('#f-entities-7-name').inputValue(), 'Keyboard Co.');
  await context.close();
});
