// Launches Debian's Chromium the way tools/browser-check/check-graphiql.mjs does, and gives the journeys one `check`
// to call on every page: it runs axe and takes the 1280 px and 375 px screenshots.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

export const timeout = 15_000;
/** Browser contexts launched with scripts turned off. */
const scriptsOff = new WeakSet();
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * A fresh headless Chromium with its own profile. `problems` collects page errors, CSP reports and off-origin
 * requests: each fails the journey that caused it. `options` are extra context options (javaScriptEnabled).
 */
export async function launch(base, options = {}) {
  const origin = new URL(base).origin;
  const profile = mkdtempSync(join(tmpdir(), 'timebank-chromium-'));
  const problems = [];
  // A persistent context is how playwright takes a fresh --user-data-dir.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    // The background-networking flags stop Chromium calling home, which floods this closed network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    ...options,
  });
  context.setDefaultTimeout(timeout);
  if (options.javaScriptEnabled === false) scriptsOff.add(context);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  // Everything must come from the API itself: no CDN.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.push(`off-origin request: ${url}`);
    return route.abort();
  });
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, problems, close };
}

/** Counts pages and axe violations across all journeys, and names screenshots in the order pages were seen. */
export function createChecker(artefacts) {
  const stats = { pages: 0, violations: 0 };
  /**
   * Checks the page as it is now: axe with the WCAG 2.2 AA tags, then full-page screenshots at both widths. A
   * violation is printed and counted rather than thrown, so the journey walks on and the later pages get checked too;
   * the runner fails any journey during which the count rose. `name` is a short slug such as "directory-search".
   */
  async function check(page, name) {
    await page.waitForLoadState('load');
    stats.pages += 1;
    const slug = `${String(stats.pages).padStart(2, '0')}-${name}`;
    // axe is itself a script, so a page with scripts off gets only its screenshots; the same pages were checked with them on.
    const scripts = !scriptsOff.has(page.context());
    const results = scripts ? await new AxeBuilder({ page }).withTags(wcag).analyze() : { violations: [] };
    const viewport = page.viewportSize();
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 800 });
      await page.screenshot({ path: join(artefacts, `${slug}-${width}.png`), fullPage: true });
    }
    await page.setViewportSize(viewport);
    if (results.violations.length) {
      stats.violations += results.violations.length;
      const lines = results.violations.map((v) =>
        `  ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`);
      console.log(`  axe: ${results.violations.length} violation(s) on ${slug} ${page.url()}\n${lines.join('\n')}`);
    }
  }
  return { check, stats };
}

/** Throws unless `condition` holds; the message says what the page should have shown. */
export function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** The page's h1 text, trimmed, for comparing with what the journey expects. */
export async function heading(page) {
  return (await page.locator('h1').first().innerText()).trim();
}

/** Waits until the URL's path matches, for navigations a click started. */
export async function waitForPath(page, pattern) {
  await page.waitForURL((url) => (typeof pattern === 'string' ? url.pathname === pattern : pattern.test(url.pathname)));
}

/** Types a date into the GOV.UK date input whose fieldset is named `legend` (its Day, Month and Year boxes). */
export async function fillDate(page, legend, date) {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day', { exact: true }).fill(String(date.getUTCDate()));
  await group.getByLabel('Month', { exact: true }).fill(String(date.getUTCMonth() + 1));
  await group.getByLabel('Year', { exact: true }).fill(String(date.getUTCFullYear()));
}
