// Page text is written by strangers (docs/security.md SEC-9): every scan of it spends from a budget, so a run's work
// has a ceiling whatever the page holds. `examined` counts every character looked at, which the tests read to
// show the work grows linearly with the input.

/** The most of one text (a text node, a selection, an element) that is read, and the default budget of one call. */
export const TEXT_SCAN_LIMIT = 100_000;
/** Characters one detection run may look at across all the text nodes of a page. */
export const RUN_SCAN_LIMIT = 1_000_000;
/** Characters read around one "@": the longest local part (64) and domain (253) plus the character past each. */
export const LOCAL_WINDOW = 65;
export const DOMAIN_WINDOW = 254;

export interface ScanBudget {
  /** Characters looked at so far. */
  examined: number;
  /** Stop once `examined` reaches this. */
  readonly limit: number;
  /** A clock deadline (`performance.now()` scale), checked now and then: the content script's time budget. */
  readonly deadline?: number;
  /** Set once the budget ran out: what was found so far stands, the rest of the text is not read. */
  exhausted: boolean;
  /** It was the clock: a later run, with the code warm and the page idle, may get further. */
  timedOut: boolean;
}

export function scanBudget(limit = TEXT_SCAN_LIMIT, deadline?: number): ScanBudget {
  return { examined: 0, limit, deadline, exhausted: false, timedOut: false };
}

/** Charges `chars` characters; false once the budget is spent (by count or by the clock). */
export function spend(budget: ScanBudget, chars: number): boolean {
  if (budget.exhausted) return false;
  const before = budget.examined;
  budget.examined += chars;
  // The clock is read about once per 4,096 characters: cheap, and fine-grained enough for a 50 ms budget.
  const tick = budget.deadline !== undefined && before >>> 12 !== budget.examined >>> 12;
  if (tick && performance.now() > budget.deadline!) budget.timedOut = true;
  if (budget.examined > budget.limit || budget.timedOut) budget.exhausted = true;
  return !budget.exhausted;
}
