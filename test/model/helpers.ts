import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContentBank, type ContentBank } from '../../src/model/index.ts';

type Mutable<T> = T extends readonly (infer U)[]
  ? Mutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;

/** A deep, writable copy of the built-in bank, to break on purpose. */
export function editableBank(): Mutable<ContentBank> {
  return structuredClone(loadContentBank()) as Mutable<ContentBank>;
}

/** Writes `content` to a new file in a fresh temporary folder and returns its path. */
export function writeTempFile(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pulse-content-')), name);
  writeFileSync(file, content, 'utf8');
  return file;
}

/** A strict RFC 4180 reader, written independently of the exporter so the two check each other. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += char;
  }
  if (field !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}
