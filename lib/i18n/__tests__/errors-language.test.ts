import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AppError, errorFromResponse } from '@/lib/api/errors';
import { getMessageFrom, loadMessages } from '../../../test/locale-messages';

// AlfaOne answers in English. Its words are shown as sent, in every language; a Spanish reader gets what they mean,
// then the fix, in Spanish. Our own words are translated.

const inSpanish = () => Object.assign(fakeBrowser.i18n, { getMessage: getMessageFrom(loadMessages('es')) });

describe('error words by language', () => {
  it('in English, shows AlfaOne’s words and our fix, as before', () => {
    const error = errorFromResponse(401, 'API key has expired', null);
    expect(error.message).toBe('API key has expired');
    expect(error.action).toBe(
      'Generate a new key on the Integrations page (Settings → Integrations) and save it in the options.',
    );
  });

  it('in Spanish, keeps AlfaOne’s words and explains them before the fix', () => {
    inSpanish();
    const error = errorFromResponse(401, 'API key has expired', null);
    expect(error.message).toBe('API key has expired');
    expect(error.action).toBe(
      'La clave de API ha caducado. Genera una clave nueva en la página de Integrations (Settings → Integrations) y guárdala en las opciones.',
    );
  });

  it('in Spanish, keeps a validation message from AlfaOne verbatim and says it refused the request', () => {
    inSpanish();
    const error = errorFromResponse(400, 'expiresInDays must be at least 1', null);
    expect(error.message).toBe('expiresInDays must be at least 1');
    expect(error.action).toBe('AlfaOne rechazó la solicitud. Corrige los valores marcados y vuelve a intentarlo.');
  });

  it('in Spanish, translates the extension’s own words, with no explanation to add', () => {
    inSpanish();
    const error = new AppError('network');
    expect(error.message).toBe('No se pudo conectar con AlfaOne');
    expect(error.action).toBe('Revisa tu conexión; la extensión lo reintentará cuando vuelva.');
  });

  it('in Spanish, keeps AlfaOne’s documented words when the error brought none, and explains them', () => {
    inSpanish();
    const error = new AppError('rate-limited');
    expect(error.message).toBe('Rate limit exceeded. Please try again later.');
    expect(error.action).toBe(
      'Demasiadas solicitudes a AlfaOne por ahora. Espera un momento: las solicitudes se reanudan solas.',
    );
  });

  it('keeps a stored error’s words when it is rebuilt', () => {
    const info = errorFromResponse(429, 'Rate limit exceeded. Please try again later.', null).toInfo();
    inSpanish();
    expect(AppError.from(info).toInfo()).toEqual(info);
  });
});
