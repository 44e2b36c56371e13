import { describe, expect, it } from 'vitest';
import { isRoleAddress } from '../role-address';

describe('isRoleAddress', () => {
  it.each([
    'info@example.com',
    'sales@example.com',
    'support@example.com',
    'jobs@example.com',
    'careers@example.com',
    'hr@example.com',
    'press@example.com',
    'hello@example.com',
    'contact@example.com',
    'team@example.com',
    'solutions@example.com',
    'admin@example.com',
    'noreply@example.com',
    'no-reply@example.com',
    'postmaster@example.com', // RFC 2142
    'abuse@example.com',
    'webmaster@example.com',
    'Jobs-Europe@example.com',
    'press.desk@example.com',
    'support2@example.com',
    'careers+linkedin@example.com',
    'it-help@example.edu',
    'linguistics-office@example.edu',
    'empleo@example.es', // Spanish, Portuguese, French, German
    'rrhh@example.es',
    'secretaria@example.es',
    'secretaria.linguistica@uni-ejemplo.es',
    'Secretaría@example.es',
    'segreteria@example.it',
    'información@example.es',
    'vagas@example.com.br',
    'recrutement@example.fr',
    'karriere@example.de',
  ])('should call %s a role address', (email) => {
    expect(isRoleAddress(email)).toBe(true);
  });

  it.each([
    'jane.doe@example.com',
    'priya@example.com', // not "pr"
    'hiroshi@example.jp', // not "hi"
    'h.okafor@example.edu',
    'teamlead.anna@example.com',
    'salesforce.dev@example.com',
    'ana@example.com',
  ])('should call %s a person’s', (email) => {
    expect(isRoleAddress(email)).toBe(false);
  });
});
