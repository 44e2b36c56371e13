import { createApiClient, type ApiClient, type ApiClientOptions } from '@/lib/api/client';
import { AppError, isKeyError } from '@/lib/api/errors';
import { keyInForce } from '@/lib/storage/api-key';
import { keyStatus, settings } from '@/lib/storage/items';
import { RATE_TIERS, type Settings } from '@/lib/settings/settings';
import { updateBadge } from './badge';
import { MAX_SLEEP_MS, sleepAlive } from './keep-alive';
import { holdBudget, takeSlot } from './rate-budget';
import { hasHostPermission } from './host-permission';
import { lockStorage } from './lifecycle';
import { assertKeyUsable, statusOfKey } from './key-usable';
import { i18n } from '#i18n';

/** How long everyone waits after a 429 that did not say (Retry-After is undocumented). */
const RATE_HOLD_DEFAULT_MS = 5_000;

/** Fails closed where Chrome's storage lock could not be set (docs/security.md SEC-3): nothing goes out. */
export async function assertStorageWalled(): Promise<void> {
  if ((await lockStorage()) === 'unavailable') throw new AppError('storage-unprotected');
}

/**
 * Runs `fn` with a client for the key in force and the settings (docs/product.md, Keys: one key is in force). A key
 * AlfaOne refused is not used again (docs/security.md SEC-6): the call fails at once with the stored problem until
 * the user replaces the key; so does a key the status does not describe yet (key-usable.ts).
 */
export async function withApi<T>(fn: (client: ApiClient, key: string) => Promise<T>): Promise<T> {
  await assertStorageWalled();
  const [key, status, current] = await Promise.all([keyInForce(), keyStatus.getValue(), settings.getValue()]);
  if (!key) throw new AppError('key-missing');
  assertKeyUsable(status, key);
  if (!(await hasHostPermission(current.baseUrl))) throw new AppError('permission-missing');
  const client = budgetedClient(key, current, () => assertKeyStillUsable(key));
  try {
    return await fn(client, key);
  } catch (error) {
    // Only AlfaOne's own 401 blames the key; a proxy's or firewall's refusal does not.
    if (error instanceof AppError && isKeyError(error.kind) && error.status === 401)
      await markKeyNeedsAttention(key, error);
    throw error;
  }
}

/**
 * A client for `key` that spends the one shared rate budget, holds it for everyone on a 429, and sleeps only as
 * long as a worker may. `stillUsable` runs after each wait for a slot, before the request leaves.
 */
export function budgetedClient(
  key: string,
  current: Settings,
  stillUsable: () => Promise<void> = async () => undefined,
  overrides: Partial<ApiClientOptions> = {},
): ApiClient {
  return createApiClient({
    baseUrl: current.baseUrl,
    apiKey: key,
    beforeRequest: async () => {
      const answered = await takeSlot(RATE_TIERS[current.tier]);
      // The wait may have been long: a key removed, replaced or refused meanwhile sends nothing more (SEC-6), nor
      // does anything once access to AlfaOne's origin was taken back (PERM-2).
      const usable = async () => {
        await stillUsable();
        if (!(await hasHostPermission(current.baseUrl))) throw new AppError('permission-missing');
      };
      await usable().catch(async (error: unknown) => {
        await answered();
        throw error;
      });
      return answered;
    },
    // AlfaOne counts differently than we thought (another device on the same key, say): everyone waits.
    onRateLimited: (retryAfterMs) => holdBudget(retryAfterMs ?? RATE_HOLD_DEFAULT_MS),
    maxSleepMs: MAX_SLEEP_MS,
    sleep: sleepAlive,
    ...overrides,
  });
}

async function assertKeyStillUsable(usedKey: string): Promise<void> {
  const [key, status] = await Promise.all([keyInForce(), keyStatus.getValue()]);
  if (key !== usedKey) throw new AppError('key-missing', { message: i18n.t('errors.keyChanged') });
  assertKeyUsable(status, usedKey);
}

/** AlfaOne refused `usedKey` (SEC-6): it is marked, so nothing more is asked with it and the user is told. */
export async function markKeyNeedsAttention(usedKey: string, error: AppError): Promise<void> {
  // The key may have been replaced while this request was in flight: only blame the key that failed.
  if ((await keyInForce()) !== usedKey) return;
  const status = await keyStatus.getValue();
  // Mid-switch the status may still describe the key before: marking it would blame that one.
  if (statusOfKey(status, usedKey) !== status) return;
  await keyStatus.setValue({ ...status, state: 'needs-attention', problem: error.toInfo() });
  await updateBadge();
}
