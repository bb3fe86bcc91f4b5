// The results panels as a reader meets them: the answer to "who controls LY?" at the top, the
// inverted-supervision flag in plain words, the control panel's findings and charts. SoftBank
// taking 51 % of A Holdings (NAVER down to 49 %) makes SoftBank LY's ultimate controller and the
// flag goes; undo restores both. An entity named <script> shows as text in the panels and their
// charts. Screenshots of each panel in light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { suite } from './support/suite.mjs';
import { axeProblems, screenshot, SCREENSHOTS } from './support/browser.mjs';

const app = suite();
const open = (options = {}) => app.open({ ready: ['answer-controller', '#control svg'], ...options });

async function panelShot(page, selector, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.locator(selector).screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

const controller = (page) => page.getByTestId('answer-controller').textContent();
const flagTexts = (page) => page.getByTestId('flag').allTextContents();

test('SoftBank at 51 % controls LY and the inverted-supervision flag goes; undo restores both', async () => {
  const { context, page, watch } = await open();
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  assert.equal(await page.getByTestId('answer-control').locator('dt').textContent(), 'Who controls LY Corp.?');
  assert.equal(await controller(page), 'A Holdings Corp., jointly controlled by NAVER Corp. and SoftBank Corp.');
  assert.deepEqual(await flagTexts(page), [
    'NAVER Corp., through A Holdings Corp., jointly controls LY Corp., which outsources system operations to NAVER Cloud Corp., a subsidiary of NAVER Corp. '
      + "Inverted supervision: LY Corp. is meant to supervise NAVER Cloud Corp., but NAVER Cloud Corp.'s side has power over LY Corp.",
  ]);

  await page.locator('#f-holdings-1-percent').fill('51');
  // 101 % of A Holdings: nothing computes, the old results stay, marked stale.
  await page.locator('.problems').waitFor();
  await page.locator('.results-body.stale').first().waitFor();
  await page.locator('#f-holdings-0-percent').fill('49');
  await page.getByTestId('answer-controller').getByText('SoftBank Corp., through A Holdings Corp.', { exact: true }).waitFor();
  await page.getByTestId('no-flags').waitFor();
  assert.equal(await page.getByTestId('flag').count(), 0);
  assert.match(await page.getByTestId('no-flags').textContent(), /^No inverted supervision found/);
  assert.match(await page.getByTestId('control-rows').textContent(), /SoftBank Corp\. controls LY Corp\. along the chain SoftBank Corp\. → A Holdings Corp\. → LY Corp\./);
  await screenshot(page, 'results-softbank-51');

  await undo.click();
  await undo.click();
  assert.equal(await page.locator('#f-holdings-0-percent').inputValue(), '50');
  assert.equal(await page.locator('#f-holdings-1-percent').inputValue(), '50');
  await page.getByTestId('answer-controller').getByText('A Holdings Corp., jointly controlled by NAVER Corp. and SoftBank Corp.', { exact: true }).waitFor();
  await page.getByTestId('flag').waitFor();
  assert.equal(await page.getByTestId('no-flags').count(), 0);
  assert.deepEqual(watch.pageErrors, []);
  assert.deepEqual(watch.consoleErrors, []);
  assert.deepEqual(watch.foreign, []);
  await context.close();
});

test('the control panel follows the entity chosen in it', async () => {
  const { context, page, watch } = await open();
  await page.getByTestId('control-of').selectOption('naver-cloud');
  await page.getByTestId('answer-control').locator('dt').getByText('Who controls NAVER Cloud Corp.?').waitFor();
  assert.equal(await controller(page), 'NAVER Corp.');
  assert.ok((await page.locator('#control svg').first().textContent()).includes('NAVER Cloud Corp.'));
  assert.deepEqual(watch.pageErrors, []);
  await context.close();
});

test('an entity named <script> shows as text in the panels and their charts', async () => {
  const { context, page, watch } = await open();
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs += 1;
    await d.dismiss();
  });
  const name = '<script>alert(1)</script><img src=x onerror=alert(2)>';
  await page.locator('#f-entities-0-name').fill(name);
  await page.locator('#f-entities-0-name').blur();
  await page.waitForFunction((n) => document.querySelector('#flags').textContent.includes(n), name);
  const found = await page.evaluate((n) => ({
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent.includes('alert')).length,
    images: document.querySelectorAll('img').length,
    answer: document.querySelector('[data-testid=answer-control]').textContent.includes(n),
    rows: document.querySelector('[data-testid=control-rows]').textContent.includes(n),
    wedge: [...document.querySelectorAll('#control svg')].some((s) => s.textContent.includes(n)),
    option: [...document.querySelectorAll('[data-testid=control-of] option')].some((o) => o.textContent === n),
  }), name);
  assert.deepEqual(found, { scripts: 0, images: 0, answer: true, rows: true, wedge: true, option: true });
  assert.equal(dialogs, 0, 'no alert ran');
  assert.deepEqual(watch.pageErrors, []);
  await context.close();
});

for (const scheme of ['light', 'dark']) {
  test(`screenshots of the panels, no serious accessibility problem (${scheme})`, async () => {
    // Tall enough that the results column (sticky, scrolling on its own) shows every panel.
    const { context, page, watch } = await open({ colorScheme: scheme, viewport: { width: 1280, height: 4200 } });
    await page.locator('.lenses summary').click();
    await panelShot(page, '.answers', `panel-answers-${scheme}`);
    await panelShot(page, '#flags', `panel-flags-${scheme}`);
    await panelShot(page, '#control', `panel-control-${scheme}`);
    await screenshot(page, `results-${scheme}`);
    assert.deepEqual(await axeProblems(page), [], 'axe: serious or critical violations');
    assert.deepEqual(watch.consoleErrors, []);
    await context.close();
  });
}
