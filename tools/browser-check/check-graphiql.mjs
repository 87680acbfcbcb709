// Opens the API's GraphiQL page in headless Chromium, runs `{ __typename }` and expects the result in the response pane.
// Usage: node tools/browser-check/check-graphiql.mjs [base URL]   (or TIMEBANK_URL; TIMEBANK_SCREENSHOT=file.png saves one)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const base = (process.argv[2] || process.env.TIMEBANK_URL || 'http://127.0.0.1:5080').replace(/\/+$/, '');
const origin = new URL(base).origin;
const timeout = 30_000;
const expected = '"__typename": "Query"';

const profile = mkdtempSync(join(tmpdir(), 'timebank-chromium-'));
const problems = []; // page errors, CSP violations and off-origin requests: each fails the check
let browser;
try {
  // A persistent context is how playwright takes a fresh --user-data-dir.
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    // The background-networking flags stop Chromium calling home, which floods this closed network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  // Everything must come from the API itself: no CDN.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.push(`off-origin request: ${url}`);
    return route.abort();
  });

  // GraphiQL fetches the schema on load and shows a failure in the response pane: let that settle before running.
  const introspection = page.waitForResponse((r) => r.request().postData()?.includes('IntrospectionQuery'), { timeout });
  introspection.catch(() => {}); // if goto fails first, this must not end the process as an unhandled rejection
  // A navigation sends Accept: text/html..., so the API answers with the GraphiQL page.
  const response = await page.goto(`${base}/graphql`, { timeout });
  if (!response?.ok()) throw new Error(`GET /graphql answered ${response?.status()}`);
  await introspection;
  await page.locator('.graphiql-query-editor .CodeMirror').waitFor({ timeout });

  // GraphiQL 3 edits with CodeMirror 5, which exposes its editor on the element.
  await page.evaluate(() => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue('{ __typename }'));
  await page.locator('button.graphiql-execute-button').click({ timeout });
  await page.waitForFunction(
    (text) => document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue().includes(text),
    expected, { timeout });
  if (problems.length) throw new Error(problems[0]);
  console.log('browser-check: passed');
} catch (error) {
  const all = [...new Set([error.message.split('\n')[0], ...problems])].map((p) => p.slice(0, 200));
  const reason = all.slice(0, 2).join('; ') + (all.length > 2 ? ` (and ${all.length - 2} more)` : '');
  console.log(`browser-check: failed: ${reason}`);
  process.exitCode = 1;
} finally {
  const page = browser?.pages()[0];
  if (page && process.env.TIMEBANK_SCREENSHOT) await page.screenshot({ path: process.env.TIMEBANK_SCREENSHOT }).catch(() => {});
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
}
