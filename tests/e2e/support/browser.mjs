// Starts the system Chromium through playwright-core (never a downloaded browser) and watches a
// page: console errors, page errors, and every request that goes to a host other than ours.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const SCREENSHOTS = join(here, '..', 'screenshots');

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Launches headless Chromium with the flags that keep it off this machine's closed network. */
export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/**
 * Opens a fresh context and page that record what the tests assert on.
 * `allowedOrigins` are the local servers of the test; anything else is a foreign request.
 */
export async function openPage(browser, { allowedOrigins, colorScheme = 'light', viewport, locale = 'en-US' } = {}) {
  const context = await browser.newContext({ colorScheme, locale, viewport: viewport ?? { width: 1280, height: 900 } });
  const page = await context.newPage();
  const watch = { consoleErrors: [], pageErrors: [], foreign: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') watch.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => watch.pageErrors.push(String(e)));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const ok = url.startsWith('data:') || url.startsWith('blob:') || allowedOrigins.some((o) => url.startsWith(o));
    if (ok) return route.continue();
    watch.foreign.push(url);
    return route.abort();
  });
  return { context, page, watch };
}

/** Serious and critical axe violations of the page as it is now. */
export async function axeProblems(page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
}

/** Saves a full-page screenshot under tests/e2e/screenshots/<name>.png. */
export async function screenshot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
