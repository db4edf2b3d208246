// The content library (#/library): every item the person may manage, by
// state, with search, filters and pages; #/library/new and #/library/<id>
// are the publishing form for new content and for edits.
import { useRouteId } from '../../lib/router.js';
import { LibraryList } from './LibraryList.jsx';
import { ContentEditor } from './ContentEditor.jsx';
import './library.css';

export default function Library({ me }) {
  const id = useRouteId();
  if (id === 'new') return <ContentEditor key="new" me={me} />;
  if (id) return <ContentEditor key={id} id={id} me={me} />;
  return <LibraryList me={me} />;
}
