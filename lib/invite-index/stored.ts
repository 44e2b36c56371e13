import type { IndexedInvite } from './record';

// How a record sits on disk: at 50,000 invites the index must stay under 20 MB (docs/product.md, Budgets), and
// long property names, ISO date strings, nulls and the address kept twice were half of each record. So the
// stored shape uses one-letter names, dates as epoch milliseconds, and leaves out what is empty or repeated.
// Everything outside this file sees `IndexedInvite`.

export interface StoredInvite {
  /** Lowercased address, then id: the primary key. */
  e: string;
  i: string;
  /** The address as AlfaOne wrote it, only when it differs from `e`. */
  r?: string;
  n?: string;
  a: string;
  /** Assessment name. */
  m: string;
  s: string;
  /** sentAt in ms (the `bySentAt` index), with the raw text only when it is not a date. */
  t: number;
  tr?: string;
  x: number;
  xr?: string;
  /** acceptedAt, startedAt, completedAt in ms, when set. */
  ac?: number;
  st?: number;
  co?: number;
  /** seenRound, when not 0. */
  k?: number;
  /** Sent from this browser (its notifications are on by default: docs/product.md, Follow up). */
  o?: 1;
  /**
   * Minus the date the Follow up view orders this invite by within its status, in ms (the `byStatus` index, after
   * `s`): completed, started or accepted at; the expiry of a pending or expired invite; the send of the rest.
   * Negated, so that the index's own order is the newest first.
   */
  g: number;
}

/** `g`: what the view's groups are read in order of (follow-up-read.ts), so that no group needs the whole index. */
function groupOrder(stored: Omit<StoredInvite, 'g'>): number {
  if (stored.s === 'completed') return -(stored.co ?? stored.t);
  if (stored.s === 'started') return -(stored.st ?? stored.t);
  if (stored.s === 'accepted') return -(stored.ac ?? stored.t);
  if (stored.s === 'pending' || stored.s === 'expired') return -stored.x;
  return -stored.t;
}

type Stamp = { ms: number; raw?: string };

function stamp(text: string): Stamp {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? { ms: 0, raw: text } : { ms };
}

const isoOf = (ms: number, raw: string | undefined) => raw ?? new Date(ms).toISOString();
const optionalMs = (text: string | null | undefined) => (text ? Date.parse(text) || undefined : undefined);
const optionalIso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());

export function pack(record: IndexedInvite): StoredInvite {
  const sent = stamp(record.sentAt);
  const expires = stamp(record.expiresAt);
  const stored: Omit<StoredInvite, 'g'> = {
    e: record.email,
    i: record.id,
    a: record.assessmentId,
    m: record.assessmentName,
    s: record.status,
    t: sent.ms,
    x: expires.ms,
  };
  if (record.recipientEmail !== record.email) stored.r = record.recipientEmail;
  if (record.recipientName) stored.n = record.recipientName;
  if (sent.raw !== undefined) stored.tr = sent.raw;
  if (expires.raw !== undefined) stored.xr = expires.raw;
  const accepted = optionalMs(record.acceptedAt);
  const started = optionalMs(record.startedAt);
  const completed = optionalMs(record.completedAt);
  if (accepted !== undefined) stored.ac = accepted;
  if (started !== undefined) stored.st = started;
  if (completed !== undefined) stored.co = completed;
  if (record.seenRound) stored.k = record.seenRound;
  if (record.own) stored.o = 1;
  return { ...stored, g: groupOrder(stored) };
}

export function unpack(stored: StoredInvite): IndexedInvite {
  return {
    id: stored.i,
    email: stored.e,
    recipientEmail: stored.r ?? stored.e,
    recipientName: stored.n ?? null,
    assessmentId: stored.a,
    assessmentName: stored.m,
    status: stored.s,
    sentAt: isoOf(stored.t, stored.tr),
    expiresAt: isoOf(stored.x, stored.xr),
    acceptedAt: optionalIso(stored.ac),
    startedAt: optionalIso(stored.st),
    completedAt: optionalIso(stored.co),
    seenRound: stored.k ?? 0,
    ...(stored.o ? { own: true } : {}),
  };
}
