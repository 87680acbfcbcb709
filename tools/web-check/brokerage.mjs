// i. Peer brokerage end to end: Priya (a broker) updates her profile; Bea asks for help, sees Priya among the brokers
// who match and asks her; Priya says yes; Bea chooses her; Priya logs a session; Bea closes the request and gives
// Priya the hour, after checking her answers.
import { expect, heading, waitForPath } from './browser.mjs';
import { signIn } from './flows.mjs';

async function openBrokerage(page, check, data, who, prefix) {
  await page.context().clearCookies();
  await signIn(page, check, data, who, `${prefix}-sign-in`);
  await page.getByRole('link', { name: data.timebank.name }).click();
  await page.getByRole('link', { name: 'Peer brokerage' }).click();
  await waitForPath(page, `/timebanks/${encodeURIComponent(data.timebank.id)}/brokerage`);
}

async function openRequest(page, check, data, who, prefix, what) {
  await openBrokerage(page, check, data, who, prefix);
  await page.getByRole('link', { name: what }).click();
  await waitForPath(page, /\/brokerage\/[^/]+$/);
}

async function notice(page) {
  return (await page.locator('.govuk-notification-banner__heading').first().innerText()).trim();
}

export async function brokerage(page, check, data) {
  const priya = data.priya.displayName;
  const what = `Find a personal assistant for the mornings ${data.stamp}`;

  await openBrokerage(page, check, data, data.priya, 'broker');
  await check(page, 'brokerage-broker-start');
  await page.getByRole('link', { name: 'Your broker profile' }).click();
  await page.getByLabel('What you can help with').fill('benefits, finding a PA');
  await page.getByLabel('Easy read').check();
  await check(page, 'brokerage-profile');
  await page.getByRole('button', { name: 'Save profile' }).click();
  expect(await notice(page) === 'Your broker profile is saved.', `after saving the profile: "${await notice(page)}"`);

  await openBrokerage(page, check, data, data.bea, 'person');
  await page.getByRole('button', { name: 'Ask for help to arrange support' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  expect(await page.locator('.govuk-error-summary a').count() === 5, 'the empty request does not name its five questions');
  await check(page, 'brokerage-ask-errors');
  await page.getByLabel('Me', { exact: true }).check();
  await page.getByLabel('What would you like help to arrange?').fill(what);
  await page.getByLabel('Where do you live?').fill('CV1 4LY');
  await page.locator('#ineligible').check();
  await page.locator('#adultAtRisk-no').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await waitForPath(page, /\/brokerage\/[^/]+$/);
  expect(await heading(page) === 'Help to arrange support', `after asking, h1 is "${await heading(page)}"`);
  await check(page, 'brokerage-matching');
  await page.getByLabel(priya).check();
  await page.getByRole('button', { name: 'Ask these brokers' }).click();
  expect((await notice(page)).startsWith(`Asked ${priya}.`), `after inviting: "${await notice(page)}"`);

  await openRequest(page, check, data, data.priya, 'broker-answers', what);
  await check(page, 'brokerage-invitation');
  await page.getByLabel('A note for the person (optional)').fill('Free on Tuesdays');
  await page.getByRole('button', { name: 'Yes, I can help' }).click();
  expect((await notice(page)).startsWith('You said yes.'), `after accepting: "${await notice(page)}"`);

  await openRequest(page, check, data, data.bea, 'person-chooses', what);
  await page.getByLabel(priya).check();
  await check(page, 'brokerage-choose');
  await page.getByRole('button', { name: 'Choose this broker' }).click();
  expect((await notice(page)).startsWith(`You chose ${priya}.`), `after choosing: "${await notice(page)}"`);

  await openRequest(page, check, data, data.priya, 'broker-logs', what);
  const today = new Date();
  await page.getByLabel('Day').fill(String(today.getDate()));
  await page.getByLabel('Month').fill(String(today.getMonth() + 1));
  await page.getByLabel('Year').fill(String(today.getFullYear()));
  await page.getByLabel('Hours', { exact: true }).fill('1');
  await page.getByLabel('Minutes', { exact: true }).fill('0');
  await page.getByRole('button', { name: 'Log session' }).click();
  expect((await notice(page)).startsWith('Logged 1 hour.'), `after logging: "${await notice(page)}"`);
  await check(page, 'brokerage-session-logged');

  await openRequest(page, check, data, data.bea, 'person-closes', what);
  await page.getByRole('button', { name: 'Close the request' }).click();
  await waitForPath(page, /\/close$/);
  await page.getByLabel('Arranged: the support is in place').check();
  await page.getByLabel('Hours', { exact: true }).fill('1');
  await page.getByLabel('Minutes', { exact: true }).fill('0');
  await page.getByRole('button', { name: 'Continue' }).click();
  expect(await heading(page) === 'Check your answers before closing the request', `check answers h1 is "${await heading(page)}"`);
  await check(page, 'brokerage-close-check');
  await page.getByRole('button', { name: 'Close the request' }).click();
  await waitForPath(page, /\/brokerage\/[^/]+$/);
  expect(await notice(page) === `Closed. 1 hour moved to ${priya}’s hours.`, `after closing: "${await notice(page)}"`);
  await check(page, 'brokerage-closed');
}
