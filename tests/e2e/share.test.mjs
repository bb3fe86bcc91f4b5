// Sharing and keeping work, as a user meets them: the address bar follows an edit and "Copy
// link" gives a link that opens the same scenario in a new page; a reload brings back the
// autosave; a link wins over the autosave and "Restore my last work" brings it back; every kind
// of bad link or file gives its message and leaves the scenario as it was; the embed, in a
// cross-origin iframe on a second local port, is read-only and posts its height; the print
// view. No request goes to another host; axe finds nothing serious.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { crc32, deflateRawSync } from 'node:zlib';
import { serve } from './support/server.mjs';
import { launch, openPage, axeProblems, screenshot } from './support/browser.mjs';

let server;
let browser;

before(async () => {
  server = await serve('dist', { prefix: '/wiki/exposure/' });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const LY = 'LY Corp. 2023 leak';
const title = (page) => page.getByRole('heading', { level: 1 });

async function ready(page) {
  await page.locator('#network svg').waitFor();
}

/** Changes the scenario's title and waits until the address bar carries the new link. */
async function retitle(page, name) {
  const before = page.url();
  await page.locator('#f-title').fill(name);
  await page.locator('#f-title').blur();
  await title(page).getByText(name, { exact: true }).waitFor();
  await page.waitForFunction((b) => location.href !== b && location.hash.startsWith('#s=1'), before);
  return page.url();
}

/** A link with a correct check around `payload` (base64url) in encoding `mode`. */
function forge(mode, bytes) {
  const payload = Buffer.from(bytes).toString('base64url');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(payload));
  return `#s=1${mode}.${payload}.${crc.subarray(0, 3).toString('base64url')}`;
}

test('the address follows an edit; Copy link opens the same scenario in a new page', async () => {
  const { context, page, watch } = await openPage(browser, { allowedOrigins: [server.origin] });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await page.goto(server.url);
  await ready(page);
  assert.equal(new URL(page.url()).hash, '', 'opening the default writes no link');
  const url = await retitle(page, 'Shared <b>scenario</b> 共有');
  assert.ok(url.startsWith(server.url), url);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Link copied.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, page.url());
  await screenshot(page, 'share-toolbar');
  assert.deepEqual(await axeProblems(page), [], 'axe');

  const other = await openPage(browser, { allowedOrigins: [server.origin] });
  await other.page.goto(copied);
  await ready(other.page);
  assert.equal(await title(other.page).textContent(), 'Shared <b>scenario</b> 共有');
  assert.equal(await other.page.locator('#f-holdings-2-percent').inputValue(), '64.5');
  assert.deepEqual(other.watch.pageErrors, []);
  await other.context.close();

  // The embed code names the same link, with embed=1 and the title escaped.
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await page.getByText('Embed code copied.').waitFor();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(code, /^<iframe src="[^"]+\?embed=1#s=1[^"]+" title="Exposure: Shared &lt;b&gt;scenario&lt;\/b&gt; 共有"/);
  assert.deepEqual(watch.foreign, []);
  assert.deepEqual(watch.pageErrors, []);
  await context.close();
});

