import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { findHardCoded } from './hard-coded';

// Every word a page shows comes from the messages (locales/*.yml), so the Spanish UI has no English left in it.

const ROOT = resolve(__dirname, '../../..');
const GLOBS = ['entrypoints/popup', 'entrypoints/sidepanel', 'entrypoints/options', 'entrypoints/bulk', 'components'];

/** Shown as they are in every language, each for a reason. */
const ALLOWED = new Set([
  // The shape of a key, as the placeholder of the key box: the same in every language.
  'ak_live_…',
]);

function componentFiles(): string[] {
  return GLOBS.flatMap((dir) => ts.sys.readDirectory(resolve(ROOT, dir), ['.tsx'], ['**/__tests__/**'], ['**/*.tsx']));
}

describe('no hard-coded words in components', () => {
  it('scans the pages’ and shared components', () => {
    expect(componentFiles().length).toBeGreaterThan(30);
  });

  it.each(componentFiles().map((f) => [f.slice(ROOT.length + 1), f]))('%s', (_, file) => {
    expect(findHardCoded(file, readFileSync(file, 'utf8'), ALLOWED)).toEqual([]);
  });
});

describe('the scanner', () => {
  const find = (source: string) => findHardCoded('sample.tsx', source).map((f) => f.text);

  it('finds JSX text, read attributes and literals shown as children', () => {
    expect(
      find(`export const A = ({ busy, n }: { busy: boolean; n?: string }) => (
        <form aria-label="Invite form">
          <label htmlFor="email">Candidate email</label>
          <input id="email" placeholder={'Search assessments'} title={\`Total \${n}\`} />
          <button type="submit">{busy ? 'Sending…' : i18n.t('popup.sendInvite')}</button>
          <p>{n ?? 'Nobody'}</p>
        </form>
      );`),
    ).toEqual(['Invite form', 'Candidate email', 'Search assessments', 'Total', 'Sending…', 'Nobody']);
  });

  it('leaves messages, code, symbols, and values that are not shown', () => {
    expect(
      find(`export const B = ({ s }: { s: string }) => (
        <div className="row small" role="status" data-x="alpha">
          {i18n.t('popup.bulkInvite')} · {s === 'ready' ? '—' : '…'}
          <code>x-api-key</code> <kbd>Alt+Shift+K</kbd>
          <button type="button" onClick={() => control('pause')}>{i18n.t('bulk.pause')}</button>
        </div>
      );`),
    ).toEqual([]);
  });
});
