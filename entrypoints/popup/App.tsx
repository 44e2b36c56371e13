import { useEffect, useState } from 'react';
import { callBackground } from '@/lib/messaging/call';
import type { AssessmentSummary } from '@/lib/messaging/views';

export function App() {
  const [assessments, setAssessments] = useState<AssessmentSummary[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    void callBackground('listAssessments', { refresh: true }).then((r) => (r.ok ? setAssessments(r.data.assessments) : setError(r.error.message)));
  }, []);
  return (
    <main>
      <h1>AlfaOne Invite</h1>
      {error && <p role="alert">{error}</p>}
      <ul aria-label="Assessments">
        {assessments?.map((a) => <li key={a.id}>{a.name}</li>)}
      </ul>
    </main>
  );
}
