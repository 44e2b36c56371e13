import type { Rng } from './random';
import type { Grader, InviteStatus, StoredAssessment, StoredInvite } from './types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const FIRST_NAMES = [
  'Amara',
  'Bastian',
  'Chloé',
  'Dmitri',
  'Elena',
  'Farah',
  'Gabriel',
  'Hana',
  'Ibrahim',
  'Julia',
  'Kenji',
  'Lucía',
  'Mateo',
  'Nadia',
  'Oskar',
  'Priya',
  'Quentin',
  'Rosa',
  'Samuel',
  'Tamsin',
  'Uma',
  'Viktor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoe',
] as const;
const LAST_NAMES = [
  'Abebe',
  'Brennan',
  'Castillo',
  'Dubois',
  'Eriksen',
  'Fischer',
  'García',
  'Haddad',
  'Ito',
  'Jansen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quinn',
  'Rossi',
  'Schmidt',
  'Tanaka',
] as const;

/** Members of Northwind who grade submissions (assignedGrader). Ids are plain strings, per §7. */
const GRADERS: readonly Grader[] = [
  { id: 'usr_4f2a9c01', firstName: 'Morgan', lastName: 'Ellis', email: 'morgan.ellis@example.com' },
  { id: 'usr_8b7d3e02', firstName: 'Sasha', lastName: 'Kim', email: 'sasha.kim@example.com' },
  { id: 'usr_1c6e5f03', firstName: 'Ravi', lastName: 'Menon', email: 'ravi.menon@example.com' },
  { id: 'usr_9a0b2d04', firstName: 'Lena', lastName: 'Vogel', email: 'lena.vogel@example.com' },
];

const CUSTOM_MESSAGES = [
  'Thanks for your time today. This assessment takes about 30 minutes.',
  'Great speaking with you! Please complete this before our follow-up call.',
  'Hola, gracias por tu interés. Puedes responder en inglés o en español.',
] as const;

/** 38 invites spread over the lifecycle, plus the two history invites below. */
const STATUS_MIX: readonly InviteStatus[] = [
  ...Array<InviteStatus>(12).fill('pending'),
  ...Array<InviteStatus>(6).fill('accepted'),
  ...Array<InviteStatus>(5).fill('started'),
  ...Array<InviteStatus>(7).fill('completed'),
  ...Array<InviteStatus>(4).fill('expired'),
  ...Array<InviteStatus>(4).fill('revoked'),
];

/** A recipient whose only invites to the newest assessment are expired and revoked: a re-invite must succeed. */
export const HISTORY_RECIPIENT = { name: 'Jordan Reyes', email: 'jordan.reyes@example.org' } as const;

/** A pending invite stored with a mixed-case address, for the case-insensitive 409. */
export const MIXED_CASE_RECIPIENT = { name: 'Priya Natarajan', email: 'Priya.Natarajan@Example.com' } as const;

interface Person {
  name: string | null;
  email: string;
}

