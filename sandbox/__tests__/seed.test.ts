// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { keyLabel, lookupKey, SANDBOX_KEYS, SANDBOX_ORGS } from '../keys';
import { createSeed } from '../seed';
import { INVITE_STATUSES } from '../types';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('SANDBOX_KEYS', () => {
  it.each(Object.entries(SANDBOX_KEYS))('should give the %s key the documented format', (_name, key) => {
    expect(key).toMatch(/^ak_(live|test)_[a-z0-9]{32}$/);
  });

  it('should use five distinct keys mapped to the right orgs and states', () => {
    expect(new Set(Object.values(SANDBOX_KEYS)).size).toBe(5);
    expect(SANDBOX_KEYS.test.startsWith('ak_test_')).toBe(true);
    expect(lookupKey(SANDBOX_KEYS.test)?.orgId).toBe(SANDBOX_ORGS.northwind.id);
    expect(lookupKey(SANDBOX_KEYS.empty)?.orgId).toBe(SANDBOX_ORGS.empty.id);
    expect(lookupKey(SANDBOX_KEYS.expired)?.status).toBe('expired');
    expect(lookupKey(SANDBOX_KEYS.revoked)?.status).toBe('revoked');
    expect(lookupKey('toString')).toBeUndefined();
  });

  it('should label keys for logs without echoing them', () => {
    expect([keyLabel(SANDBOX_KEYS.live), keyLabel('ak_live_nope'), keyLabel(null)]).toEqual([
      'live',
      'unknown key',
      'no key',
    ]);
  });
});

describe('createSeed', () => {
  const seed = createSeed();

  it('should be identical on every call', () => {
    expect(createSeed()).toEqual(seed);
  });

  it('should hold 120 assessments with unique names and v4-shaped ids', () => {
    expect(seed.assessments).toHaveLength(120);
    expect(new Set(seed.assessments.map((a) => a.name)).size).toBe(120);
    expect(seed.assessments.every((a) => UUID_V4.test(a.id))).toBe(true);
  });

  it('should stagger createdAt strictly downwards, with updatedAt never before createdAt', () => {
    const created = seed.assessments.map((a) => Date.parse(a.createdAt));

    expect(created.every((t, i) => i === 0 || t < (created[i - 1] as number))).toBe(true);
    expect(seed.assessments.every((a) => a.updatedAt >= a.createdAt)).toBe(true);
  });

  it('should make inviteCount equal the seeded invites of each assessment', () => {
    for (const a of seed.assessments) {
      expect(a.inviteCount).toBe(seed.invites.filter((i) => i.assessmentId === a.id).length);
    }
  });

  it('should seed about 40 invites covering every status, with synthetic addresses', () => {
    const statuses = new Set(seed.invites.map((i) => i.status));

    expect(seed.invites).toHaveLength(40);
    expect([...statuses].sort()).toEqual([...INVITE_STATUSES].sort());
    expect(seed.invites.every((i) => /@example\.(com|org)$/i.test(i.recipientEmail))).toBe(true);
    expect(seed.invites.every((i) => UUID_V4.test(i.id))).toBe(true);
  });

  it('should never hold two pending invites for one assessment and email', () => {
    const pending = seed.invites
      .filter((i) => i.status === 'pending')
      .map((i) => `${i.assessmentId}|${i.recipientEmail.toLowerCase()}`);

    expect(new Set(pending).size).toBe(pending.length);
  });

  it.each(INVITE_STATUSES)('should give %s invites timestamps consistent with their status', (status) => {
    for (const i of seed.invites.filter((invite) => invite.status === status)) {
      expect(i.acceptedAt !== null).toBe(['accepted', 'started', 'completed'].includes(status));
      expect(i.startedAt !== null).toBe(['started', 'completed'].includes(status));
      expect(i.completedAt !== null).toBe(status === 'completed');
      expect(i.revokedAt !== null).toBe(status === 'revoked');
      expect(i.expiresAt > i.sentAt).toBe(true);
      if (status === 'expired')
        expect(Date.parse(i.expiresAt)).toBeLessThan(Date.parse(seed.assessments[0]?.createdAt ?? ''));
    }
  });

  it('should give the empty org nothing', () => {
    expect(seed.assessments.some((a) => a.orgId === SANDBOX_ORGS.empty.id)).toBe(false);
    expect(seed.invites.some((i) => i.orgId === SANDBOX_ORGS.empty.id)).toBe(false);
  });
});
