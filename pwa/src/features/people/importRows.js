// A CSV import's rows as the server judged them (new, changed, unchanged,
// error), put into words: the summary above the table, each row's details, the
// filter buttons and the import button's count.
export const OUTCOMES = [
  { value: 'new', label: 'New' },
  { value: 'changed', label: 'Changed' },
  { value: 'unchanged', label: 'Unchanged' },
  { value: 'error', label: 'Errors' },
];

export const FIELD_LABELS = {
  email: 'Email',
  name: 'Name',
  display_name: 'Name',
  team: 'Team',
  department: 'Department',
  location: 'Location',
  role: 'Role',
  manager: 'Manager',
  active: 'State',
  file: 'File',
};

const labelOf = (field) => FIELD_LABELS[field] || field.charAt(0).toUpperCase() + field.slice(1).replace(/_/g, ' ');

/** The rows shown under a filter ('' for every row). */
export const rowsWith = (rows, outcome) => (outcome ? rows.filter((row) => row.outcome === outcome) : rows);

/** How many people "Import" would write: the new and the changed. */
export const importableCount = (counts) => (counts.new || 0) + (counts.changed || 0);

/** "120 new, 14 changed, 3 unchanged, 2 with errors: fix them or they will be skipped." */
export function importSummary(counts) {
  const parts = [`${counts.new || 0} new`, `${counts.changed || 0} changed`, `${counts.unchanged || 0} unchanged`];
  const errors = counts.error || 0;
  if (!errors) return `${parts.join(', ')}.`;
  if (errors === 1) return `${parts.join(', ')}, 1 with an error: fix it or it will be skipped.`;
  return `${parts.join(', ')}, ${errors} with errors: fix them or they will be skipped.`;
}

/** "Import 134 people", or what to say when there is nothing to write. */
export function importLabel(counts) {
  const count = importableCount(counts);
  if (count === 0) return 'Nothing to import';
  return `Import ${count} ${count === 1 ? 'person' : 'people'}`;
}

const shown = (value) => (value === null || value === undefined || value === '' ? 'none' : String(value));

/** Each line of a row's details: "Team: Sales → Marketing", or an error's reason. */
export function rowDetails(row) {
  if (row.outcome === 'error') {
    return Object.entries(row.errors || {}).map(([field, message]) => `${labelOf(field)}: ${asText(message)}`);
  }
  const changes = Object.entries(row.changes || {});
  if (row.outcome === 'new') {
    return changes.filter(([, [, after]]) => after !== null && after !== '').map(([field, [, after]]) => `${labelOf(field)}: ${after}`);
  }
  if (row.outcome === 'changed') {
    return changes.map(([field, [before, after]]) => `${labelOf(field)}: ${shown(before)} → ${shown(after)}`);
  }
  return [];
}

const asText = (message) => (Array.isArray(message) ? message.join(' ') : String(message));

/** "Sending invitations: 40 of 120", then what happened once finished. */
export function progressLabel(run) {
  const total = run.invitations_total || 0;
  const sent = run.invitations_sent || 0;
  if (!run.finished_at) return `Sending invitations: ${sent} of ${total}`;
  if (total === 0) return 'Import finished. Nobody new needed an invitation.';
  return `Import finished. ${sent} of ${total} ${total === 1 ? 'invitation' : 'invitations'} sent.`;
}

/** After the import: "120 added, 14 updated, 3 unchanged, 2 skipped for errors." */
export function importedSummary(counts) {
  const parts = [`${counts.new || 0} added`, `${counts.changed || 0} updated`, `${counts.unchanged || 0} unchanged`];
  if (counts.error) parts.push(`${counts.error} skipped for errors`);
  return `${parts.join(', ')}.`;
}
