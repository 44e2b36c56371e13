import { bulkRunSchema, type BulkRun, type BulkRunLine } from '@/lib/bulk/run-schema';
import { bulkRun } from '@/lib/storage/items';

// The one bulk run, read back with its schema before use (docs/security.md SEC-8) and changed one write at a time.

let writes: Promise<unknown> = Promise.resolve();
/** The last run this worker parsed or wrote, as stored: the same text needs no second parse (2,000 lines: ~50 ms). */
let known: { json: string; run: BulkRun } | undefined;

function parseStored(value: unknown): BulkRun | null {
  if (value === null || value === undefined) return null;
  const json = JSON.stringify(value);
  if (known?.json === json) return known.run;
  const parsed = bulkRunSchema.safeParse(value);
  if (parsed.success) {
    known = { json, run: parsed.data };
    return parsed.data;
  }
  console.warn(`A stored bulk run does not fit its schema and is ignored: ${parsed.error.issues[0]?.message ?? ''}`);
  return null;
}

export async function readRun(): Promise<BulkRun | null> {
  await writes;
  return parseStored(await bulkRun.getValue());
}

/** Read-modify-write of the run, serialized so concurrent lines never overwrite each other's results. */
export function updateRun<T>(change: (run: BulkRun | null) => { run: BulkRun | null; result: T }): Promise<T> {
  const turn = writes.then(async () => {
    const current = parseStored(await bulkRun.getValue());
    const { run, result } = change(current);
    if (run !== current) {
      await bulkRun.setValue(run);
      known = run ? { json: JSON.stringify(run), run } : undefined;
    }
    return result;
  });
  writes = turn.catch(() => undefined);
  return turn;
}

export function replaceLine(run: BulkRun, line: BulkRunLine): BulkRun {
  return { ...run, lines: run.lines.map((l) => (l.line === line.line ? line : l)) };
}

/** Changes one line of this run; a run dismissed or replaced meanwhile is left alone. */
export function patchLine(runId: string, lineNo: number, patch: Partial<BulkRunLine>): Promise<BulkRun | null> {
  return updateRun((run) => {
    const line = run?.id === runId ? run.lines.find((l) => l.line === lineNo) : undefined;
    if (!run || !line) return { run, result: null };
    const next = replaceLine(run, { ...line, ...patch });
    return { run: next, result: next };
  });
}
