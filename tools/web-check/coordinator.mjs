// g. The coordinator's journey: approve someone asking to join, add a member without email, see both among the
// balances, record an exchange between them and reverse it, change a member's limits, read the report.
import { expect, fillDate, heading, waitForPath } from './browser.mjs';
import { signIn } from './flows.mjs';
import { run } from './seed.mjs';

export async function coordinatorReport(page, check, data) {
  // Someone asks to join first (through GraphQL: their side of it is journey c's create account and home page).
  const dan = { displayName: `Dan Joiner ${data.stamp}`, email: `dan+${data.stamp}@example.test`, password: data.password };
  const signedUp = (await run(data.base, 'signUp', { input: dan })).signUp;
  await run(data.base, 'joinOrganisation', { input: { organisationId: data.timebank.id } }, signedUp.token);

  await page.context().clearCookies();
  await signIn(page, check, data, data.coordinator, 'coordinator-sign-in');
  await page.getByRole('link', { name: data.timebank.name }).click();
  await page.getByRole('link', { name: 'Run this timebank' }).click();
  const coordinatePath = `/timebanks/${encodeURIComponent(data.timebank.id)}/coordinate`;
  await waitForPath(page, coordinatePath);
  expect(await heading(page) === 'Run this timebank', `coordinate h1 is "${await heading(page)}"`);
  await check(page, 'coordinator-waiting');

  await page.getByRole('button', { name: `Approve ${dan.displayName}` }).click();
  await waitForPath(page, coordinatePath);
  const balances = page.getByRole('table', { name: "Every member's hours" });
  expect(await balances.getByRole('cell', { name: dan.displayName, exact: true }).count() === 1,
    `${dan.displayName} is not among the balances after approval`);
  expect(await page.getByText('Nobody is waiting.').count() === 1, 'someone is still waiting after the only joiner was approved');
  await check(page, 'coordinator-approved');

  await page.getByRole('link', { name: 'Add a member without an email address' }).click();
  await check(page, 'coordinator-add-member');
  const assisted = `Dora Assisted ${data.stamp}`;
  await page.getByLabel('Their name').fill(assisted);
  await page.getByRole('button', { name: 'Add member' }).click();
  await waitForPath(page, coordinatePath);
  expect(await balances.getByRole('cell', { name: assisted, exact: true }).count() === 1, `${assisted} is not among the balances after adding`);
  await check(page, 'coordinator-added');

  await recordBetween(page, check, data, assisted, dan.displayName);
  await page.goto(`${data.base}${coordinatePath}`);
  await reverseIt(page, check, data, assisted, dan.displayName);
  await page.goto(`${data.base}${coordinatePath}`);
  await changeLimits(page, check, assisted, coordinatePath);

  await page.getByRole('link', { name: 'Report: hours by month and by category' }).click();
  await waitForPath(page, `/timebanks/${encodeURIComponent(data.timebank.id)}/report`);
  expect(await heading(page) === 'Timebank report', `report h1 is "${await heading(page)}"`);
  expect(await page.getByRole('heading', { level: 2, name: 'Hours by month' }).count() === 1, 'the report has no "Hours by month"');
  await check(page, 'coordinator-report');
}

async function recordBetween(page, check, data, giver, receiver) {
  await page.getByRole('link', { name: 'Record an exchange between two members' }).click();
  await page.getByRole('heading', { level: 1, name: 'Record an exchange between two members' }).waitFor();
  await check(page, 'coordinator-record-between');
  await page.getByLabel('Who gave help?').selectOption({ label: giver });
  await page.getByLabel('Who received it?').selectOption({ label: receiver });
  await page.getByLabel('Hours', { exact: true }).fill('1');
  const today = new Date();
  await fillDate(page, 'When was it?', today);
  await page.getByLabel('What was it?').fill(`Lift to the surgery ${data.stamp}`);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your answers before recording the exchange' }).waitFor();
  expect(await page.getByText(`${giver} earns 1 hour and ${receiver} spends them`).count() === 1, 'check answers does not say who earns and who spends');
  await check(page, 'coordinator-record-between-check');
  await page.getByRole('button', { name: 'Record exchange' }).click();
  await page.getByRole('heading', { level: 1, name: 'Exchange recorded' }).waitFor();
  expect(await page.getByText(`1 hour given by ${giver} to ${receiver}. The hours have moved.`).count() === 1, 'no "hours have moved" after recording between two members');
}

async function reverseIt(page, check, data, giver, receiver) {
  await page.getByRole('link', { name: 'Exchanges: reverse one recorded by mistake' }).click();
  await page.getByRole('heading', { level: 1, name: 'Exchanges' }).waitFor();
  await check(page, 'coordinator-exchanges');
  await page.getByRole('link', { name: new RegExp(`^Reverse Lift to the surgery ${data.stamp}`) }).click();
  await page.getByRole('heading', { level: 1, name: 'Reverse this exchange' }).waitFor();
  await check(page, 'coordinator-reverse');
  await page.getByRole('button', { name: 'Reverse exchange' }).click();
  await page.getByRole('link', { name: 'Say why the exchange is being reversed' }).waitFor();
  await check(page, 'coordinator-reverse-error');
  await page.getByLabel('Why is it being reversed?').fill('Recorded for the wrong day');
  await page.getByRole('button', { name: 'Reverse exchange' }).click();
  await page.getByRole('heading', { level: 1, name: 'Exchanges' }).waitFor();
  expect(await page.getByText(`Reversed. 1 hour went back from ${giver} to ${receiver}.`).count() === 1, 'no notice after reversing');
  await check(page, 'coordinator-reversed');
}

async function changeLimits(page, check, member, coordinatePath) {
  await page.getByRole('link', { name: `Change limits for ${member}` }).click();
  await page.getByRole('heading', { level: 1, name: `Limits for ${member}` }).waitFor();
  await check(page, 'coordinator-limits');
  const owe = page.getByRole('group', { name: 'How much can they owe?' });
  await owe.getByLabel('Hours', { exact: true }).fill('5');
  await owe.getByLabel('Minutes', { exact: true }).fill('0');
  // The warning has to come before the limit: the default warns at 9 hours, past the new 5.
  const warn = page.getByRole('group', { name: 'Warn when they owe more than' });
  await warn.getByLabel('Hours', { exact: true }).fill('4');
  await warn.getByLabel('Minutes', { exact: true }).fill('0');
  await page.getByRole('button', { name: 'Save limits' }).click();
  await waitForPath(page, coordinatePath);
  expect(await page.getByText(`Limits saved for ${member}: can owe up to 5 hours`).count() === 1, 'no notice after saving limits');
  const row = page.getByRole('row', { name: new RegExp(`^${member} `) });
  expect(await row.getByRole('cell', { name: 'minus 5 hours', exact: true }).count() === 1, `${member}'s lowest allowed is not minus 5 hours`);
  await check(page, 'coordinator-limits-saved');
}
