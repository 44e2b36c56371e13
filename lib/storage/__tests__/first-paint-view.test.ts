// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dropFirstPaintCopy, firstPaintCopyId, writeFirstPaintCopy, type FirstPaintCopy } from '../first-paint';
import { lastFirstPaintView, saveFirstPaintView, showLastFirstPaintView } from '../first-paint-view';

const COPY: FirstPaintCopy = {
  key: { configured: true, mode: 'live', last4: 'o5p6', state: 'connected', verifiedAt: 1 },
  assessments: [{ id: 'asm_1', name: 'Backend (Go)', languages: ['en'] }],
  recentIds: ['asm_1'],
  inviteDefaults: { questionReplayLimit: 1, answerRecordLimit: 1 } as FirstPaintCopy['inviteDefaults'],
};
const VIEW = '<main><input type="radio" name="assessment"><label>Backend (Go)</label></main>';

let locale = 'en';
beforeEach(() => {
  localStorage.clear();
  locale = 'en';
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'AlfaOne Invite', version: '1.0.0' });
  fakeBrowser.i18n.getMessage = ((name: string) => (name === '@@ui_locale' ? locale : '')) as never;
  document.body.innerHTML = '<div id="root" data-surface="popup"></div>';
});

function savedForCurrentCopy(): void {
  writeFirstPaintCopy(COPY);
  saveFirstPaintView('popup', VIEW, firstPaintCopyId()!);
}

describe('the saved first view', () => {
  it('is drawn into the root, inert, while it belongs to the copy in storage', () => {
    savedForCurrentCopy();

    showLastFirstPaintView(document.getElementById('root'));

    const root = document.getElementById('root')!;
    expect(root.querySelector('label')?.textContent).toBe('Backend (Go)');
    expect([...root.children].every((child) => (child as HTMLElement).inert)).toBe(true);
  });

  it('keeps its copy id while the copy is written unchanged, and loses it when the copy changes', () => {
    savedForCurrentCopy();
    const id = firstPaintCopyId();

    writeFirstPaintCopy(structuredClone(COPY));
    expect(firstPaintCopyId()).toBe(id);
    expect(lastFirstPaintView('popup')).toBe(VIEW);

    writeFirstPaintCopy({ ...COPY, recentIds: [] });
    expect(firstPaintCopyId()).not.toBe(id);
    expect(lastFirstPaintView('popup')).toBeNull();
  });

  it('is not drawn without a copy, for another version or language, or for another surface', () => {
    savedForCurrentCopy();
    expect(lastFirstPaintView('sidepanel')).toBeNull();

    locale = 'es';
    expect(lastFirstPaintView('popup')).toBeNull();
    locale = 'en';

    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'AlfaOne Invite', version: '1.0.1' });
    expect(lastFirstPaintView('popup')).toBeNull();
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'AlfaOne Invite', version: '1.0.0' });

    dropFirstPaintCopy();
    showLastFirstPaintView(document.getElementById('root'));
    expect(document.getElementById('root')!.childElementCount).toBe(0);
  });

  it('draws nothing from a record that is not one, or into a root of no known surface', () => {
    savedForCurrentCopy();
    document.body.innerHTML = '<div id="root" data-surface="options"></div>';
    showLastFirstPaintView(document.getElementById('root'));
    expect(document.getElementById('root')!.childElementCount).toBe(0);

    for (const raw of ['{', 'null', JSON.stringify({ copyId: firstPaintCopyId(), html: 5 })]) {
      localStorage.setItem('alfaone-invite:first-paint-view:popup', raw);
      expect(lastFirstPaintView('popup')).toBeNull();
    }
  });
});
