// l. The customer's journey: this week's support time and money, book a session with a worker chosen from their
// profiles, cancel it, buy something and add its receipt (for less, so the change comes back).
// m. The manager's: agree a purchase waiting for their yes, then the service report. n. The commissioner's: their
// services, a service's report, and a deviation waiting for them authorised.
import { expect, fillDate, heading, waitForPath } from './browser.mjs';
import { signIn } from './flows.mjs';
import { run } from './seed.mjs';

/** Seeds a commissioner, a provider with one service, a worker with a profile, two customers and a deviation. */
export async function seedFlexi(base, stamp, password) {
  const person = async (name) => {
    const who = { displayName: `${name} ${stamp}`, email: `${name.toLowerCase().replace(' ', '.')}+${stamp}@example.test`, password };
    const signedUp = (await run(base, 'signUp', { input: who })).signUp;
    return { ...who, token: signedUp.token, id: signedUp.member.id };
  };
  const cara = await person('Cara Commissioner');
  const council = (await run(base, 'createOrganisation', { input: { kind: 'COMMISSIONER', name: `Riverside Council ${stamp}` } }, cara.token)).createOrganisation;
  await run(base, 'grantRole', { input: { membershipId: council.membership.id, role: 'COMMISSIONER' } }, cara.token);
  const maggie = await person('Maggie Manager');
  const created = (await run(base, 'createOrganisation', { input: { kind: 'PROVIDER', name: `Elm House ${stamp}` } }, maggie.token)).createOrganisation;
  await run(base, 'grantRole', { input: { membershipId: created.membership.id, role: 'MANAGER' } }, maggie.token);
  const service = (await run(base, 'createService', { input: {
    providerId: created.organisation.id, name: 'Elm House supported living', contractValuePencePerPeriod: 1000000,
    split: { core: 7400, flexiCash: 800, flexiHours: 1800 }, policy: { supportMinutesPerPeriod: 210, cashPencePerPeriod: 4000, signOffThresholdPence: 2000 },
    commissionerId: council.organisation.id,
  } }, maggie.token)).createService.flexiService;
  const member = async (name, role) => {
    const who = await person(name);
    const joined = (await run(base, 'joinOrganisation', { input: { organisationId: created.organisation.id } }, who.token)).joinOrganisation;
    await run(base, 'approveMembership', { input: { membershipId: joined.membership.id } }, maggie.token);
    await run(base, 'grantRole', { input: { membershipId: joined.membership.id, role } }, maggie.token);
    return who;
  };
  const wendy = await member('Wendy Worker', 'STAFF');
  await run(base, 'upsertStaffProfile', { input: { providerId: created.organisation.id, background: 'Ten years in supported living', skills: ['cooking'], interests: ['football'], languages: ['en'] } }, wendy.token);
  const ann = await member('Ann Customer', 'CUSTOMER');
  await run(base, 'enrolCustomer', { input: { serviceId: service.id, customerId: ann.id } }, maggie.token);
  // Bo asks for something above the £20 the service lets customers spend without a manager's yes.
  const bo = await member('Bo Customer', 'CUSTOMER');
  await run(base, 'enrolCustomer', { input: { serviceId: service.id, customerId: bo.id } }, maggie.token);
  await run(base, 'requestPurchase', { input: { serviceId: service.id, idempotencyKey: `kit-${stamp}`, pence: 2500, supplier: 'Sports Direct', category: 'CLOTHES', description: 'Football kit' } }, bo.token);
  const today = new Date().toISOString().slice(0, 10);
  await run(base, 'recordContractDeviation', { input: { serviceId: service.id, from: today, to: today, pence: 12000, staffMinutes: 480, reason: 'Two customers paid an art tutor instead of a session with staff' } }, maggie.token);
  return { provider: created.organisation, council: council.organisation, service, wendy, ann, bo, maggie, cara };
}

