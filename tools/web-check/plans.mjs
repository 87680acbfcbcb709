// o. The person's plan and journal, then its sign-off: Ann writes in her journal, downloads her information, writes her plan in her own words
// and sends it; Maggie, the manager, agrees it; Ann says how it is going and how much say she has (the control rating).
import { readFileSync } from 'node:fs';
import { expect, waitForPath } from './browser.mjs';
import { signIn } from './flows.mjs';

export async function planAndJournal(page, check, data) {
  const { provider, ann, maggie } = data.flexi;
  await page.context().clearCookies();
  await signIn(page, check, data, ann, 'plan-sign-in', provider.name);
  await page.getByRole('link', { name: 'Your journal' }).click();
  await waitForPath(page, '/journal');
  await check(page, 'journal');
  await page.getByLabel('Write an entry').fill('A good week. Went to the match with my sister.');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await page.getByText('Saved in your journal. Only you can read it.').waitFor();
  await check(page, 'journal-saved');

  // Her right of access: the page says what the download holds, and the file holds what she just wrote.
  await page.goto(`${data.base}/home`);
  await page.getByRole('link', { name: 'Download the information we hold about you' }).click();
  await waitForPath(page, '/your-data');
  await check(page, 'your-data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my information' }).click();
  const file = await (await download).path();
  expect(readFileSync(file, 'utf8').includes('Went to the match with my sister.'), 'the download holds her journal');

  await page.goto(`${data.base}/providers/${encodeURIComponent(provider.id)}`);
  await page.getByRole('link', { name: `Your plan with ${provider.name}` }).click();
  await page.getByRole('heading', { level: 1, name: 'Your plan' }).waitFor();
  await check(page, 'plan-write');
  await page.getByLabel('What do you want from your support?').fill('To go to the football with a friend every fortnight');
  await page.getByLabel('What is working well now? (optional)').fill('My sister visits');
  await page.getByLabel('6 months, looked at again after 3').check();
  await page.getByRole('button', { name: 'Save my plan' }).click();
  await page.getByText('Your plan is saved.', { exact: false }).waitFor();
  await check(page, 'plan-saved');
  await page.getByRole('button', { name: 'Send it to be agreed' }).click();
  await page.getByText('Sent. The people who agree plans here will read it', { exact: false }).waitFor();

  await page.context().clearCookies();
  await signIn(page, check, data, maggie, 'sign-off-sign-in', provider.name);
  await page.getByRole('link', { name: provider.name }).click();
  await page.getByRole('link', { name: 'Plans to agree' }).click();
  await page.getByRole('heading', { level: 1, name: 'Plans to agree' }).waitFor();
  expect(await page.getByText('To go to the football with a friend every fortnight').count() === 1, "Ann's plan is not waiting for Maggie");
  await check(page, 'sign-off');
  await page.getByRole('button', { name: `Agree the plan for ${ann.displayName}` }).click();
  await page.getByText(`You agreed ${ann.displayName}’s plan.`).waitFor();
  await check(page, 'sign-off-agreed');

  await page.context().clearCookies();
  await signIn(page, check, data, ann, 'review-sign-in', provider.name);
  await page.goto(`${data.base}/plans/${encodeURIComponent(provider.id)}`);
  await page.getByRole('heading', { level: 2, name: 'How is it going?' }).waitFor();
  await check(page, 'plan-review');
  await page.getByLabel('4: I decide most things').check();
  await page.getByRole('group', { name: 'Who makes the decisions about your support?' }).getByLabel('Me').check();
  await page.getByRole('group', { name: 'To go to the football with a friend every fortnight' }).getByLabel('Good progress').check();
  await page.getByRole('button', { name: 'Save how it is going' }).click();
  await page.getByText('Thank you. How it is going is saved with your plan.').waitFor();
  expect(await page.getByText('You said: 4: I decide most things.', { exact: false }).count() === 1, 'the rating is not shown back');
  await check(page, 'plan-reviewed');
}
