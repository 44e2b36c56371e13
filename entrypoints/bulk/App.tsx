import { EnvironmentBadge } from '@/components/EnvironmentBadge';
import { ListForm } from './ListForm';
import { RunPanel } from './RunPanel';
import { openOptions, useBulkStore } from './store';
import { i18n } from '#i18n';

/** The bulk page: a list in, reviewed, then one run the background carries to its end. */
export function App() {
  const key = useBulkStore((s) => s.key);
  const run = useBulkStore((s) => s.run);
  if (!key) return <main aria-busy="true" />;
  return (
    <main data-env={key.mode}>
      <header className="row spread">
        <h1>{i18n.t('bulk.heading')}</h1>
        <EnvironmentBadge mode={key.mode} />
      </header>
      {key.state !== 'connected' ? (
        <div className="notice" role="alert">
          <p>
            {key.state === 'none'
              ? i18n.t('bulk.saveKeyFirst')
              : i18n.t('bulk.keyRefused', { message: key.problem?.message ?? '' })}
          </p>
          <button type="button" onClick={openOptions}>
            {i18n.t('common.openOptions')}
          </button>
        </div>
      ) : run ? (
        <RunPanel run={run} />
      ) : (
        <ListForm />
      )}
    </main>
  );
}
