// Guidelines and training: the social media guidelines, the rules every
// share is checked against, accepting them (which opens sharing), and the
// training quiz. Admins also edit both here. Loaded on demand (see App.jsx),
// with its own stylesheet, so the first load of the app doesn't grow.
import './guidelines.css';
import { useEffect } from 'preact/hooks';
import { useStore } from '../../lib/store.js';
import { guidelines, loadGuidelines } from '../../state/guidelines.js';
import { EmptyState, ErrorState } from '../../components/StatusViews.jsx';
import { GuidelinesText } from './GuidelinesText.jsx';
import { SharingRules } from './SharingRules.jsx';
import { AcknowledgeGuidelines } from './AcknowledgeGuidelines.jsx';
import { GuidelinesQuiz } from './GuidelinesQuiz.jsx';
import { GuidelinesEditor } from './GuidelinesEditor.jsx';
import { QuizEditor } from './QuizEditor.jsx';

export default function Guidelines({ me }) {
  const state = useStore(guidelines);
  useEffect(() => {
    loadGuidelines(); // an admin may have published a new version since sign-in
  }, []);
  const isAdmin = me.role === 'admin';

  return (
    <section class="screen guidelines" aria-labelledby="guidelines-title">
      <div class="screen-header">
        <div>
          <h1 id="guidelines-title">Guidelines</h1>
          <p class="screen-subtitle">How we share as a company: read them, accept them, then take the short quiz.</p>
        </div>
      </div>
      <GuidelinesBody state={state} />
      {state.data && state.data.version !== null && (
        <section class="card quiz-card" aria-labelledby="quiz-title">
          <h2 id="quiz-title">Training quiz</h2>
          <GuidelinesQuiz />
        </section>
      )}
      {isAdmin && state.data && <AdminEditors current={state.data} />}
    </section>
  );
}

function GuidelinesBody({ state }) {
  if (state.status === 'error') {
    const error = { offline: !navigator.onLine, message: "The guidelines couldn't be loaded." };
    return <ErrorState error={error} onRetry={loadGuidelines} />;
  }
  if (!state.data) return <p class="loading-line" aria-busy="true">Loading the guidelines…</p>;
  const { data } = state;
  if (data.version === null) {
    return <EmptyState title="No guidelines yet">Your communications team hasn't published them yet.</EmptyState>;
  }
  return (
    <>
      <article class="card guidelines-card" aria-labelledby="guidelines-heading">
        <h2 id="guidelines-heading">Social media guidelines</h2>
        <p class="guidelines-version">
          {`Version ${data.version}`}
          {data.published_at && ` · published ${new Date(data.published_at).toLocaleDateString()}`}
        </p>
        <GuidelinesText text={data.text} />
        <AcknowledgeGuidelines version={data.version} acknowledged={data.acknowledged} />
      </article>
      <SharingRules words={data.prohibited_words} disclosure={data.required_disclosure} />
    </>
  );
}

function AdminEditors({ current }) {
  return (
    <div class="guidelines-admin">
      <GuidelinesEditor current={current} />
      <QuizEditor />
    </div>
  );
}
