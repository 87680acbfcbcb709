// Walks the web front end's journeys in headless Chromium against a running API: seeds data through GraphQL, clicks
// and types through each journey, runs axe on every page and screenshots it at 1280 px and 375 px.
// Usage: node tools/web-check/journeys.mjs <base URL> [artefacts folder]   (default artefacts: a new temp folder)
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createChecker, launch } from './browser.mjs';
import { brokerage } from './brokerage.mjs';
import { coordinatorReport } from './coordinator.mjs';
import { courseOrganiser, mentor } from './courses.mjs';
import { commissioner, customer, manager } from './flexi.mjs';
import { planAndJournal } from './plans.mjs';
import { memberListings } from './listings.mjs';
import { anonymousSearch, createAccount, keyboardOnly, memberExchange, noJavaScript, searchFilters } from './flows.mjs';
import { pageWeight } from './weight.mjs';
import { seed } from './seed.mjs';

const base = (process.argv[2] || process.env.TIMEBANK_URL || '').replace(/\/+$/, '');
if (!base) {
  console.error('usage: node tools/web-check/journeys.mjs <base URL> [artefacts folder]');
  process.exit(2);
}
const artefacts = process.argv[3] ? resolve(process.argv[3]) : mkdtempSync(join(tmpdir(), 'timebank-web-check-'));
mkdirSync(artefacts, { recursive: true });
console.log(`artefacts: ${artefacts}`);

const { check, stats } = createChecker(artefacts);
const outcomes = [];

/** Runs one journey; a failure is reported and counted, and the next journey still runs. */
async function journey(name, session, walk) {
  const problemsBefore = session.problems.length;
  const violationsBefore = stats.violations;
  try {
    await walk(session.page);
    const problems = session.problems.slice(problemsBefore);
    if (problems.length) throw new Error(problems.join('\n  '));
    if (stats.violations > violationsBefore) throw new Error(`${stats.violations - violationsBefore} axe violation(s), listed above`);
    outcomes.push(true);
    console.log(`PASS ${name}`);
  } catch (error) {
    outcomes.push(false);
    console.log(`FAIL ${name}: ${error.message}`);
    // The page as it was when the journey failed says more than the message.
    await session.page.screenshot({ path: join(artefacts, `failed-${name.split(':')[0]}.png`), fullPage: true }).catch(() => {});
  }
}

let data;
try {
  data = { ...(await seed(base)), base };
  console.log(`seeded: ${data.timebank.name}, ${data.group.name}, "${data.walking.name}", "${data.paid.name}", ${data.bea.displayName}`);
} catch (error) {
  console.log(`seed failed: ${error.message}`);
  process.exit(1);
}

const browser = await launch(base);
try {
  await journey('a: anonymous search and print', browser, (page) => anonymousSearch(page, check, data));
  await journey('b: search filters and error summary', browser, (page) => searchFilters(page, check, data));
  await journey('c: create account, sign out, sign in', browser, (page) => createAccount(page, check, data));
  await journey('d: member records an exchange once', browser, (page) => memberExchange(page, check, data));
  await journey('e: keyboard only', browser, async (page) => {
    await page.context().clearCookies();
    await keyboardOnly(page, check, data);
  });
  await journey('g: coordinator approves, adds, records between two, reverses, sets limits and reports', browser, (page) => coordinatorReport(page, check, data));
  await journey('h: member posts, finds and takes down an offer', browser, (page) => memberListings(page, check, data));
  await journey('i: peer brokerage, asked, answered, chosen, logged and closed', browser, (page) => brokerage(page, check, data));
  await journey('j: course organiser takes a register, completes, withdraws and promotes', browser, (page) => courseOrganiser(page, check, data));
  await journey('k: mentor sees an overdue pairing and logs a meeting', browser, (page) => mentor(page, check, data));
  await journey('l: customer books and cancels a session, buys something and adds its receipt', browser, (page) => customer(page, check, data));
  await journey('m: manager agrees a purchase and reads the service report', browser, (page) => manager(page, check, data));
  await journey('n: commissioner reads a service report and authorises a deviation', browser, (page) => commissioner(page, check, data));
  await journey('o: a person writes their journal and plan, the manager agrees it, and the person rates their control', browser, (page) => planAndJournal(page, check, data));
} finally {
  await browser.close();
}

// A separate browser with scripts off: the pages must not depend on govuk-frontend's JavaScript.
const noScript = await launch(base, { javaScriptEnabled: false });
try {
  await journey('f: JavaScript off', noScript, (page) => noJavaScript(page, check, data));
} finally {
  await noScript.close();
}

let weightFailed = false;
try {
  console.log(`directory page weight: ${await pageWeight(base)} KB gzip`);
} catch (error) {
  console.log(`directory page weight: failed: ${error.message}`);
  weightFailed = true;
}

const passed = outcomes.filter(Boolean).length;
const failed = outcomes.length - passed;
console.log(`web journeys: ${passed} passed, ${failed} failed, axe violations: ${stats.violations}, pages checked: ${stats.pages}`);
process.exitCode = failed || weightFailed ? 1 : 0;
