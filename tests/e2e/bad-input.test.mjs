// The bad-input matrix: malformed values typed into the editor, each of which must give a clear
// message that names the field, keep what the user typed, leave the rest of the scenario as it
// was, raise no page error, and come back with one undo. Links and files are rows of their own
// further down (they go through the codecs and the open-file path instead of a field).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './support/server.mjs';
import { launch, openPage } from './support/browser.mjs';

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

/**
 * One row per malformed input: the field (`#f-…`), what the user types, and what the message at
 * that field must say. `problem` is the JSON path the problems list must name, when the value is
 * used (a value that is not a number is kept in the field but not used, so it has no path).
 */
const FIELD_ROWS = [
  ['percent not a number', 'f-holdings-2-percent', 'NaN', /Equity %, holding 3: "NaN" is not a number/],
  ['percent as words', 'f-holdings-2-percent', 'abc', /"abc" is not a number/],
  ['percent overflowing f64', 'f-holdings-2-percent', '1e400', /"1e400" is not a number/],
  ['negative percent', 'f-holdings-2-percent', '-5', /-5 must be above 0/, 'holdings[2].percent'],
  ['percent above 100', 'f-holdings-2-percent', '120', /120 is above 100/, 'holdings[2].percent'],
  ['holders above 100 % in total', 'f-holdings-0-percent', '60', null, 'holdings[1].percent', /add up to 110 %, above 100 %/],
  ['votes above 100 %', 'f-holdings-2-votes_percent', '101', /Votes %, holding 3: 101 is above 100/, 'holdings[2].votes_percent'],
  ['treasury pushes a target above 100 %', 'f-entities-2-treasury_percent', '60', null, 'holdings[1].percent', /plus 60 % treasury shares, above 100 %/],
  ['an entity holding itself', 'f-holdings-3-target', 'naver', /"naver" holds itself/, 'holdings[3].target'],
  ['duplicate entity id', 'f-entities-2-id', 'ly', /"ly" is already the id of LY Corp\.; ids must be unique/],
  ['empty entity id', 'f-entities-2-id', '', /Id, entity 3: is empty; the entity keeps its old id/],
  ['entity id with a space', 'f-entities-2-id', 'has space', /"has space" is not a valid id/],
  ['empty entity name', 'f-entities-0-name', '', /Name, entity 1: is empty; a name is required/, 'entities[0].name'],
  ['three-letter country code', 'f-entities-0-country', 'KOR', /"KOR" is not an ISO 3166-1 country code/, 'entities[0].country'],
  ['lower-case country code', 'f-entities-0-country', 'xx', /"xx" is not an ISO 3166-1 country code/, 'entities[0].country'],
  ['negative network weight', 'f-entities-0-value', '-3', /-3 is below 0/, 'entities[0].value'],
  ['probability above 1', 'f-links-0-p', '1.5', /1\.5 is above 1 \(probabilities go from 0 to 1\)/, 'links[0].p'],
  ['negative probability', 'f-links-0-p', '-0.1', /-0\.1 is below 0/, 'links[0].p'],
  ['probability not a number', 'f-links-0-p_back', 'NaN', /Probability client → vendor, vendor link 1: "NaN" is not a number/],
  ['a vendor serving itself', 'f-links-0-vendor', 'ly', /a vendor cannot serve itself/, 'links[0].vendor'],
  ['negative records', 'f-data-0-records', '-1', /-1 is negative; records are counted from 0/, 'data[0].records'],
  ['fractional records', 'f-data-0-records', '1.5', /1\.5 is not a whole number of records/, 'data[0].records'],
  ['absurd record count', 'f-data-0-records', '99999999999999999999999', /is more records than any data set holds/, 'data[0].records'],
  ['countries above the records', 'f-data-0-by_country', 'JP: 999999', /add up to 999,999, more than the 280,741 records/, 'data[0].by_country'],
  ['unknown country in the split', 'f-data-0-by_country', 'ZZ: 5', /"ZZ" is not an ISO 3166-1 country code/, 'data[0].by_country.ZZ'],
  ['country split without a colon', 'f-data-0-by_country', 'JP: 121210; KR 5', /CODE: records/],
  ['negative cost per record', 'f-data-0-cost_per_record-low', '-10', /-10 must be above 0/, 'data[0].cost_per_record.low'],
  ['exposed share above 1', 'f-data-0-exposed_fraction', '2', /2 is above 1 \(a share from 0 to 1\)/, 'data[0].exposed_fraction'],
  ['duplicate data id', 'f-data-1-id', 'users', /"users" is used twice; ids must be unique/, 'data[1].id'],
  ['zero trials', 'f-settings-trials', '0', /0 trials: choose from 1 to 10000000/, 'settings.trials'],
  ['a trillion trials', 'f-settings-trials', '1e12', /1000000000000 trials: choose from 1 to 10000000/, 'settings.trials'],
  ['fractional trials', 'f-settings-trials', '1.5', /not a whole number/],
  ['negative seed', 'f-settings-seed', '-1', /"-1" is not a whole number from 0 up/],
  ['negative threat rate', 'f-threats-0-rate', '-1', /-1 is below 0 a year/, 'threats[0].rate'],
];