test('a reload restores the autosave; a link wins and "Restore my last work" brings it back', async () => {
  const { context, page, watch } = await openPage(browser, { allowedOrigins: [server.origin] });
  await page.goto(server.url);
  await ready(page);
  const mine = await retitle(page, 'My work');
  await page.waitForFunction(() => (localStorage.getItem('exposure.autosave.v1') ?? '').includes('My work'));
  await page.goto(server.url); // no link: the autosave opens
  await ready(page);
  assert.equal(await title(page).textContent(), 'My work');
  await page.reload();
  await ready(page);
  assert.equal(await title(page).textContent(), 'My work');

  // A link to another scenario (made in a second, empty context) opens; the work is kept aside.
  const other = await openPage(browser, { allowedOrigins: [server.origin] });
  await other.page.goto(server.url);
  await ready(other.page);
  const theirs = await retitle(other.page, 'Their work');
  await other.context.close();
  assert.notEqual(mine, theirs);
  await page.goto('about:blank'); // a new visit, not a change of the fragment
  await page.goto(theirs);
  await ready(page);
  assert.equal(await title(page).textContent(), 'Their work');
  await page.getByText('Your last work, My work, is kept in this browser.').waitFor();
  await page.locator('.notices').getByRole('button', { name: 'Restore my last work' }).click();
  await title(page).getByText('My work', { exact: true }).waitFor();
  // One undo step: undo brings the linked scenario back.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await title(page).getByText('Their work', { exact: true }).waitFor();

  // Clear local data (after the question) removes every key the app wrote.
  page.once('dialog', (d) => d.accept());
  await page.locator('summary', { hasText: 'Local data' }).click();
  await page.getByRole('button', { name: 'Clear local data' }).click();
  await page.getByText('Local data cleared.').waitFor();
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('exposure.')));
  assert.deepEqual(keys, []);

  // A link pasted into the address bar of the open page (only the fragment changes) opens as
  // one undo step.
  await page.evaluate((h) => { location.hash = h; }, new URL(mine).hash);
  await title(page).getByText('My work', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await title(page).getByText('Their work', { exact: true }).waitFor();
  assert.deepEqual(watch.pageErrors, []);
  assert.deepEqual(watch.foreign, []);
  await context.close();
});

test('each bad link gives its message, keeps the link copyable and opens the usual scenario', async () => {
  const { context, page, watch } = await openPage(browser, { allowedOrigins: [server.origin] });
  await page.goto(server.url);
  await ready(page);
  const good = new URL(await retitle(page, 'Good')).hash;
  const bomb = forge('z', deflateRawSync(Buffer.alloc(4 << 20, 32), { level: 9 }));
  const cases = [
    [good.slice(0, good.length - 9), 'this link is incomplete'],
    [good.slice(0, 30) + (good[30] === 'A' ? 'B' : 'A') + good.slice(31), 'checksum does not match'],
    ['#s=2z.abc.defg', 'made by a newer version of Exposure'],
    [bomb, 'more than 1024 KB'],
    [forge('j', Buffer.from('not json')), 'JSON'],
  ];
  for (const [hash, message] of cases) {
    const fresh = await openPage(browser, { allowedOrigins: [server.origin] });
    await fresh.page.goto(server.url + hash);
    await ready(fresh.page);
    const notice = fresh.page.locator('.notice.error');
    await notice.getByText('could not be opened').waitFor();
    assert.ok((await notice.textContent()).includes(message), `${hash.slice(0, 40)}: ${await notice.textContent()}`);
    assert.equal(await notice.locator('textarea').inputValue(), server.url + hash, 'the bad link stays copyable');
    assert.equal(await title(fresh.page).textContent(), LY);
    if (hash === bomb) await screenshot(fresh.page, 'share-bad-link');
    assert.deepEqual(fresh.watch.pageErrors, []);
    await fresh.context.close();
  }
  assert.deepEqual(watch.foreign, []);
  await context.close();
});