export async function customer(page, check, data) {
  const { provider, service, wendy, ann } = data.flexi;
  await page.context().clearCookies();
  await signIn(page, check, data, ann, 'customer-sign-in', provider.name);
  await page.getByRole('link', { name: provider.name }).click();
  await page.getByRole('link', { name: service.name }).click();
  const budgetPath = `/flexi/${encodeURIComponent(service.id)}`;
  await waitForPath(page, budgetPath);
  expect(await page.getByText(/^You have 3 hours 30 minutes of support and £40\.00 to spend until/).count() === 1, 'the budget does not say what is left');
  await check(page, 'customer-budget');

  await page.getByRole('link', { name: 'Book a session' }).click();
  await page.getByRole('heading', { level: 1, name: 'Book a session' }).waitFor();
  await check(page, 'customer-book');
  await page.getByLabel(wendy.displayName).check();
  const tomorrow = new Date(Date.now() + 86_400_000);
  await fillDate(page, 'What day?', tomorrow);
  await page.getByLabel('What time does it start?').fill('10:30');
  await page.getByRole('group', { name: 'How long?' }).getByLabel('Hours', { exact: true }).fill('1');
  await page.getByLabel('At home or on site').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your answers before booking' }).waitFor();
  await check(page, 'customer-book-check');
  await page.getByRole('button', { name: 'Book session' }).click();
  await waitForPath(page, budgetPath);
  expect(await page.getByText(`Booked: 1 hour with ${wendy.displayName} on`, { exact: false }).count() === 1, 'no notice after booking');
  await check(page, 'customer-booked');

  await page.getByRole('link', { name: /^Cancel the session on/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Cancel this session' }).waitFor();
  await check(page, 'customer-cancel');
  await page.getByRole('button', { name: 'Cancel session' }).click();
  await waitForPath(page, budgetPath);
  expect(await page.getByText('Cancelled. 1 hour is back in your support time.').count() === 1, 'no notice after cancelling');

  await page.getByRole('link', { name: 'Ask to buy something' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ask to buy something' }).waitFor();
  await check(page, 'customer-buy');
  await page.getByLabel('What would you like to buy?').fill('Football ticket');
  await page.getByLabel('Where from?').fill('Coventry City');
  await page.getByLabel('What kind of thing is it?').selectOption({ label: 'Activities and classes' });
  await page.getByLabel('How much does it cost?').fill('12.50');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your answers before buying' }).waitFor();
  await check(page, 'customer-buy-check');
  await page.getByRole('button', { name: 'Buy it' }).click();
  await waitForPath(page, budgetPath);
  expect(await page.getByText('Bought: £12.50 from Coventry City.', { exact: false }).count() === 1, 'no notice after buying');

  await page.getByRole('link', { name: /^Add the receipt/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Add the receipt' }).waitFor();
  await check(page, 'customer-receipt');
  await page.getByLabel('Receipt number or reference').fill('R-1001');
  const today = new Date();
  await fillDate(page, 'Date on the receipt', today);
  await page.getByLabel('Amount on the receipt').fill('10');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your answers before adding the receipt' }).waitFor();
  await page.getByRole('button', { name: 'Add receipt' }).click();
  await waitForPath(page, budgetPath);
  expect(await page.getByText('Receipt R-1001 added. £2.50 change is back in your money.').count() === 1, 'no notice after the receipt');
  await check(page, 'customer-receipt-added');
}

export async function manager(page, check, data) {
  const { provider, service, bo, maggie } = data.flexi;
  await page.context().clearCookies();
  await signIn(page, check, data, maggie, 'manager-sign-in', provider.name);
  await page.getByRole('link', { name: provider.name }).click();
  await page.getByRole('link', { name: `Run ${service.name}` }).click();
  const managePath = `/flexi/${encodeURIComponent(service.id)}/manage`;
  await waitForPath(page, managePath);
  expect(await heading(page) === `Run ${service.name}`, `manage h1 is "${await heading(page)}"`);
  await check(page, 'manager-service');
  await page.getByRole('button', { name: `Agree £25.00 for ${bo.displayName}’s Football kit` }).click();
  await page.getByText(`Agreed: £25.00 for ${bo.displayName}’s Football kit.`).waitFor();
  expect(await page.getByText('No purchases are waiting.').count() === 1, 'the purchase is still waiting after it was agreed');
  await check(page, 'manager-agreed');
  await page.getByRole('link', { name: 'Service report: hours and money, with charts' }).click();
  await page.getByRole('heading', { level: 1, name: 'Service report' }).waitFor();
  expect(await page.locator('svg#chart-minutes').count() === 1, 'the report has no support-time chart');
  await check(page, 'manager-report');
}

export async function commissioner(page, check, data) {
  const { council, service, cara } = data.flexi;
  await page.context().clearCookies();
  await signIn(page, check, data, cara, 'commissioner-sign-in', council.name);
  await page.getByRole('link', { name: council.name }).click();
  await page.getByRole('heading', { level: 1, name: 'Services you commission' }).waitFor();
  await check(page, 'commissioner-services');
  await page.getByRole('link', { name: service.name }).click();
  await page.getByRole('heading', { level: 1, name: 'Service report' }).waitFor();
  expect(await page.getByText('Two customers paid an art tutor instead of a session with staff').count() === 1, 'the deviation is not waiting');
  await check(page, 'commissioner-report');
  await page.getByRole('button', { name: /^Authorise/ }).click();
  await page.getByText('Authorised. The report counts it against the contract from now on.').waitFor();
  expect(await page.getByText('None are waiting.').count() === 1, 'a deviation is still waiting after it was authorised');
  await check(page, 'commissioner-authorised');
}
