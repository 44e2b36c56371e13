import { sendMessage, type MessageType, type ProtocolMap } from './protocol';
import type { Result } from './result';
import { i18n } from '#i18n';

type Data<T extends MessageType> = Parameters<ProtocolMap[T]>[0];

/** Sends a message to the background; a background that cannot answer becomes a failed Result, never a throw. */
export async function callBackground<T extends MessageType>(
  type: T,
  ...data: Data<T> extends undefined ? [] : [Data<T>]
): Promise<ReturnType<ProtocolMap[T]>> {
  try {
    // The rest parameter above is the typed signature; the library's own overloads cannot be picked for a generic T.
    return await (sendMessage as (type: T, data?: Data<T>) => Promise<ReturnType<ProtocolMap[T]>>)(type, data[0]);
  } catch (error) {
    const failure: Result<never> = {
      ok: false,
      error: {
        kind: 'network',
        message: i18n.t('errors.noAnswer'),
        action: i18n.t('errors.noAnswerAction', { detail: error instanceof Error ? error.message : String(error) }),
      },
    };
    return failure as ReturnType<ProtocolMap[T]>;
  }
}
