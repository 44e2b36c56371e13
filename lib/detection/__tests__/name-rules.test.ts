// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { detectOnDemand } from '../on-demand';
import { nameAsRead, personName } from '../name-rules';
import { FIXTURE_CASES } from './__fixtures__/cases';
import { closeWindows, loadFixture } from './fixture';

afterEach(closeWindows);

describe('personName', () => {
  it.each([
    ['Jane Doe, Ph.D.', 'Jane Doe'],
    ['Renata Kowalski PhD', 'Renata Kowalski'],
    ['Prof. Helena Okafor', 'Helena Okafor'],
    ['Dra. Carmen Ruiz', 'Carmen Ruiz'],
    ['Jane Ma', 'Jane Ma'], // a surname, not a degree
    ['李四 lisi', '李四'], // the full name, not the login glued to it
    ['Ana María de la Cruz', 'Ana María de la Cruz'],
  ])('should read %j as %j', (text, name) => {
    expect(personName(text)).toBe(name);
  });

  it.each([
    'Principal Investigator',
    'Professor of Phonology',
    'PhD Student',
    'Contact',
    'People',
    'About me',
    'Investigadora Principal',
    'Profesora Titular',
    'Departamento de Informática',
    'Brightloom Engineering',
    'Marine Acoustics Lab',
    'Example University',
    '李四',
  ])('should not take %j for a name', (text) => {
    expect(personName(text)).toBeUndefined();
  });

  it("should keep a site profile's own name as written, unless it holds a role's word", () => {
    expect(nameAsRead('Jane Doe (she/her)', true)).toBe('Jane Doe (she/her)');
    expect(nameAsRead('Jane Doe (she/her)', false)).toBeUndefined();
    expect(nameAsRead('Talent Team', true)).toBeUndefined();
  });
});

// Roles, degrees, units and headings in English and Spanish: written here apart from name-rules.ts's own list, so a
// word missing there shows up as a failure here.
const NOT_A_NAME =
  /\b(?:principal|investigator|investigador[a]?|professor|profesor[a]?|student|estudiante|ph\.?d|postdoc|researcher|lecturer|department|departamento|faculty|facultad|university|universidad|lab|laboratory|laboratorio|contact|contacto|people|personas|about|acerca|home|inicio|team|equipo|staff|director[a]?|manager|engineer|ingenier[oa]|engineering|careers|jobs|empleo|blog|user|usuario|titular|analytics|labs)\b/i;

describe('no fixture proposes a role, a degree or a heading as a name', () => {
  it.each(FIXTURE_CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    const names = detectOnDemand(loadFixture(c.file, c.url), c.url).flatMap((f) => f.name ?? []);
    for (const name of names) expect(name).not.toMatch(NOT_A_NAME);
  });
});
