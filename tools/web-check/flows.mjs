// The journeys, each a function of (page, check, data) that throws on the first thing that is not as a person
// would expect. They click and type like a person: the only GraphQL here is the check that an exchange was recorded once.
import { expect, fillDate, heading, waitForPath } from './browser.mjs';
import { run } from './seed.mjs';

/** a. Anyone searches for words, opens the result, and the support's page prints in large print without the chrome. */
export async function anonymousSearch(page, check, data, { print = true, prefix = 'directory' } = {}) {
  await page.goto(`${data.base}/`);
  expect(await heading(page) === 'Find local support', `/ h1 is "${await heading(page)}"`);
  await check(page, `${prefix}-start`);
  await page.getByLabel('What are you looking for?').fill('walking');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL((url) => url.searchParams.get('q') === 'walking');
  const result = page.getByRole('link', { name: data.walking.name });
  expect(await result.count() === 1, `no result link "${data.walking.name}" for "walking"`);
  await check(page, `${prefix}-search`);
  await result.click();
  await waitForPath(page, `/supports/${encodeURIComponent(data.walking.id)}`);
  expect(await heading(page) === data.walking.name, `support page h1 is "${await heading(page)}"`);
  await check(page, `${prefix}-support`);
  if (!print) return;

  await expectLargePrint(page, 'main .govuk-body, main .govuk-summary-list');
}

/** Printed pages are meant to be large print (16pt = 21.33px) with no navigation: reads the computed print styles. */
async function expectLargePrint(page, textSelector) {
  await page.emulateMedia({ media: 'print' });
  let printed;
  try {
    printed = await page.evaluate((selector) => {
      const shown = (s) => [...document.querySelectorAll(s)].filter((e) => getComputedStyle(e).display !== 'none').length;
      const px = (s) => (document.querySelector(s) ? parseFloat(getComputedStyle(document.querySelector(s)).fontSize) : 0);
      return { nav: shown('.govuk-service-navigation'), header: shown('body > header'), body: px('body'), text: px(selector) };
    }, textSelector);
  } finally {
    // The journeys share one page: the next one must see the screen, whatever happened here.
    await page.emulateMedia({ media: 'screen' });
  }
  expect(printed.nav === 0, 'print: .govuk-service-navigation is still shown');
  expect(printed.header === 0, 'print: the page header (body > header) is still shown');
  expect(printed.body >= 21 && printed.text >= 21, `print: body text is ${printed.body}px / ${printed.text}px, under 16pt`);
}

/** b. The day and "free only" filters narrow the results; a time that is not one gets the GOV.UK error summary. */
export async function searchFilters(page, check, data) {
  await page.goto(`${data.base}/`);
  await page.getByLabel('Open on').selectOption({ label: 'Monday' });
  await page.getByLabel('Free only').check();
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL((url) => url.searchParams.get('day') === 'MO');
  expect(await page.getByRole('link', { name: data.walking.name }).count() === 1, 'Monday + free: no walking group');
  expect(await page.getByRole('link', { name: data.paid.name }).count() === 0, 'Monday + free: the paid class is listed');
  await check(page, 'filters-monday-free');

  await page.getByLabel('At', { exact: true }).fill('25:99');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL((url) => url.searchParams.get('time') === '25:99');
  const summary = page.locator('.govuk-error-summary');
  expect(await summary.count() === 1, 'time 25:99: no .govuk-error-summary');
  expect((await summary.locator('.govuk-error-summary__title').innerText()).trim() === 'There is a problem', 'error summary heading is wrong');
  const hrefs = await summary.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.includes('#time'), `error summary links ${JSON.stringify(hrefs)}, not #time`);
  expect((await page.title()).startsWith('Error: '), `title "${await page.title()}" does not start with "Error: "`);
  await check(page, 'filters-time-error');
  // The summary's link must land on the field it names.
  await summary.getByRole('link').first().click();
  expect(await page.evaluate(() => document.activeElement?.id) === 'time', 'error summary link does not focus #time');
}

/** Signs in on /sign-in with real typing and expects /home listing the timebank. */
export async function signIn(page, check, data, who, prefix = 'sign-in', link = data.timebank.name) {
  await page.goto(`${data.base}/sign-in`);
  expect(await heading(page) === 'Sign in', `/sign-in h1 is "${await heading(page)}"`);
  await check(page, `${prefix}-form`);
  await page.getByLabel('Email address').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await waitForPath(page, '/home');
  expect(await heading(page) === 'Your services', `/home h1 is "${await heading(page)}"`);
  expect(await page.getByRole('link', { name: link }).count() >= 1, `/home does not link "${link}"`);
  await check(page, `${prefix}-home`);
}

