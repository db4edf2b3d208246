// Insights → one breakdown (by network, content, advocate or team): the
// same five figures per row, most clicks first, the top ten until asked for
// all, and the whole table as CSV.
import { useMemo, useState } from 'preact/hooks';
import { rankRows, visibleRows, TOP_ROWS } from '../../lib/rankRows.js';
import { countOf, formatCount, formatMoney, formatPerShare } from '../../lib/analyticsFormat.js';
import { CsvLink } from './CsvLink.jsx';
import { ScrollTable } from './ScrollTable.jsx';

/** table: the server's key (by_network…); nameHeader/renderName: the first column. */
export function BreakdownTable({ table, title, noun, nameHeader, renderName, rows, total, currency, csvHref }) {
  const ranked = useMemo(() => rankRows(rows), [rows]);
  const [showAll, setShowAll] = useState(false);
  const shown = visibleRows(ranked, showAll);
  const titleId = `${table}-title`;
  return (
    // Not a labelled region itself: the table's scrolling box is one, with
    // the same name, when it scrolls (ScrollTable.jsx).
    <section class="breakdown" data-testid={`table-${table}`}>
      <div class="breakdown-head">
        <h2 class="section-title" id={titleId}>
          {title}
        </h2>
        <CsvLink href={csvHref} what={title.toLowerCase()} table={table} />
      </div>
      {ranked.length === 0 ? (
        <p class="muted-note">Nothing was shared in this period.</p>
      ) : (
        <ScrollTable labelledBy={titleId}>
          <table class="figure-table">
            <caption class="sr-only">{title}, most clicks first</caption>
            <thead>
              <tr>
                <th scope="col">{nameHeader}</th>
                <th scope="col">Shares</th>
                <th scope="col">Clicks</th>
                <th scope="col">Unique clickers</th>
                <th scope="col">Click-through</th>
                <th scope="col">Earned media value</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row, i) => (
                <tr key={i}>
                  <th scope="row">{renderName(row)}</th>
                  <td>{formatCount(row.shares)}</td>
                  <td>{formatCount(row.clicks)}</td>
                  <td>{formatCount(row.unique_clickers)}</td>
                  <td>{formatPerShare(row.click_through)}</td>
                  <td>{formatMoney(row.emv, currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {total > ranked.length && (
        <p class="muted-note" data-testid={`more-${table}`}>
          The {formatCount(ranked.length)} with most clicks of {formatCount(total)}; the CSV has every one.
        </p>
      )}
      {ranked.length > TOP_ROWS && (
        <button type="button" class="link-btn show-all" onClick={() => setShowAll(!showAll)}>
          {showAll ? `Show the top ${TOP_ROWS}` : `Show all ${countOf(ranked.length, noun)}`}
        </button>
      )}
    </section>
  );
}