test('bad files give every problem and leave the scenario untouched; good ones load as one step', async () => {
  const { context, page, watch } = await openPage(browser, { allowedOrigins: [server.origin] });
  await page.goto(server.url);
  await ready(page);
  await retitle(page, 'Before');
  const open = (name, buffer, mimeType = 'application/octet-stream') =>
    page.locator('#open-file').setInputFiles({ name, mimeType, buffer });
  const failed = async (name, message) => {
    const notice = page.locator('.notice.error', { hasText: `${name} was not opened` });
    await notice.waitFor();
    assert.ok((await notice.textContent()).includes(message), await notice.textContent());
    assert.equal(await title(page).textContent(), 'Before');
  };
  await open('notes.json', Buffer.from('this is not JSON'));
  await failed('notes.json', 'JSON');
  const wrong = { format: 'exposure-scenario', version: 1, currency: 'USD', entities: [{ id: 'a' }, { id: 'a', name: 7 }] };
  await open('wrong.json', Buffer.from(JSON.stringify(wrong)));
  await failed('wrong.json', 'entities[1]');
  await open('huge.json', Buffer.alloc(17 << 20, 32));
  await failed('huge.json', 'MB');
  await open('ten.json', Buffer.alloc(10 << 20, 120));
  await failed('ten.json', 'JSON');
  // Shift-JIS bytes (株式会社) in a CSV: the codec names the encoding problem.
  await open('entities.csv', Buffer.concat([Buffer.from('id,name\nx,'), Buffer.from([0x8a, 0x94, 0x8e, 0xae, 0x89, 0xef, 0x8e, 0xd0])]));
  await page.getByRole('dialog').getByRole('button', { name: 'Import' }).click();
  await failed('entities.csv', 'UTF-8');
  await screenshot(page, 'share-bad-file');
  assert.deepEqual(await axeProblems(page), [], 'axe with problems shown');

  // A CSV with a formula merges into the entities; the cell is text, not a formula.
  await open('entities.csv', Buffer.from('\ufeffid,name\nevil,=1+2\n'));
  await page.getByRole('dialog').getByRole('button', { name: 'Import' }).click();
  await page.getByText('Opened entities.csv.').waitFor();
  assert.equal(await title(page).textContent(), 'Before');
  assert.equal(await page.locator('#entities input[id$="-name"]').last().inputValue(), '=1+2');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();

  // A scenario file opens as one undo step.
  const scenario = { format: 'exposure-scenario', version: 1, title: 'From a file', currency: 'EUR', entities: [{ id: 'a', name: 'A' }] };
  await open('mine.json', Buffer.from(JSON.stringify(scenario)));
  await title(page).getByText('From a file', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await title(page).getByText('Before', { exact: true }).waitFor();

  // A file dropped on the page opens the same way; while dragged, the drop target shows.
  await page.evaluate((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
    document.body.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: dt }));
  }, JSON.stringify({ ...scenario, title: 'Dropped' }));
  await page.locator('.drop-zone.active').waitFor();
  await page.evaluate((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
    document.body.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
  }, JSON.stringify({ ...scenario, title: 'Dropped' }));
  await title(page).getByText('Dropped', { exact: true }).waitFor();
  assert.equal(await page.locator('.drop-zone.active').count(), 0, 'the drop target hides again');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await title(page).getByText('Before', { exact: true }).waitFor();

  // Save JSON downloads the scenario, and that file opens again.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save JSON' }).click()]);
  assert.equal(download.suggestedFilename(), 'exposure-before.json');
  const saved = await readFile(await download.path());
  assert.ok(saved.toString().includes('\n  "title": "Before"'), 'pretty JSON');
  await open('exposure-before.json', saved);
  await page.getByText('Opened exposure-before.json.').waitFor();
  assert.deepEqual(watch.pageErrors, []);
  assert.deepEqual(watch.foreign, []);
  await context.close();
});