/** c. Create an account, sign out, then sign in as Bea. */
export async function createAccount(page, check, data) {
  await page.context().clearCookies();
  await page.goto(`${data.base}/create-account`);
  await check(page, 'account-create');
  await page.getByLabel('Your name').fill(`Dev New ${data.stamp}`);
  await page.getByLabel('Email address').fill(`new+${data.stamp}@example.test`);
  await page.getByLabel('Password').fill(data.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await waitForPath(page, '/home');
  expect(await heading(page) === 'Your services', `after create account h1 is "${await heading(page)}"`);
  await check(page, 'account-home');

  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Sign out' }).click();
  await waitForPath(page, '/sign-out');
  await check(page, 'account-sign-out');
  await page.getByRole('main').getByRole('button', { name: 'Sign out' }).click();
  await waitForPath(page, '/signed-out');
  await check(page, 'account-signed-out');
  // Signed out means /home no longer shows the new member's page.
  await page.goto(`${data.base}/home`);
  expect(new URL(page.url()).pathname !== '/home' || await heading(page) !== 'Your services', 'still signed in after signing out');

  await signIn(page, check, data, data.bea, 'account-sign-in');
}

/** d. Bea records 1 hour 30 minutes given to the coordinator; a re-post does not record it twice. */
export async function memberExchange(page, check, data) {
  await page.context().clearCookies();
  await signIn(page, check, data, data.bea, 'member-sign-in');
  await page.getByRole('link', { name: data.timebank.name }).first().click();
  const timebankPath = `/timebanks/${encodeURIComponent(data.timebank.id)}`;
  await waitForPath(page, timebankPath);
  expect(await heading(page) === data.timebank.name, `timebank h1 is "${await heading(page)}"`);
  expect(await page.getByText('Your balance').count() >= 1, 'timebank page does not show "Your balance"');
  await check(page, 'member-timebank');

  await page.getByRole('button', { name: 'Record an exchange' }).click();
  await waitForPath(page, `${timebankPath}/record`);
  await check(page, 'member-record');
  await page.getByRole('group', { name: 'Did you give help or receive it?' }).getByLabel('I gave help').check();
  await page.getByLabel('Who with?').selectOption({ label: data.coordinator.displayName });
  await page.getByLabel('Hours', { exact: true }).fill('1');
  await page.getByLabel('Minutes', { exact: true }).fill('30');
  const today = new Date();
  await fillDate(page, 'When was it?', today);
  await page.getByLabel('What was it?').fill(`Helped with the shopping ${data.stamp}`);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your answers before recording the exchange' }).waitFor();
  expect(await page.getByText('1 hour 30 minutes').count() >= 1, 'check answers does not show "1 hour 30 minutes"');
  await check(page, 'member-check-answers');

  await page.getByRole('button', { name: 'Record exchange' }).click();
  await page.getByRole('heading', { level: 1, name: 'Exchange recorded' }).waitFor();
  await check(page, 'member-recorded');

  // Back to the check-answers page and post it again, as someone unsure it worked would: it must not record twice.
  await page.goBack();
  const again = page.getByRole('button', { name: 'Record exchange' });
  if (await again.count() === 0) await page.reload(); // Chromium shows its "resubmit" error page for a POST result
  await again.click();
  await page.getByRole('heading', { level: 1, name: 'Exchange recorded' }).waitFor();
  await check(page, 'member-recorded-again');
  const tb = (await run(data.base, 'timebank', { organisationId: data.timebank.id, first: 50 }, data.bea.token)).timebank;
  const exchanges = tb.exchanges.nodes;
  expect(tb.exchanges.totalCount === 1 && exchanges.length === 1 && exchanges[0].minutes === 90,
    `expected one exchange of 90 minutes, found ${JSON.stringify(exchanges.map((e) => e.minutes))}`);

  await page.goto(`${data.base}${timebankPath}`);
  await page.getByRole('link', { name: 'Your statement' }).click();
  await waitForPath(page, `${timebankPath}/statement`);
  expect(await heading(page) === 'Your statement', `statement h1 is "${await heading(page)}"`);
  await check(page, 'member-statement');
  // The statement prints in large print for members who keep a paper copy.
  await expectLargePrint(page, 'main .govuk-body, main .govuk-table');
}

/** e. Keyboard only: skip link first, then into the search form and submit it with Enter. */
export async function keyboardOnly(page, check, data) {
  await page.goto(`${data.base}/`);
  const focused = () => page.evaluate(() => {
    const e = document.activeElement;
    return { id: e?.id ?? '', tag: e?.tagName ?? '', text: (e?.innerText ?? e?.value ?? '').trim().slice(0, 40) };
  });
  await page.keyboard.press('Tab');
  expect((await focused()).text === 'Skip to main content', `first Tab focuses ${JSON.stringify(await focused())}`);
  await check(page, 'keyboard-skip-link'); // the skip link is only visible when focused: screenshot it
  await page.keyboard.press('Enter');
  expect((await focused()).id === 'main-content', `Enter on the skip link focuses ${JSON.stringify(await focused())}`);
  // Count tabs rather than hard-code them, so a new control before the box does not break the journey.
  const tabTo = async (isIt, what) => {
    for (let i = 0; i < 15; i += 1) {
      await page.keyboard.press('Tab');
      if (isIt(await focused())) return i + 1;
    }
    throw new Error(`15 tabs did not reach ${what}`);
  };
  const toBox = await tabTo((f) => f.id === 'q', 'the search box');
  expect(toBox === 1, `the search box is ${toBox} tabs after main, expected the first`);
  await page.keyboard.type('walking');
  await tabTo((f) => f.tag === 'BUTTON' && f.text === 'Search', 'the Search button');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === 'walking');
  expect(await page.getByRole('link', { name: data.walking.name }).count() === 1, 'keyboard search: no walking group');
  await check(page, 'keyboard-results');
}

/** f. With JavaScript off, search and sign in work the same (the pages are progressive enhancement). */
export async function noJavaScript(page, check, data) {
  await anonymousSearch(page, check, data, { print: false, prefix: 'nojs-directory' });
  await signIn(page, check, data, data.bea, 'nojs-sign-in');
}
