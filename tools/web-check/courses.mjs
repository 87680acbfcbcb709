// j. The course organiser's journey: training, a cohort with a wait list, a one-page register, completion, a
// withdrawal that gives the place to the first waiting; then a mentor's pairings (one overdue) and a meeting logged.
import { expect, fillDate, heading, waitForPath } from './browser.mjs';
import { signIn } from './flows.mjs';
import { run } from './seed.mjs';

/** Seeds a training organisation, a one-session course that starts seconds from now, three people and a pairing. */
export async function seedCourses(base, stamp, password, timebank, coordinator) {
  const person = async (name) => {
    const who = { displayName: `${name} ${stamp}`, email: `${name.toLowerCase().replace(' ', '.')}+${stamp}@example.test`, password };
    const signedUp = (await run(base, 'signUp', { input: who })).signUp;
    return { ...who, token: signedUp.token, id: signedUp.member.id };
  };
  const olive = await person('Olive Organiser');
  const created = (await run(base, 'createOrganisation', { input: { kind: 'TRAINING', name: `Riverside Training ${stamp}` } }, olive.token)).createOrganisation;
  await run(base, 'grantRole', { input: { membershipId: created.membership.id, role: 'ORGANISER' } }, olive.token);
  const course = (await run(base, 'createCourse', { input: { organisationId: created.organisation.id, course: {
    title: 'Peer brokerage', description: 'Sessions for peer brokers', grants: 'PEER_BROKER',
    modules: [{ title: 'Welcome', minutes: 60 }],
    rule: { combination: 'ALL', criteria: [{ kind: 'SHARE_OF_SESSIONS_ATTENDED', number: 80 }] },
  } } }, olive.token)).createCourse.course;
  // The register can be taken once the session has started, so it starts while the other journeys run.
  const startsAt = Date.now() + 20_000;
  const cohort = (await run(base, 'scheduleCohort', { input: { courseId: course.id, capacity: 2,
    sessions: [{ title: 'Welcome session', start: new Date(startsAt).toISOString(), minutes: 60, modules: [1] }] } }, olive.token)).scheduleCohort.cohort;
  const people = [];
  for (const name of ['Ann Learner', 'Bob Learner', 'Cat Learner']) {
    const who = await person(name);
    await run(base, 'enrol', { input: { cohortId: cohort.id } }, who.token);
    people.push(who);
  }

  // Mo mentors Mae; they were paired forty days ago and have not met, so the monthly meeting is overdue.
  const mo = await person('Mo Mentor');
  const mae = await person('Mae Mentee');
  const moJoined = (await run(base, 'joinOrganisation', { input: { organisationId: created.organisation.id } }, mo.token)).joinOrganisation;
  await run(base, 'approveMembership', { input: { membershipId: moJoined.membership.id } }, olive.token);
  await run(base, 'grantRole', { input: { membershipId: moJoined.membership.id, role: 'MENTOR' } }, olive.token);
  const moInTimebank = (await run(base, 'joinOrganisation', { input: { organisationId: timebank.id } }, mo.token)).joinOrganisation;
  await run(base, 'approveMembership', { input: { membershipId: moInTimebank.membership.id } }, coordinator.token);
  const startsOn = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
  await run(base, 'pairMentor', { input: { organisationId: created.organisation.id, mentorId: mo.id, menteeIds: [mae.id], cadence: 'MONTHLY', startsOn, hoursTimebankId: timebank.id } }, olive.token);

  return { training: created.organisation, olive, people, mo, mae, startsAt, timebankName: timebank.name };
}

