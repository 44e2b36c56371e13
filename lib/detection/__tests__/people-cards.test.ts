// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cardName } from '../people-cards';
import { closeWindows, loadHtml } from './fixture';

afterEach(closeWindows);

describe('cardName', () => {
  it.each([
    [
      'a name marked up as one',
      '<div><b>PhD Student</b><span class="name">Idris Bello</span><p id="a">ib@example.edu</p></div>',
      'Idris Bello',
    ],
    [
      'a line above the address, classes hashed',
      '<div><strong>Doctorando</strong><p class="x1">Dr. Íñigo Zubiaurre</p><p id="a">iz@example.es</p></div>',
      'Íñigo Zubiaurre',
    ],
    ['no role as a name', '<div><p class="x1">Principal Investigator</p><p id="a">pi@example.edu</p></div>', undefined],
    [
      'no link text as a name',
      '<ul><li><a href="https://scholar.example.org/">Google Scholar</a></li><li id="a">ho@example.edu</li></ul>',
      undefined,
    ],
    ['no line below the address', '<div><p id="a">ho@example.edu</p><p>Helena Okafor</p></div>', undefined],
    [
      'no name in a card with two addresses',
      '<div><p>Ana Ruiz</p><p id="a">ana@example.es</p><p>luis@example.es</p></div>',
      undefined,
    ],
  ])('should read %s', (_label, body, expected) => {
    const doc = loadHtml(body);
    expect(cardName(doc.getElementById('a')!)).toBe(expected);
  });
});
