// "Download CSV" for one Insights table: a plain link, so the browser saves
// the server's file with the session cookie. The hidden words say which
// table, because several of these sit on one screen.
import { Icon } from '../../components/Icon.jsx';

export function CsvLink({ href, what, table }) {
  if (!href) return null;
  return (
    <a class="btn btn-secondary btn-small csv-link" href={href} download data-testid={`csv-${table}`}>
      <Icon name="download" size={16} /> Download CSV<span class="sr-only"> ({what})</span>
    </a>
  );
}