test('the embed in a cross-origin iframe is read-only, posts its height and opens the full app', async () => {
  const { context, page, watch } = await openPage(browser, { allowedOrigins: [server.origin] });
  await page.goto(server.url);
  await ready(page);
  const link = new URL(await retitle(page, 'Embedded')).hash;
  await context.close();

  const src = `${server.url}?embed=1&view=graph${link}`;
  const host = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>Wiki</title><h1>Wiki page</h1>
<iframe src="${src}" title="Exposure" width="100%" height="600" style="border:0"></iframe>
<script>window.heights = []; addEventListener('message', (e) => {
  if (e.data && e.data.type === 'exposure:height') {
    window.heights.push([e.origin, e.data.height]);
    document.querySelector('iframe').height = e.data.height;
  }
});</script>`);
  });
  await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
  const hostOrigin = `http://127.0.0.1:${host.address().port}`;
  assert.notEqual(hostOrigin, server.origin);
  const wiki = await openPage(browser, { allowedOrigins: [server.origin, hostOrigin] });
  await wiki.page.goto(hostOrigin + '/');
  const frame = wiki.page.frameLocator('iframe');
  await frame.getByRole('heading', { level: 1, name: 'Embedded' }).waitFor();
  await frame.locator('#network svg').waitFor();
  assert.equal(await frame.locator('input, textarea, select').count(), 0, 'no editing widgets');
  assert.equal(await frame.getByRole('button', { name: 'Copy link' }).count(), 0);
  assert.equal(await frame.getByText('find it in the editor').count(), 0, 'no hint about an editor the embed lacks');
  const full = frame.getByRole('link', { name: /Open in full app/ });
  assert.equal(await full.getAttribute('target'), '_blank');
  assert.equal(await full.getAttribute('href'), `${server.url}${link}`);
  await wiki.page.waitForFunction(() => window.heights.length > 0);
  const heights = await wiki.page.evaluate(() => window.heights);
  assert.equal(heights[0][0], server.origin);
  assert.ok(heights.at(-1)[1] > 100, JSON.stringify(heights));
  await screenshot(wiki.page, 'share-embed');
  assert.deepEqual(wiki.watch.pageErrors, []);
  assert.deepEqual(wiki.watch.foreign, []);
  await wiki.context.close();
  await new Promise((ok) => host.close(ok));
  assert.deepEqual(watch.foreign, []);
});

test('the embed works where storage throws (sandboxed frame)', async () => {
  const { context, page, watch } = await openPage(browser, { allowedOrigins: [server.origin] });
  await page.goto(server.url);
  await ready(page);
  const link = new URL(await retitle(page, 'Sandboxed')).hash;
  // A sandboxed frame without allow-same-origin has an opaque origin: localStorage throws, and
  // its module script and wasm are fetched with CORS (this server allows it, as a host would).
  const cors = await serve('dist', { prefix: '/wiki/exposure/', headers: { 'access-control-allow-origin': '*' } });
  const host = await openPage(browser, { allowedOrigins: [server.origin, cors.origin] });
  await host.page.goto(server.url + 'missing');
  await host.page.setContent(`<iframe sandbox="allow-scripts" src="${cors.url}?embed=1${link}" title="x"></iframe>`);
  const frame = host.page.frameLocator('iframe');
  await frame.getByRole('heading', { level: 1, name: 'Sandboxed' }).waitFor();
  await frame.getByTestId('records-big').waitFor();
  const throws = await host.page.frames()[1].evaluate(() => { try { return !localStorage; } catch { return true; } });
  assert.ok(throws, 'storage throws in the sandboxed frame');
  assert.deepEqual(host.watch.pageErrors, []);
  assert.deepEqual(host.watch.foreign, []);
  await host.context.close();
  await cors.close();
  assert.deepEqual(watch.pageErrors, []);
  await context.close();
});

test('the print view shows the inputs as tables, the date and the link', async () => {
  const { context, page, watch } = await openPage(browser, { allowedOrigins: [server.origin] });
  await page.goto(server.url);
  await ready(page);
  await retitle(page, 'Printed');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.locator('.print-view').waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  const view = page.locator('.print-view');
  assert.ok(await view.isVisible());
  assert.ok(!(await page.locator('.layout > .scenario').isVisible()), 'the editor is hidden');
  assert.ok((await view.textContent()).includes(page.url()), 'the link is printed');
  assert.ok((await view.locator('table').count()) >= 4);
  await screenshot(page, 'share-print');
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.locator('.print-view').waitFor({ state: 'detached' });
  assert.deepEqual(watch.pageErrors, []);
  await context.close();
});

