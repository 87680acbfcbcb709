// g. The coordinator's journey: approve someone asking to join, add a member without email, see both among the
// balances, read the report.
import { expect, heading, waitForPath } from './browser.mjs';
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

  await page.getByRole('link', { name: 'Report: hours by month and by category' }).click();
  await waitForPath(page, `/timebanks/${encodeURIComponent(data.timebank.id)}/report`);
  expect(await heading(page) === 'Timebank report', `report h1 is "${await heading(page)}"`);
  expect(await page.getByRole('heading', { level: 2, name: 'Hours by month' }).count() === 1, 'the report has no "Hours by month"');
  await check(page, 'coordinator-report');
}
