export type CsvCell = string | number | undefined;

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, and quotes are doubled. */
export function csvField(cell: CsvCell): string {
  const text = cell === undefined ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends, which spreadsheet programs expect. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