async function open() {
  const opened = await openPage(browser, { allowedOrigins: [server.origin] });
  await opened.page.goto(server.url);
  await opened.page.locator('#network svg').waitFor();
  await opened.page.getByTestId('records-big').getByText('519,506').waitFor();
  return opened;
}

/** Makes a field visible whether it sits in a row's more-fields or in the settings. */
async function reveal(page, id) {
  const field = page.locator(`#${id}`);
  if (await field.isVisible()) return field;
  if (id.startsWith('f-settings-')) {
    await page.locator('#settings summary').click();
  } else {
    const [, list, index] = /^f-([a-z_]+)-(\d+)-/.exec(id);
    await page.locator(`#${list} tr.item`).nth(Number(index)).locator('button.more').click();
  }
  await field.waitFor();
  return field;
}

async function enter(field, value) {
  if ((await field.evaluate((e) => e.tagName)) === 'SELECT') await field.selectOption(value);
  else await field.fill(value);
}

for (const [name, id, value, message, path, problemText] of FIELD_ROWS) {
  test(`bad input in a field: ${name}`, async () => {
    const { context, page, watch } = await open();
    const field = await reveal(page, id);
    const before = await field.inputValue();
    const total = await page.getByTestId('records-total').textContent();
    await enter(field, value);
    if (message) {
      await page.locator(`#${id}-msg`).getByText(message).waitFor();
      assert.equal(await field.getAttribute('aria-invalid'), 'true', 'the field is marked invalid');
    }
    if (path) {
      const item = page.locator('.problems li').filter({ hasText: path });
      await item.first().waitFor();
      if (problemText) assert.match(await item.first().textContent(), problemText);
    }
    // What the user typed stays where they typed it (a select shows the chosen entity).
    assert.equal(await field.inputValue(), value, 'the typed value is kept');
    // Everything else is as it was: the other lists and their totals did not move.
    if (!id.startsWith('f-data-')) assert.equal(await page.getByTestId('records-total').textContent(), total);
    assert.equal(await page.locator('#entities tr.item').count(), 7);
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    if (path) {
      // The value is used: it is one step in the history, and one undo brings the old value back.
      await undo.click();
    } else {
      // A value that cannot be read is a draft in its field: the scenario did not change at all
      // (nothing to undo), and typing the old value again clears the message.
      assert.ok(await undo.isDisabled(), 'the scenario is untouched: nothing to undo');
      await enter(field, before);
    }
    // The field shows the old value again once the page has drawn the undone scenario.
    await page.waitForFunction(([el, v]) => document.getElementById(el)?.value === v, [id, before], { timeout: 5000 });
    assert.equal(await field.inputValue(), before);
    await page.locator(`#${id}-msg`).getByText(/./).waitFor({ state: 'detached' });
    await page.locator('.problems').waitFor({ state: 'detached' });
    assert.deepEqual(watch.pageErrors, [], 'no panic, no page error');
    assert.deepEqual(watch.consoleErrors, []);
    assert.deepEqual(watch.foreign, []);
    await context.close();
  });
}

test('bad input in a field: a closed ownership loop is named', async () => {
  const { context, page, watch } = await open();
  await page.getByRole('button', { name: /Add holding/ }).click();
  const last = (await page.locator('#holdings tr.item').count()) - 1;
  await page.locator(`#f-holdings-${last}-holder`).selectOption('naver-cloud');
  await page.locator(`#f-holdings-${last}-target`).selectOption('naver');
  await page.locator(`#f-holdings-${last}-percent`).fill('100');
  const loop = page.locator('.problems li').filter({ hasText: /naver/i }).filter({ hasText: /loop|cycle|circular/i });
  await loop.first().waitFor();
  assert.match(await loop.first().textContent(), /NAVER|naver-cloud/);
  assert.deepEqual(watch.pageErrors, []);
  await context.close();
});

test('bad input in a field: markup and right-to-left names stay text', async () => {
  const { context, page, watch } = await open();
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs += 1;
    await d.dismiss();
  });
  const names = ['<b onmouseover=alert(1)>bold</b>', '\u202Egnp.exe\u202C مرحبا'];
  for (const [i, name] of names.entries()) {
    await page.locator(`#f-entities-${i}-name`).fill(name);
    await page.locator(`#f-entities-${i}-name`).blur();
  }
  await page.waitForFunction((n) => document.querySelector('#network svg').textContent.includes(n), names[1]);
  const found = await page.evaluate(() => ({
    bold: document.querySelectorAll('#network b, #editor b, main b').length,
    text: document.querySelector('#network svg').textContent.includes('<b onmouseover=alert(1)>bold</b>'),
  }));
  assert.deepEqual(found, { bold: 0, text: true });
  assert.equal(dialogs, 0);
  assert.deepEqual(watch.pageErrors, []);
  await context.close();
});
