// h. A member posts an offer, finds it by searching, and takes it down.
import { expect, heading, waitForPath } from './browser.mjs';
import { signIn } from './flows.mjs';

export async function memberListings(page, check, data) {
  await page.context().clearCookies();
  await signIn(page, check, data, data.bea, 'listings-sign-in');
  await page.getByRole('link', { name: data.timebank.name }).click();
  await page.getByRole('link', { name: 'Offers and requests' }).click();
  const listingsPath = `/timebanks/${encodeURIComponent(data.timebank.id)}/listings`;
  await waitForPath(page, listingsPath);
  await check(page, 'listings-start');

  await page.getByRole('button', { name: 'Post an offer or request' }).click();
  await waitForPath(page, `${listingsPath}/new`);
  // Posting with nothing chosen shows the error summary first.
  await page.getByRole('button', { name: 'Post it' }).click();
  expect(await page.locator('.govuk-error-summary').count() === 1, 'no error summary for an empty offer');
  await check(page, 'listings-errors');
  await page.getByLabel('I can offer help').check();
  const title = `Help with gardening ${data.stamp}`;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Details (optional)').fill('Weekday mornings, tools brought.');
  await page.getByRole('button', { name: 'Post it' }).click();
  await waitForPath(page, listingsPath);
  expect(await heading(page) === 'Offers and requests', `after posting, h1 is "${await heading(page)}"`);

  await page.getByLabel('Search offers and requests').fill(String(data.stamp));
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get('q') === String(data.stamp));
  expect(await page.getByRole('heading', { level: 3, name: title }).count() === 1, `the search does not find "${title}"`);
  await check(page, 'listings-found');

  await page.getByRole('button', { name: `Take down ${title}` }).click();
  await waitForPath(page, listingsPath);
  expect(await page.getByRole('heading', { level: 3, name: title }).count() === 0, `"${title}" is still listed after taking it down`);
  await check(page, 'listings-taken-down');
}
