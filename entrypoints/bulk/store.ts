import { keyIdOf } from '@/lib/key/key-format';
import { create } from 'zustand';
import { browser } from 'wxt/browser';
import { decodeFile } from '@/lib/bulk/decode';
import { parseCsv } from '@/lib/bulk/parse-csv';
import { parseCandidatesText } from '@/lib/bulk/parse-text';
import type { ParsedList } from '@/lib/bulk/parsed-line';
import { addressesToCheck, emailKey, reviewList, toRunLines, type ReviewItem } from '@/lib/bulk/review';
import type { BulkRun, BulkRunAction } from '@/lib/bulk/run-schema';
import { callBackground } from '@/lib/messaging/call';
import type { ErrorInfo } from '@/lib/api/errors';
import type { AssessmentSummary, Invite } from '@/lib/messaging/views';
import { DEFAULT_SETTINGS, RATE_TIERS, type InviteOptions } from '@/lib/settings/settings';
import { bulkRun, keyStatus, settings, type KeyStatus } from '@/lib/storage/items';
import { draftToText } from './draft-text';
import { i18n } from '#i18n';

export type Review =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'ready'; items: ReviewItem[] }
  | { status: 'error'; message: string; action?: string };

interface BulkState {
  key: KeyStatus | null;
  assessments: AssessmentSummary[];
  /** Assessment ids, most recently used first (the picker lists them first). */
  recentIds: string[];
  assessmentId: string;
  options: InviteOptions;
  limitPerMinute: number;
  text: string;
  /** A chosen CSV file, read and parsed: while it is there, the review is of the file. */
  file: { name: string; list: ParsedList; note?: string } | null;
  fileError: string;
  draftNote: string;
  review: Review;
  /** Lines of people already invited that the user chose to invite again, one by one. */
  chosen: number[];
  /** The run as the background keeps it (mirrored from storage). */
  run: BulkRun | null;
  starting: boolean;
  error: ErrorInfo | null;

  init: () => Promise<void>;
  setText: (text: string) => void;
  chooseFile: (file: File) => Promise<void>;
  clearFile: () => void;
  setAssessment: (id: string) => void;
  setOptions: (options: InviteOptions) => void;
  check: () => Promise<void>;
  toggleChosen: (line: number) => void;
  send: () => Promise<void>;
  control: (action: BulkRunAction) => Promise<void>;
}

const IDLE: Review = { status: 'idle' };

export const useBulkStore = create<BulkState>()((set, get) => {
  async function loadAssessments(key: KeyStatus): Promise<void> {
    if (key.state !== 'connected') return;
    const listed = await callBackground('listAssessments', { refresh: false });
    if (!listed.ok) return set({ error: listed.error });
    const { assessments, recentIds } = listed.data;
    const recent = recentIds.filter((id) => assessments.some((a) => a.id === id));
    set({ assessments, recentIds: recent, assessmentId: get().assessmentId || recent[0] || '' });
  }

  return {
    key: null,
    assessments: [],
    recentIds: [],
    assessmentId: '',
    options: DEFAULT_SETTINGS.inviteDefaults,
    limitPerMinute: RATE_TIERS.standard,
    text: '',
    file: null,
    fileError: '',
    draftNote: '',
    review: IDLE,
    chosen: [],
    run: null,
    starting: false,
    error: null,

    async init() {
      const [key, current, run, draft] = await Promise.all([
        keyStatus.getValue(),
        settings.getValue(),
        bulkRun.getValue(),
        callBackground('takeBulkDraft'),
      ]);
      bulkRun.watch((next) => set({ run: next }));
      keyStatus.watch((next) => {
        const before = get().key;
        set({ key: next });
        // Another key in force (switched in the popup): the list and the review were the other environment's.
        if (before && keyIdOf(before) !== keyIdOf(next)) {
          set({ assessments: [], assessmentId: '', review: IDLE, error: null });
          void loadAssessments(next);
        }
      });
      set({ key, run, options: current.inviteDefaults, limitPerMinute: RATE_TIERS[current.tier] });
      if (draft.ok && draft.data.length) set(draftToText(draft.data));
      await loadAssessments(key);
    },

    setText: (text) => set({ text, file: null, fileError: '', review: IDLE }),
    async chooseFile(file) {
      const decoded = decodeFile(new Uint8Array(await file.arrayBuffer()));
      if (decoded.error) return set({ file: null, fileError: decoded.error, review: IDLE });
      set({ file: { name: file.name, list: parseCsv(decoded.text), note: decoded.note }, fileError: '', review: IDLE });
    },
    clearFile: () => set({ file: null, fileError: '', review: IDLE }),
    setAssessment: (assessmentId) => set({ assessmentId, review: IDLE }),
    setOptions: (options) => set({ options }),

    async check() {
      const { file, text, assessmentId } = get();
      const list = file ? file.list : parseCandidatesText(text);
      if (list.error) return set({ review: { status: 'error', message: list.error } });
      if (!assessmentId) return set({ review: { status: 'error', message: i18n.t('bulk.chooseAssessmentFirst') } });
      set({ review: { status: 'checking' }, chosen: [] });
      const live = new Map<string, Invite[]>();
      const emails = addressesToCheck(list.lines);
      if (emails.length) {
        const result = await callBackground('checkBulkInvites', { assessmentId, emails });
        // The list or the assessment changed while AlfaOne was asked: that review is stale.
        if (get().review.status !== 'checking' || get().assessmentId !== assessmentId) return;
        if (!result.ok)
          return set({ review: { status: 'error', message: result.error.message, action: result.error.action } });
        for (const { email, invites } of result.data) live.set(emailKey(email), invites);
      }
      set({ review: { status: 'ready', items: reviewList(list.lines, live) } });
    },

    toggleChosen(line) {
      const chosen = get().chosen;
      set({ chosen: chosen.includes(line) ? chosen.filter((l) => l !== line) : [...chosen, line] });
    },

    async send() {
      const { review, chosen, assessmentId, options, starting } = get();
      if (review.status !== 'ready' || starting) return;
      set({ starting: true, error: null });
      const result = await callBackground('startBulkRun', {
        assessmentId,
        options,
        lines: toRunLines(review.items, new Set(chosen)),
      });
      if (result.ok) set({ run: result.data, review: IDLE, starting: false });
      else set({ error: result.error, starting: false });
    },

    async control(action) {
      const run = get().run;
      if (!run) return;
      set({ error: null });
      const result = await callBackground('controlBulkRun', { id: run.id, action });
      if (!result.ok) set({ error: result.error });
      else if (action === 'dismiss') set({ run: null });
    },
  };
});

export const openOptions = () => void browser.runtime.openOptionsPage();
