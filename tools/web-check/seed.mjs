// Seeds the journeys' data through the public GraphQL API, the same way any client would, so the pages are tested
// against what a real coordinator and member would have created.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedCourses } from './courses.mjs';
import { seedFlexi } from './flexi.mjs';

const operations = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema', 'operations');

/** Runs a committed operation by name; throws on GraphQL errors and on any payload's non-empty `errors`. */
export async function run(base, name, variables, token) {
  const query = readFileSync(join(operations, `${name}.graphql`), 'utf8');
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => null);
  if (!body || body.errors?.length) throw new Error(`${name}: HTTP ${response.status} ${JSON.stringify(body?.errors ?? body)}`);
  // A mutation's payload reports expected failures in its own `errors`: a seed that half-worked must not pass quietly.
  for (const [field, payload] of Object.entries(body.data ?? {})) {
    if (payload && Array.isArray(payload.errors) && payload.errors.length)
      throw new Error(`${name}.${field}: ${JSON.stringify(payload.errors)}`);
  }
  return body.data;
}

/** Creates the people, organisations and local supports the journeys expect; returns what they need to know. */
export async function seed(base) {
  const stamp = Date.now();
  const password = 'correct horse battery staple';
  const coordinator = { displayName: `Cora Coordinator ${stamp}`, email: `cora+${stamp}@example.test`, password };
  const bea = { displayName: `Bea Member ${stamp}`, email: `bea+${stamp}@example.test`, password };

  const cora = (await run(base, 'signUp', { input: coordinator })).signUp;
  const timebank = (await run(base, 'createOrganisation',
    { input: { kind: 'TIMEBANK', name: 'Riverside Timebank' } }, cora.token)).createOrganisation.organisation;
  const group = (await run(base, 'createOrganisation',
    { input: { kind: 'USER_LED_GROUP', name: 'Coventry Carers Group' } }, cora.token)).createOrganisation.organisation;

  // The stamp keeps each run's supports apart in a database that earlier runs also seeded.
  const walking = `Riverside walking group ${stamp}`;
  const paid = `Carers yoga class ${stamp}`;
  const list = async (service) => (await run(base, 'listLocalSupport',
    { input: { organisationId: group.id, service } }, cora.token)).listLocalSupport.localSupport;
  const walk = await list({
    name: walking,
    description: 'A gentle walking group by the river for carers and the people they care for.',
    status: 'active',
    schedules: [{ freq: 'WEEKLY', byDay: 'MO', opensAt: '10:00', closesAt: '12:00' }],
    serviceAtLocations: [{ name: 'Coventry Canal Basin', addresses: [{ address1: 'St Nicholas Street', city: 'Coventry', stateProvince: 'West Midlands', postalCode: 'CV1 4LY' }] }],
    serviceAreas: [{ name: 'CV1', serviceArea: 'Coventry city centre' }],
  });
  const yoga = await list({
    name: paid,
    description: 'Chair yoga for carers, with tea afterwards.',
    status: 'active',
    schedules: [{ freq: 'WEEKLY', byDay: 'MO', opensAt: '13:00', closesAt: '14:00' }],
    costOptions: [{ option: 'Per session', amount: 4 }],
    serviceAreas: [{ name: 'CV1', serviceArea: 'Coventry city centre' }],
  });
  if (!walk.isFree || yoga.isFree) throw new Error('seed: the walking group must be free and the yoga class paid');

  const beaSignedUp = (await run(base, 'signUp', { input: bea })).signUp;
  const joined = (await run(base, 'joinOrganisation', { input: { organisationId: timebank.id } }, beaSignedUp.token)).joinOrganisation;
  await run(base, 'approveMembership', { input: { membershipId: joined.membership.id } }, cora.token);

  // Priya brokers in the timebank: the brokerage journey has her answer Bea's request and log the time she gives.
  const priya = { displayName: `Priya Broker ${stamp}`, email: `priya+${stamp}@example.test`, password };
  const priyaSignedUp = (await run(base, 'signUp', { input: priya })).signUp;
  const priyaJoined = (await run(base, 'joinOrganisation', { input: { organisationId: timebank.id } }, priyaSignedUp.token)).joinOrganisation;
  await run(base, 'approveMembership', { input: { membershipId: priyaJoined.membership.id } }, cora.token);
  await run(base, 'grantRole', { input: { membershipId: priyaJoined.membership.id, role: 'BROKER' } }, cora.token);
  await run(base, 'upsertBrokerProfile', {
    input: { organisationId: timebank.id, bio: 'I arranged my own support for ten years.', skills: ['benefits'], languages: ['en', 'pa'], areasServed: ['CV1'], availability: 'Weekday mornings' },
  }, priyaSignedUp.token);

  const courses = await seedCourses(base, stamp, password, timebank, { token: cora.token });
  const flexi = await seedFlexi(base, stamp, password);

  return {
    stamp, password, timebank, group, courses, flexi,
    priya: { ...priya, token: priyaSignedUp.token, id: priyaSignedUp.member.id },
    coordinator: { ...coordinator, token: cora.token, id: cora.member.id },
    bea: { ...bea, token: beaSignedUp.token, id: beaSignedUp.member.id },
    walking: { ...walk, name: walking },
    paid: { ...yoga, name: paid },
  };
}
