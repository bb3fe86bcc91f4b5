// Japanese and English: the page follows ?lang= or else the browser's language, sets <html lang>,
// and the switch in the toolbar changes every panel (the untouched LY case takes its Japanese
// names: LINEヤフー, Aホールディングス). Text typed through an input method goes into the scenario
// when the composition ends, as one undo step. Screenshots of every panel in Japanese.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { suite } from './support/suite.mjs';
import { axeProblems, screenshot, SCREENSHOTS } from './support/browser.mjs';

const app = suite();
const open = (url, options = {}) => app.open({ url, ready: ['answer-loss'], ...options });

const htmlLang = (page) => page.evaluate(() => document.documentElement.lang);
const question = (page) => page.getByTestId('answer-control').locator('dt').textContent();

test('?lang=ja opens in Japanese on the LY case named in Japanese; the switch goes back to English', async () => {
  const { context, page, watch } = await open(`${app.server.url}?lang=ja`);
  assert.equal(await htmlLang(page), 'ja');
  const ja = await question(page);
  assert.ok(ja.includes('LINEヤフー'), ja);
  assert.ok(!/Who controls/.test(ja), ja);
  assert.equal(await page.locator('#f-entities-3-name').inputValue(), 'LINEヤフー');
  await page.getByTestId('language').selectOption('en');
  await page.getByTestId('answer-control').locator('dt').getByText('Who controls LY Corp.?').waitFor();
  assert.equal(await htmlLang(page), 'en');
  assert.match(page.url(), /[?&]lang=en(#|$)/);
  assert.equal(await page.locator('#f-entities-3-name').inputValue(), 'LY Corp.');
  assert.deepEqual(watch.pageErrors, []);
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});

test('a browser set to Japanese gets Japanese; a scenario of ones own keeps its names', async () => {
  const { context, page, watch } = await open(app.server.url, { locale: 'ja-JP' });
  assert.equal(await htmlLang(page), 'ja');
  await page.locator('#f-entities-3-name').fill('自社');
  await page.locator('#f-entities-3-name').blur();
  await page.getByTestId('answer-control').locator('dt').getByText('自社', { exact: false }).waitFor();
  await page.getByTestId('language').selectOption('en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.locator('#f-entities-3-name').inputValue(), '自社', 'own names are not translated');
  assert.deepEqual(watch.pageErrors, []);
  await context.close();
});

test('validation messages read in Japanese next to the field and in the problems list', async () => {
  const { context, page, watch } = await open(`${app.server.url}?lang=ja`);
  await page.locator('#f-holdings-2-percent').fill('120');
  const msg = page.locator('#f-holdings-2-percent-msg');
  await msg.waitFor();
  assert.match(await msg.textContent(), /120は上限100を上回っています/);
  assert.match(await page.locator('.problems').textContent(), /120は上限100を上回っています/);
  await page.locator('#f-entities-3-id').fill('naver');
  await page.locator('#f-entities-3-id-msg').waitFor();
  assert.doesNotMatch(await page.locator('#f-entities-3-id-msg').textContent(), /[a-z]{4,} [a-z]{4,}/, 'no English sentence');
  assert.deepEqual(watch.pageErrors, []);
  await context.close();
});

test('import messages read in Japanese: a link from a newer version, a broken JSON file, a CSV cell by row', async () => {
  const { context, page, watch } = await open(`${app.server.url}?lang=ja#s=2z.abc.defg`);
  const english = /[a-z]{2,} [a-z]{2,}/;
  const link = page.locator('.notice.error').first();
  await link.getByText('新しいバージョン', { exact: false }).waitFor();
  assert.doesNotMatch(await link.textContent(), english, 'no English sentence in the link notice');

  const file = (name, text) => page.locator('#open-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) });
  await file('notes.json', '{"title": }');
  const json = page.locator('.notice.error', { hasText: 'notes.json' });
  await json.getByText('1行目、', { exact: false }).waitFor();
  assert.doesNotMatch(await json.textContent(), english, 'no English sentence in the JSON notice');

  await file('holdings.csv', 'holder,target,percent\nnaver,ly,abc\n');
  await page.getByRole('dialog').getByRole('button', { name: '取り込む' }).click();
  const csv = page.locator('.notice.error', { hasText: 'holdings.csv' });
  await csv.getByText('2行目、percent', { exact: false }).waitFor();
  assert.match(await csv.textContent(), /「abc」は数値ではありません/);
  assert.doesNotMatch(await csv.textContent(), english, 'no English sentence in the CSV notice');
  await screenshot(page, 'ja-import-messages');
  assert.deepEqual(watch.pageErrors, []);
  await context.close();
});

test('text typed through an input method goes in when the composition ends, as one undo step', async () => {
  const { context, page, watch } = await open(`${app.server.url}?lang=ja`);
  const field = page.locator('#f-entities-3-name');
  assert.equal(await field.inputValue(), 'LINEヤフー');
  await field.click();
  await page.keyboard.press('End');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'かぶしきがいしゃ', selectionStart: 8, selectionEnd: 8 });
  // Enter while composing confirms the conversion in the input method: nothing is submitted
  // and the scenario does not take the half-typed kana.
  await page.keyboard.press('Enter');
  await page.waitForTimeout(400);
  const during = await question(page);
  assert.ok(!during.includes('かぶしき'), during);
  await cdp.send('Input.insertText', { text: '株式会社' });
  await page.getByTestId('answer-control').locator('dt').getByText('LINEヤフー株式会社', { exact: false }).waitFor();
  assert.equal(await field.inputValue(), 'LINEヤフー株式会社');
  await field.blur();
  await page.locator('.history button').first().click();
  await page.getByTestId('answer-control').locator('dt').getByText('LINEヤフー', { exact: false }).waitFor();
  assert.equal(await field.inputValue(), 'LINEヤフー');
  assert.deepEqual(watch.pageErrors, []);
  await context.close();
});

for (const scheme of ['light', 'dark']) {
  test(`screenshots of every panel in Japanese, no serious accessibility problem (${scheme})`, async () => {
    const { context, page, watch } = await open(`${app.server.url}?lang=ja`, { colorScheme: scheme, viewport: { width: 1280, height: 7000 } });
    await page.locator('#exposure svg').first().waitFor();
    await page.locator('#loss svg').first().waitFor();
    await mkdir(SCREENSHOTS, { recursive: true });
    for (const id of ['answers', 'flags', 'control', 'network', 'exposure', 'loss']) {
      const sel = id === 'answers' ? '.answers' : `#${id}`;
      await page.locator(sel).screenshot({ path: join(SCREENSHOTS, `ja-panel-${id}-${scheme}.png`) });
    }
    await screenshot(page, `ja-results-${scheme}`);
    assert.deepEqual(await axeProblems(page), [], 'axe: serious or critical violations');
    assert.deepEqual(watch.consoleErrors, []);
    await context.close();
  });
}
