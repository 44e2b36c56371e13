import { MAX_BULK_LINES } from '@/lib/bulk/limits';
import { useBulkStore } from './store';
import { i18n } from '#i18n';
import { formatNumber } from '@/lib/format/date';

/** The list: typed or pasted one person per line, or a CSV file. */
export function CandidatesInput() {
  const text = useBulkStore((s) => s.text);
  const file = useBulkStore((s) => s.file);
  const fileError = useBulkStore((s) => s.fileError);
  const draftNote = useBulkStore((s) => s.draftNote);
  const { setText, chooseFile, clearFile } = useBulkStore.getState();
  return (
    <fieldset>
      <label htmlFor="candidates">{i18n.t('bulk.candidates')}</label>
      <p id="candidates-help" className="muted small">
        {i18n.t('bulk.candidatesHelp', { max: formatNumber(MAX_BULK_LINES) })}
      </p>
      {draftNote && <p className="muted small">{draftNote}</p>}
      <textarea
        id="candidates"
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-describedby="candidates-help"
        spellCheck={false}
      />
      <label htmlFor="csv">{i18n.t('bulk.orChooseCsv')}</label>
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
            {i18n.t('bulk.usingFile', {
              file: file.name,
              what:
                file.list.error ??
                i18n.t('bulk.rows', file.list.lines.length, { count: formatNumber(file.list.lines.length) }),
            })}{' '}
            <button type="button" className="link" onClick={clearFile}>
              {i18n.t('bulk.useText')}
            </button>
          </p>
          {file.note && <p className="warn">{file.note}</p>}
        </div>
      )}
    </fieldset>
  );
}
