import { SANDBOX_KEYS } from '../sandbox/keys';
import { startSandbox, type RunningSandbox } from '../sandbox/server';
import { BASE_URL_CHOICES, DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { apiKey } from '@/lib/storage/api-key';
import { keyStatus, settings } from '@/lib/storage/items';

// The real sandbox for a unit test of the background (outbox, bulk runs), on a free port, with what such tests ask
// of it through its control API.

export interface UnitSandbox {
  sandbox: RunningSandbox;
  /** The first assessment of the seeded organization. */
  assessmentId: string;
  control: (path: string, method?: string, body?: unknown) => Promise<Record<string, unknown>>;
  posts: () => Promise<{ method: string }[]>;
  invitesTo: (email: string) => Promise<{ recipientEmail: string }[]>;
}

export async function startUnitSandbox(): Promise<UnitSandbox> {
  const sandbox = await startSandbox({ port: 0 });
  // As in a build made for the sandbox (WXT_API_BASE_URL): its URL is one the settings accept (SEC-8 checks them).
  (BASE_URL_CHOICES as string[]).push(sandbox.baseUrl);
  const first = await fetch(`${sandbox.baseUrl}/assessments?limit=1`, { headers: { 'x-api-key': SANDBOX_KEYS.live } });
  const assessmentId = ((await first.json()) as { assessments: { id: string }[] }).assessments[0]!.id;
  const control: UnitSandbox['control'] = (path, method = 'GET', body) =>
    fetch(`${sandbox.url}/__sandbox${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then((r) => r.json());
  return {
    sandbox,
    assessmentId,
    control,
    posts: async () =>
      ((await control('/requests')).requests as { method: string }[]).filter((r) => r.method === 'POST'),
    invitesTo: async (email) =>
      ((await control('/invites')).invites as { recipientEmail: string }[]).filter((i) => i.recipientEmail === email),
  };
}

/** The sandbox's live key saved, checked and in force, and the settings pointing at the sandbox: a signed-in user. */
export async function useLiveKey(sandbox: RunningSandbox): Promise<void> {
  const { live } = SANDBOX_KEYS;
  await apiKey.setValue({ inForce: 'live', live });
  await keyStatus.setValue({ configured: true, mode: 'live', last4: live.slice(-4), state: 'connected' });
  await settings.setValue({ ...DEFAULT_SETTINGS, baseUrl: sandbox.baseUrl });
}