export async function courseOrganiser(page, check, data) {
  const { training, olive, people, startsAt } = data.courses;
  const [ann, bob, cat] = people;
  await page.context().clearCookies();
  await signIn(page, check, data, olive, 'organiser-sign-in', training.name);
  await page.getByRole('link', { name: training.name }).click();
  await waitForPath(page, `/training/${encodeURIComponent(training.id)}`);
  expect(await heading(page) === 'Training', `training h1 is "${await heading(page)}"`);
  await check(page, 'organiser-training');

  await page.getByRole('link', { name: 'Peer brokerage' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Peer brokerage' }).waitFor();
  expect(await page.getByText('Waiting: number 1 on the list').count() === 1, 'the cohort shows nobody waiting');
  await check(page, 'organiser-cohort');

  const wait = startsAt - Date.now();
  if (wait > 0) await page.waitForTimeout(wait + 1_000);
  await page.getByRole('link', { name: /^Take the register/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Register: Welcome session' }).waitFor();
  await check(page, 'organiser-register');
  await page.getByRole('group', { name: ann.displayName }).getByLabel('Present').check();
  await page.getByRole('group', { name: ann.displayName }).getByLabel(/^Came with their supporter/).check();
  await page.getByRole('group', { name: bob.displayName }).getByLabel('Absent').check();
  await page.getByRole('button', { name: 'Save the register' }).click();
  await page.getByText('Register saved for Welcome session: 1 of 2 came.').waitFor();
  await check(page, 'organiser-register-saved');

  await page.getByRole('button', { name: `Mark as complete for ${bob.displayName}` }).click();
  await page.getByRole('link', { name: new RegExp(`^${bob.displayName} has not completed yet`) }).waitFor();
  await check(page, 'organiser-not-complete');
  await page.getByRole('button', { name: `Mark as complete for ${ann.displayName}` }).click();
  await page.getByText(`${ann.displayName} has completed the course. They are now accredited: peer broker.`).waitFor();
  await check(page, 'organiser-completed');
  await page.getByRole('button', { name: `Withdraw ${bob.displayName}` }).click();
  await page.getByText(`${bob.displayName} is withdrawn.`, { exact: false }).waitFor();
  const catRow = page.getByRole('row', { name: new RegExp(`^${cat.displayName} `) });
  expect(await catRow.getByRole('cell', { name: 'Enrolled from the wait list', exact: true }).count() === 1, `${cat.displayName} did not get the freed place`);
  await check(page, 'organiser-promoted');
}

export async function mentor(page, check, data) {
  const { training, mo, mae, timebankName } = data.courses;
  await page.context().clearCookies();
  await signIn(page, check, data, mo, 'mentor-sign-in', training.name);
  await page.getByRole('link', { name: training.name }).click();
  await page.getByRole('link', { name: 'Mentoring: pairings due and overdue' }).click();
  const mentoringPath = `/training/${encodeURIComponent(training.id)}/mentoring`;
  await waitForPath(page, mentoringPath);
  expect(await page.getByText('1 pairing is overdue for a meeting.').count() === 1, 'the pairing is not shown as overdue');
  await check(page, 'mentor-pairings');

  await page.getByRole('link', { name: new RegExp(`^Log a meeting of ${mo.displayName} and ${mae.displayName}`) }).click();
  await page.getByRole('heading', { level: 1, name: 'Log a mentoring meeting' }).waitFor();
  await check(page, 'mentor-log');
  const today = new Date();
  await fillDate(page, 'When did you meet?', today);
  await page.getByLabel('Hours', { exact: true }).fill('1');
  await page.getByLabel('Notes (optional)').fill('Talked through a first brokerage');
  await page.getByRole('group', { name: `Does ${mo.displayName} bank the hours?` }).getByLabel('Yes').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your answers before logging the meeting' }).waitFor();
  await check(page, 'mentor-check');
  await page.getByRole('button', { name: 'Log meeting' }).click();
  await waitForPath(page, mentoringPath);
  expect(await page.getByText(`${mo.displayName} banked the hours in ${timebankName}.`, { exact: false }).count() === 1, 'no notice that the hours were banked');
  expect(await page.getByText('No meetings are overdue.').count() === 1, 'the pairing is still overdue after meeting today');
  await check(page, 'mentor-logged');
}