test('a link past 2,000 characters warns and offers the JSON file; CSV and BODS exports download', async () => {
  const { context, page, watch } = await openPage(browser, { allowedOrigins: [server.origin] });
  await page.goto(server.url);
  await ready(page);
  // Text that deflate cannot shrink much: the link grows past 2,000 characters.
  let seed = 12345;
  const noise = Array.from({ length: 2600 }, () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor((seed / 2147483648) * 36)];
  }).join('');
  await page.locator('#f-description').fill(noise);
  await page.locator('#f-description').blur();
  const warning = page.locator('.notice.warn').filter({ hasText: /This link is [\d,]+ characters long/ });
  await warning.waitFor();
  const said = Number((await warning.textContent()).match(/This link is ([\d,]+) characters/)[1].replace(/,/g, ''));
  await page.waitForFunction(() => location.hash.startsWith('#s=1'));
  assert.ok(said > 2000, `the warning names ${said} characters`);
  assert.ok(page.url().length > 2000, 'the address carries the long link');
  const [json] = await Promise.all([page.waitForEvent('download'), warning.getByRole('button').click()]);
  assert.match(json.suggestedFilename(), /\.json$/);
  const saved = JSON.parse(await readFile(await json.path(), 'utf8'));
  assert.equal(saved.description, noise, 'the JSON file carries what the link would');

  const menu = page.locator('details.menu').filter({ has: page.locator('summary', { hasText: 'Export' }) });
  const exportItem = async (name) => {
    if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name }).click()]);
    return download;
  };
  const csv = await exportItem(/Holdings \(CSV\)/);
  assert.match(csv.suggestedFilename(), /\.csv$/);
  const bytes = await readFile(await csv.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with BOM');
  assert.match(bytes.toString('utf8'), /a-holdings.*ly.*64\.5/s);
  const bods = await exportItem(/BODS/);
  const bodsText = await readFile(await bods.path(), 'utf8');
  const statements = JSON.parse(bodsText);
  assert.ok(Array.isArray(statements) && statements.length >= 12, `${statements.length} BODS statements`);
  // The BODS file opens again: entities and shareholdings come back, as one undo step.
  await page.locator('#example-pick').selectOption('vendor-chain');
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  await title(page).getByText('Three-tier vendor chain (illustrative)').waitFor();
  await page.locator('#open-file').setInputFiles({ name: bods.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(bodsText) });
  await page.getByText(`Opened ${bods.suggestedFilename()}.`).waitFor();
  const percents = await page.locator('#holdings input[id$="-percent"]').evaluateAll((es) => es.map((e) => e.value));
  assert.ok(percents.includes('64.5'), `holdings from BODS: ${percents}`);
  assert.equal(await page.locator('#entities tr.item').count(), 7, 'the seven LY entities');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await title(page).getByText('Three-tier vendor chain (illustrative)').waitFor();
  assert.deepEqual(watch.pageErrors, []);
  assert.deepEqual(watch.foreign, []);
  await context.close();
});

test('when the browser refuses the clipboard, the link is shown selected to copy by hand', async () => {
  const { context, page, watch } = await openPage(browser, { allowedOrigins: [server.origin] });
  // A browser that refuses: writeText rejects as it does without permission or user activation.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) },
    });
  });
  await page.goto(server.url);
  await ready(page);
  const url = await retitle(page, 'Refused clipboard');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const notice = page.locator('.notice').filter({ hasText: 'The browser did not allow copying.' });
  await notice.waitFor();
  const field = notice.locator('textarea, input');
  assert.equal(await field.inputValue(), url, 'the field holds the whole link');
  const selected = await field.evaluate((e) => [e.selectionStart, e.selectionEnd, e.value.length, document.activeElement === e]);
  assert.deepEqual(selected, [0, url.length, url.length, true], 'selected and focused, ready for Ctrl+C');
  assert.deepEqual(watch.pageErrors, []);
  assert.deepEqual(watch.foreign, []);
  await context.close();
});
