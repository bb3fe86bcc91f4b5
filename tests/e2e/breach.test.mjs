// The breach side of the results as a reader meets it: at a glance, what a breach at the
// subcontractor costs a year and which single link matters most; the exposure panel's reach of
// LY (0.5968, exact, B6) with the most likely way in, highlighted in the network diagram; the
// loss panel's figures and charts. Taking the shared authentication off the NAVER Cloud → LY
// link lowers LY's reach; undo restores it. Screenshots of both panels in light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { suite } from './support/suite.mjs';
import { axeProblems, screenshot, SCREENSHOTS } from './support/browser.mjs';

const app = suite();
const open = (options = {}) => app.open({ ready: ['answer-loss', '#exposure svg', '#loss svg'], ...options });

const reachText = (page) => page.getByTestId('exposure-reach').textContent();

test('at a glance: the yearly cost of a breach at the subcontractor and the link that matters most', async () => {
  const { context, page, watch } = await open();
  const loss = page.getByTestId('answer-loss');
  assert.equal(await loss.locator('dt').textContent(), 'What would a breach at Subcontractor of NAVER Cloud cost a year?');
  assert.match(await loss.locator('strong').textContent(), /^\$\d+(\.\d+)?M a year on average$/);
  assert.match(await loss.locator('.explain').textContent(), /^0\.3 breach events a year are expected; each exposes [\d,]+ records on average\./);
  const link = page.getByTestId('answer-link');
  assert.equal(await link.locator('dt').textContent(), 'Which single link matters most?');
  const answer = await link.locator('strong').textContent();
  // The subcontractor → NAVER Cloud and NAVER Cloud → LY links are in series on the main path:
  // either is the answer and the sentence names the other.
  assert.ok(
    ['Subcontractor of NAVER Cloud → NAVER Cloud Corp.', 'NAVER Cloud Corp. → LY Corp.'].includes(answer),
    answer,
  );
  assert.match(await link.locator('.explain').textContent(), /^Cutting it removes [\d,]+ of the [\d,]+ records .* Cutting .* removes as much\.$/);
  // The same figure stands in the loss panel, with its standard error.
  const figures = await page.getByTestId('loss-figures').textContent();
  const ale = (await loss.locator('strong').textContent()).replace(' a year on average', '');
  assert.ok(figures.includes(`Expected annual loss (ALE)${ale} ± $`), figures);
  for (const name of ['Value at risk 95%', 'Value at risk 99%', 'Tail value at risk 95%']) {
    assert.ok(figures.includes(name), name);
  }
  assert.match(await page.getByTestId('cost-band').textContent(), /^Expected loss of one breach event: \$.* with the per-record cost ranges, \$.* with the DBIR 2015 formula\./);
  assert.ok((await page.getByTestId('duties').textContent()).includes('within 3–5 days: October 20, 2023 to October 22, 2023'));
  // The rate the loss rests on is shown as the assumption it is.
  assert.equal(await page.getByTestId('assumed').textContent(),
    'malware on a subcontractor PC: 0.3 a year at Subcontractor of NAVER Cloud. Assumption: illustrative, not reported; edit it.');
  assert.deepEqual(watch.pageErrors, []);
  assert.deepEqual(watch.consoleErrors, []);
  assert.deepEqual(watch.foreign, []);
  await context.close();
});

test('taking the shared authentication off NAVER Cloud → LY lowers LY reach from 0.5968; undo restores it', async () => {
  const { context, page, watch } = await open();
  assert.equal(await reachText(page), 'A breach event reaches LY Corp. with probability 0.5968 (exact). '
    + 'Most likely way in: Subcontractor of NAVER Cloud → NAVER Cloud Corp. → LY Corp., with probability 0.552.');
  // The diagram highlights the same path: its table marks the two links on it.
  const marked = await page.locator('#network table tbody tr').evaluateAll((rows) => rows
    .map((r) => [...r.cells].map((c) => c.textContent))
    .filter((cells) => cells[cells.length - 1] !== '')
    .map((cells) => `${cells[0]} → ${cells[1]}`));
  assert.deepEqual(marked.sort(), ['NAVER Cloud Corp. → LY Corp.', 'Subcontractor of NAVER Cloud → NAVER Cloud Corp.']);
  assert.ok((await page.locator('#exposure svg').first().textContent()).includes('0.5968'));

  const shared = page.locator('#f-links-0-shared-authentication');
  assert.equal(await shared.isChecked(), true);
  await shared.uncheck();
  // admin alone: 1 − (1 − 0.6 · 0.6)(1 − 0.1) = 0.424
  await page.waitForFunction(() => document.querySelector('[data-testid=exposure-reach]').textContent.includes('0.424 (exact)'));
  assert.ok((await page.locator('#exposure svg').first().textContent()).includes('0.424'));
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid=exposure-reach]').textContent.includes('0.5968 (exact)'));
  assert.equal(await shared.isChecked(), true);
  assert.deepEqual(watch.pageErrors, []);
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});

test('a <script> entity name stays text in the exposure and loss panels and their charts', async () => {
  const { context, page, watch } = await open();
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs += 1;
    await d.dismiss();
  });
  const name = '<script>alert(1)</script><img src=x onerror=alert(2)>';
  // entities[5] is the subcontractor: the entry, on every breach chart and answer.
  await page.locator('#f-entities-5-name').fill(name);
  await page.locator('#f-entities-5-name').blur();
  await page.waitForFunction((n) => document.querySelector('#exposure').textContent.includes(n), name);
  const found = await page.evaluate((n) => ({
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent.includes('alert')).length,
    images: document.querySelectorAll('img').length,
    answer: document.querySelector('[data-testid=answer-loss]').textContent.includes(n),
    reach: document.querySelector('#exposure svg').textContent.includes(n),
    charts: [...document.querySelectorAll('#exposure svg, #loss svg')].filter((s) => s.textContent.includes(n)).length,
  }), name);
  assert.deepEqual(found, { scripts: 0, images: 0, answer: true, reach: true, charts: 4 });
  assert.equal(dialogs, 0, 'no alert ran');
  assert.deepEqual(watch.pageErrors, []);
  await context.close();
});

for (const scheme of ['light', 'dark']) {
  test(`screenshots of the exposure and loss panels, no serious accessibility problem (${scheme})`, async () => {
    const { context, page, watch } = await open({ colorScheme: scheme, viewport: { width: 1280, height: 7000 } });
    await mkdir(SCREENSHOTS, { recursive: true });
    for (const id of ['exposure', 'loss', 'network']) {
      await page.locator(`#${id}`).screenshot({ path: join(SCREENSHOTS, `panel-${id}-${scheme}.png`) });
    }
    await screenshot(page, `results-breach-${scheme}`);
    assert.deepEqual(await axeProblems(page), [], 'axe: serious or critical violations');
    assert.deepEqual(watch.consoleErrors, []);
    await context.close();
  });
}
