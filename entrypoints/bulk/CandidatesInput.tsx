import { MAX_BULK_LINES } from '@/lib/bulk/limits';
import { useBulkStore } from './store';

/** The list: typed or pasted one person per line, or a CSV file. */
export function CandidatesInput() {
  const text = useBulkStore((s) => s.text);
  const file = useBulkStore((s) => s.file);
  const fileError = useBulkStore((s) => s.fileError);
  const draftNote = useBulkStore((s) => s.draftNote);
  const { setText, chooseFile, clearFile } = useBulkStore.getState();
  return (
    <fieldset>
      <label htmlFor="candidates">Candidates</label>
      <p id="candidates-help" className="muted small">
        One person per line: <code>email</code>, <code>Name &lt;email&gt;</code> or <code>email, Name</code>, or a
        column pasted from a spreadsheet. Up to {MAX_BULK_LINES.toLocaleString('en')}.
      </p>
      {draftNote && <p className="muted small">{draftNote}</p>}
      <textarea
        id="candidates"
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-describedby="candidates-help"
        spellCheck={false}
      />
      <label htmlFor="csv">Or choose a CSV file</label>
      <input
        id="csv"
        type="file"
        accept=".csv,.txt,.tsv,text/csv,text/plain"
        onChange={(e) => e.target.files?.[0] && void chooseFile(e.target.files[0])}
      />
      {fileError && (
        <p className="bad" role="alert">
          {fileError}
        </p>
      )}
      {file && (
        <div className="notice" role="status">
          <p>
            Using {file.name}: {file.list.error ?? `${file.list.lines.length} rows`}.{' '}
            <button type="button" className="link" onClick={clearFile}>
              Use the text instead
            </button>
          </p>
          {file.note && <p className="warn">{file.note}</p>}
        </div>
      )}
    </fieldset>
  );
}
