/**
 * Fixed API keys the sandbox accepts. Each is `ak_live_`/`ak_test_` + 32 lowercase alphanumerics
 * (docs/api.md §2), so they also pass a strict client-side format check.
 */
export const SANDBOX_ORGS = {
  northwind: { id: '7b1f6c2e-4d3a-4e8b-9c5d-2a6f1e0b3c4d', name: 'Northwind Talent' },
  empty: { id: '0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b', name: 'Empty Pantry Co' },
} as const;

export const SANDBOX_KEYS = {
  /** Northwind Talent, active. */
  live: 'ak_live_sbxnorthwind0live0k3y0a1b2c3d4e5',
  /** Same org as `live`; a separate key with its own rate-limit window. */
  test: 'ak_test_sbxnorthwind0test0k3y0e5f6g7h8i9',
  /** Northwind Talent, past its expiry. */
  expired: 'ak_live_sbxnorthwind0expired0k3y0i9j0k1l',
  /** Northwind Talent, manually revoked. */
  revoked: 'ak_live_sbxnorthwind0revoked0k3y0k1l2m3n',
  /** A second org with no assessments and no invites. */
  empty: 'ak_live_sbxemptypantry00live0k3y0m3n4o5p',
} as const;

export type SandboxKeyName = keyof typeof SANDBOX_KEYS;
export type KeyStatus = 'active' | 'expired' | 'revoked';

export interface KeyRecord {
  name: SandboxKeyName;
  orgId: string;
  status: KeyStatus;
}

const RECORDS: Record<string, KeyRecord> = {
  [SANDBOX_KEYS.live]: { name: 'live', orgId: SANDBOX_ORGS.northwind.id, status: 'active' },
  [SANDBOX_KEYS.test]: { name: 'test', orgId: SANDBOX_ORGS.northwind.id, status: 'active' },
  [SANDBOX_KEYS.expired]: { name: 'expired', orgId: SANDBOX_ORGS.northwind.id, status: 'expired' },
  [SANDBOX_KEYS.revoked]: { name: 'revoked', orgId: SANDBOX_ORGS.northwind.id, status: 'revoked' },
  [SANDBOX_KEYS.empty]: { name: 'empty', orgId: SANDBOX_ORGS.empty.id, status: 'active' },
};

/** The record for a key value, or undefined for anything the sandbox doesn't know. */
export function lookupKey(value: string): KeyRecord | undefined {
  return Object.hasOwn(RECORDS, value) ? RECORDS[value] : undefined;
}

/** A short label for logs, so the CLI never echoes a whole key. */
export function keyLabel(value: string | null): string {
  if (value === null) return 'no key';
  return lookupKey(value)?.name ?? 'unknown key';
}