function people(rng: Rng, count: number): Person[] {
  const pairs = rng.shuffle(FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => [first, last] as const)));
  return pairs.slice(0, count).map(([first, last], index) => {
    const local = `${first}.${last}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    const domain = index % 3 === 2 ? 'example.org' : 'example.com';
    // Recipients added from a bare email address have no name.
    return { name: index % 7 === 6 ? null : `${first} ${last}`, email: `${local}@${domain}` };
  });
}

interface Timeline {
  sentAt: number;
  expiresInDays: number;
  acceptedAt: number | null;
  startedAt: number | null;
  completedAt: number | null;
  revokedAt: number | null;
}

/** Timestamps consistent with the status, all before the anchor (and pending ones not yet expired). */
function timeline(rng: Rng, status: InviteStatus, anchor: number): Timeline {
  const at = (ms: number): number => Math.min(ms, anchor - MINUTE);
  const base: Timeline = {
    sentAt: 0,
    expiresInDays: 30,
    acceptedAt: null,
    startedAt: null,
    completedAt: null,
    revokedAt: null,
  };
  switch (status) {
    case 'pending':
      return { ...base, sentAt: anchor - rng.int(HOUR, 10 * DAY) };
    case 'accepted': {
      const sentAt = anchor - rng.int(2 * DAY, 15 * DAY);
      return { ...base, sentAt, acceptedAt: at(sentAt + rng.int(HOUR, 2 * DAY)) };
    }
    case 'started':
    case 'completed': {
      const sentAt = anchor - rng.int(4 * DAY, 25 * DAY);
      const acceptedAt = at(sentAt + rng.int(HOUR, 2 * DAY));
      const startedAt = at(acceptedAt + rng.int(10 * MINUTE, DAY));
      const completedAt = status === 'completed' ? at(startedAt + rng.int(20 * MINUTE, 90 * MINUTE)) : null;
      return { ...base, sentAt, acceptedAt, startedAt, completedAt };
    }
    case 'expired':
      return { ...base, sentAt: anchor - rng.int(20 * DAY, 45 * DAY), expiresInDays: rng.pick([7, 14]) };
    case 'revoked': {
      const sentAt = anchor - rng.int(3 * DAY, 30 * DAY);
      return { ...base, sentAt, revokedAt: at(sentAt + rng.int(HOUR, 2 * DAY)) };
    }
  }
}

function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

function buildInvite(
  rng: Rng,
  assessment: StoredAssessment,
  person: Person,
  status: InviteStatus,
  anchor: number,
): StoredInvite {
  const t = timeline(rng, status, anchor);
  const strict = rng.next() < 0.75;
  return {
    id: rng.uuid(),
    orgId: assessment.orgId,
    assessmentId: assessment.id,
    assessmentName: assessment.name,
    recipientEmail: person.email,
    recipientName: person.name,
    status,
    questionReplayLimit: rng.pick([1, 1, 2, 3]),
    answerRecordLimit: rng.pick([1, 1, 2]),
    sentAt: new Date(t.sentAt).toISOString(),
    expiresAt: new Date(t.sentAt + t.expiresInDays * DAY).toISOString(),
    acceptedAt: iso(t.acceptedAt),
    startedAt: iso(t.startedAt),
    completedAt: iso(t.completedAt),
    assignedGrader: status === 'pending' && rng.next() < 0.5 ? null : { ...rng.pick(GRADERS) },
    proctoringSettings: {
      screenRecording: strict,
      webcamMonitoring: strict || rng.next() < 0.5,
      requireIdCapture: strict,
    },
    customMessage: rng.next() < 0.4 ? rng.pick(CUSTOM_MESSAGES) : null,
    revokedAt: iso(t.revokedAt),
  };
}

/**
 * ~40 invites on the ten newest assessments (the first page a user sees). Every recipient
 * has at most one pending invite per assessment, as the real API's 409 rule implies.
 */
export function seedInvites(rng: Rng, assessments: readonly StoredAssessment[], anchor: number): StoredInvite[] {
  const targets = assessments.slice(0, 10);
  const newest = targets[0];
  if (!newest) return [];
  const statuses = rng.shuffle(STATUS_MIX);
  const recipients = people(rng, statuses.length);
  recipients[statuses.indexOf('pending')] = { ...MIXED_CASE_RECIPIENT };
  const invites = statuses.map((status, index) =>
    buildInvite(rng, rng.pick(targets), recipients[index] as Person, status, anchor),
  );
  invites.push(buildInvite(rng, newest, HISTORY_RECIPIENT, 'expired', anchor));
  invites.push(buildInvite(rng, newest, HISTORY_RECIPIENT, 'revoked', anchor));
  return padInvites(rng, assessments, invites, Number(process.env.SANDBOX_SEED_INVITES || 0), anchor);
}

/**
 * SANDBOX_SEED_INVITES=N (scale benchmarks): the seed grown to N invites in all, over every assessment, each
 * to an address of its own. Unset, the seed is the small one above.
 */
function padInvites(
  rng: Rng,
  assessments: readonly StoredAssessment[],
  invites: StoredInvite[],
  total: number,
  anchor: number,
): StoredInvite[] {
  for (let n = invites.length; n < total; n++) {
    const first = FIRST_NAMES[n % FIRST_NAMES.length]!;
    const last = LAST_NAMES[Math.floor(n / FIRST_NAMES.length) % LAST_NAMES.length]!;
    const local = `${first}.${last}.${n}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    invites.push(
      buildInvite(
        rng,
        rng.pick(assessments),
        { name: `${first} ${last}`, email: `${local}@example.net` },
        rng.pick(STATUS_MIX),
        anchor,
      ),
    );
  }
  return invites;
}

/**
 * `count` more invites for the large seed, spread over every assessment; each recipient is new (a numbered
 * address), so the one-pending-invite-per-recipient-and-assessment rule holds.
 */
export function seedBulkInvites(
  rng: Rng,
  assessments: readonly StoredAssessment[],
  anchor: number,
  count: number,
): StoredInvite[] {
  if (!assessments.length) return [];
  return Array.from({ length: count }, (_, index) => {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const local = `${first}.${last}.${index}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    const person = { name: `${first} ${last}`, email: `${local}@example.net` };
    return buildInvite(rng, assessments[index % assessments.length]!, person, rng.pick(STATUS_MIX), anchor);
  });
}
