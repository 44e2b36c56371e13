import { describe, expect, it } from 'vitest';
import { decodeObfuscated, mayBeObfuscated } from '../deobfuscate';

describe('decodeObfuscated', () => {
  it.each([
    ['jane [at] uni [dot] edu', 'jane@uni.edu'],
    ['Contact: jane.whitfield [at] example-tech [dot] edu · Office 4.12', 'jane.whitfield@example-tech.edu'],
    ['jane at uni dot edu', 'jane@uni.edu'],
    ['marco.bianchi AT example-tech DOT edu', 'marco.bianchi@example-tech.edu'],
    ['jane(at)uni.edu', 'jane@uni.edu'],
    ['jane (at) cs (dot) uni (dot) edu', 'jane@cs.uni.edu'],
    ['jane{at}uni{dot}edu', 'jane@uni.edu'],
    ['jane <at> uni <dot> edu', 'jane@uni.edu'],
    ['li.wei[at]example-tech.edu.', 'li.wei@example-tech.edu'],
    ['mibanez arroba ling.uni-ejemplo punto es', 'mibanez@ling.uni-ejemplo.es'],
    ['Correo: m.ibanez (arroba) uni-ejemplo (punto) es', 'm.ibanez@uni-ejemplo.es'],
    ['mibanez[ARROBA]uni-ejemplo[PUNTO]es', 'mibanez@uni-ejemplo.es'],
    ['mibanez (arroba) uni-ejemplo.es', 'mibanez@uni-ejemplo.es'],
  ])('should decode %j', (text, expected) => {
    expect(decodeObfuscated(text).map((d) => d.email)).toEqual([expected]);
  });

  it('should keep what was written, for the provenance', () => {
    expect(decodeObfuscated('Mail: jane [at] uni [dot] edu, thanks')).toEqual([
      { email: 'jane@uni.edu', written: 'jane [at] uni [dot] edu' },
    ]);
  });

  it.each([
    ['a sentence with "at" and a domain', 'We met at example.com last year'],
    ['a sentence with "at" twice', 'We meet at noon at the cafeteria'],
    ['a hyphenated last label', 'lab news at lab dot example-tech is old'],
    ['no local part', '[at] uni [dot] edu'],
    ['a Spanish sentence with "punto"', 'Quedamos a las diez en punto en el punto de encuentro'],
    ['"arroba" without a spelled dot', 'El signo se llama arroba en castellano'],
    ['a plain address (not obfuscated)', 'jane@uni.edu'],
  ])('should find nothing in %s', (_label, text) => {
    expect(decodeObfuscated(text)).toEqual([]);
  });

  it('should read a bounded prefix of a long text', () => {
    const text = `${'x'.repeat(5_000)} jane [at] uni [dot] edu`;
    expect(decodeObfuscated(text)).toEqual([]);
  });

  it.each([
    ['jane [at] uni', true],
    ['jane(AT)uni', true],
    ['meet at noon', false],
    ['jane at uni dot edu', true],
    ['nothing here', false],
    ['Atlas and cat', false],
    ['m.ibanez (arroba) uni-ejemplo', true],
    ['mibanez arroba uni-ejemplo punto es', true],
  ])('should say whether %j may hold one', (text, expected) => {
    expect(mayBeObfuscated(text)).toBe(expected);
  });
});
