// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { announceChange } from '../changes';
import {
  dropFirstPaintCopyOnChange,
  readFirstPaintCopy,
  sameCopy,
  writeFirstPaintCopy,
  type FirstPaintCopy,
} from '../first-paint';

const COPY: FirstPaintCopy = {
  key: { configured: true, mode: 'live', last4: 'o5p6', state: 'connected', verifiedAt: 1 },
  assessments: [{ id: 'asm_1', name: 'Backend (Go)', languages: ['en'] }],
  recentIds: ['asm_1'],
  inviteDefaults: { questionReplayLimit: 1, answerRecordLimit: 1 } as FirstPaintCopy['inviteDefaults'],
};

beforeEach(() => {
  localStorage.clear();
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'AlfaOne Invite', version: '1.0.0' });
});

describe('first-paint copy', () => {
  it('reads back what was written', () => {
    writeFirstPaintCopy(COPY);
    expect(readFirstPaintCopy()).toEqual(COPY);
    expect(sameCopy(readFirstPaintCopy(), COPY)).toBe(true);
    expect(sameCopy(null, COPY)).toBe(false);
  });

  it("ignores another version's copy, and one that is not JSON or not of this shape", () => {
    writeFirstPaintCopy(COPY);
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'AlfaOne Invite', version: '1.0.1' });
    expect(readFirstPaintCopy()).toBeNull();
    for (const raw of [
      '{',
      'null',
      JSON.stringify({ version: '1.0.1', copy: { ...COPY, assessments: [{ id: 1 }] } }),
    ]) {
      localStorage.setItem('alfaone-invite:first-paint', raw);
      expect(readFirstPaintCopy()).toBeNull();
    }
  });

  it('is dropped in a page that hears the key or the settings change, not a refreshed list', async () => {
    writeFirstPaintCopy(COPY);
    dropFirstPaintCopyOnChange();
    announceChange('assessmentsCache');
    announceChange('recentAssessmentIds');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readFirstPaintCopy()).toEqual(COPY);
    announceChange('keyStatus');
    await expect.poll(() => readFirstPaintCopy()).toBeNull();
  });
});
