// The CSV an import expects, to download and fill in: the columns in order
// and two example rows showing what each column takes.
export const TEMPLATE_COLUMNS = ['email', 'name', 'team', 'department', 'location', 'role', 'manager'];

const EXAMPLES = [
  ['ana.lima@example.com', 'Ana Lima', 'Sales', 'Commercial', 'Lisbon', 'advocate', 'maria.costa@example.com'],
  ['maria.costa@example.com', 'Maria Costa', 'Sales', 'Commercial', 'Lisbon', 'manager', ''],
];

/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (values) => values.map(csvField).join(',');

export function templateCsv() {
  return [TEMPLATE_COLUMNS, ...EXAMPLES].map(csvLine).join('\r\n') + '\r\n';
}

/** A link target that downloads the template without asking the server. */
export const templateHref = () => `data:text/csv;charset=utf-8,${encodeURIComponent(templateCsv())}`;
