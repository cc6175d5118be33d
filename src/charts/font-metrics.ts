/**
 * The little of a TrueType font that measuring a label needs: which glyph
 * draws a character, how far it advances, and how much a pair is kerned
 * (GPOS's pair adjustments of the `kern` feature). Read straight from the
 * file on demand, so measuring costs the file's bytes and no font library:
 * the bot measures labels when it builds a chart, and a library would stay
 * in its memory for good.
 */
export interface FontMetrics {
  readonly unitsPerEm: number;
  /** The glyph drawing a character (0, the missing-glyph box, when the font has none). */
  glyphOf(codePoint: number): number;
  advanceOf(glyph: number): number;
  kerningOf(left: number, right: number): number;
}

/** PairPos value records: which fields are present, in this order, 2 bytes each (XAdvance is bit 2). */
const X_ADVANCE = 0x0004;

/**
 * The metrics of a TrueType font file, or undefined when it has no Unicode
 * character map this reader understands (formats 4 and 12).
 *
 * @example readFontMetrics(readFileSync(DEJAVU_REGULAR))?.advanceOf(36)
 */
export function readFontMetrics(file: Uint8Array): FontMetrics | undefined {
  const data = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const tables = tableOffsets(data);
  const head = tables.get('head');
  const hhea = tables.get('hhea');
  const hmtx = tables.get('hmtx');
  const cmap = tables.get('cmap');
  if (head === undefined || hhea === undefined || hmtx === undefined || cmap === undefined) return undefined;
  const glyphOf = characterMap(data, cmap);
  if (!glyphOf) return undefined;
  const advances = data.getUint16(hhea + 34);
  const gpos = tables.get('GPOS');
  const kerningOf = gpos === undefined ? () => 0 : pairKerning(data, gpos);
  return {
    unitsPerEm: data.getUint16(head + 18),
    glyphOf,
    // Glyphs past the last full metric share its advance.
    advanceOf: (glyph) => data.getUint16(hmtx + 4 * Math.min(glyph, advances - 1)),
    kerningOf,
  };
}

function tableOffsets(data: DataView): Map<string, number> {
  const tables = new Map<string, number>();
  for (let i = 0; i < data.getUint16(4); i++) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(...[0, 1, 2, 3].map((byte) => data.getUint8(record + byte)));
    tables.set(tag, data.getUint32(record + 8));
  }
  return tables;
}

/** The last Unicode subtable of a format read here (opentype.js's choice, so widths stayed as they were). */
function characterMap(data: DataView, cmap: number): ((codePoint: number) => number) | undefined {
  for (let i = data.getUint16(cmap + 2) - 1; i >= 0; i--) {
    const platform = data.getUint16(cmap + 4 + 8 * i);
    const encoding = data.getUint16(cmap + 6 + 8 * i);
    const unicode = (platform === 3 && [0, 1, 10].includes(encoding)) || (platform === 0 && encoding <= 6);
    if (!unicode) continue;
    const table = cmap + data.getUint32(cmap + 8 + 8 * i);
    const format = data.getUint16(table);
    if (format === 12) return (codePoint) => segmentedGlyph(data, table, codePoint);
    if (format === 4) return (codePoint) => segmentGlyph(data, table, codePoint);
  }
  return undefined;
}

/** Format 12: groups of consecutive characters drawn by consecutive glyphs. */
function segmentedGlyph(data: DataView, table: number, codePoint: number): number {
  const groups = data.getUint32(table + 12);
  const group = binarySearch(groups, (index) => {
    const at = table + 16 + 12 * index;
    if (codePoint < data.getUint32(at)) return -1;
    return codePoint > data.getUint32(at + 4) ? 1 : 0;
  });
  if (group < 0) return 0;
  const at = table + 16 + 12 * group;
  return data.getUint32(at + 8) + codePoint - data.getUint32(at);
}

/** Format 4: segments of the Basic Multilingual Plane, each by a delta or through a glyph array. */
function segmentGlyph(data: DataView, table: number, codePoint: number): number {
  if (codePoint > 0xffff) return 0;
  const segments = data.getUint16(table + 6) / 2;
  const ends = table + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  for (let segment = 0; segment < segments; segment++) {
    if (codePoint > data.getUint16(ends + 2 * segment)) continue;
    const start = data.getUint16(starts + 2 * segment);
    if (codePoint < start) return 0;
    const delta = data.getUint16(deltas + 2 * segment);
    const rangeOffset = data.getUint16(rangeOffsets + 2 * segment);
    if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
    const glyph = data.getUint16(rangeOffsets + 2 * segment + rangeOffset + 2 * (codePoint - start));
    return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
  }
  return 0;
}

/**
 * The `kern` feature's pair adjustments for the default script (DFLT, else
 * latn) and language, applied as opentype.js applies them: the first
 * subtable that covers the left glyph decides.
 */
function pairKerning(data: DataView, gpos: number): (left: number, right: number) => number {
  const subtables = kernSubtables(data, gpos);
  return (left, right) => {
    for (const subtable of subtables) {
      const covered = coverageIndex(data, subtable + data.getUint16(subtable + 2), left);
      if (covered < 0) continue;
      const format = data.getUint16(subtable);
      const valueFormat1 = data.getUint16(subtable + 4);
      const valueSize = 2 * bitCount(valueFormat1) + 2 * bitCount(data.getUint16(subtable + 6));
      const xAdvance = (record: number) =>
        valueFormat1 & X_ADVANCE ? data.getInt16(record + 2 * bitCount(valueFormat1 & (X_ADVANCE - 1))) : 0;
      if (format === 1) {
        const pairSet = subtable + data.getUint16(subtable + 10 + 2 * covered);
        for (let pair = 0; pair < data.getUint16(pairSet); pair++) {
          const at = pairSet + 2 + pair * (2 + valueSize);
          if (data.getUint16(at) === right) return xAdvance(at + 2);
        }
        continue;
      }
      if (format === 2) {
        const class1 = glyphClass(data, subtable + data.getUint16(subtable + 8), left);
        const class2 = glyphClass(data, subtable + data.getUint16(subtable + 10), right);
        const class2Count = data.getUint16(subtable + 14);
        return xAdvance(subtable + 16 + (class1 * class2Count + class2) * valueSize);
      }
    }
    return 0;
  };
}

/** The pair-adjustment subtables (lookup type 2, or type 9 extensions of it) the `kern` feature uses. */
function kernSubtables(data: DataView, gpos: number): number[] {
  const scripts = gpos + data.getUint16(gpos + 4);
  const features = gpos + data.getUint16(gpos + 6);
  const lookups = gpos + data.getUint16(gpos + 8);
  const script = taggedRecord(data, scripts, 'DFLT') ?? taggedRecord(data, scripts, 'latn');
  if (script === undefined) return [];
  const defaultLanguage = data.getUint16(script);
  if (defaultLanguage === 0) return [];
  const language = script + defaultLanguage;
  const subtables: number[] = [];
  for (let i = 0; i < data.getUint16(language + 4); i++) {
    const featureIndex = data.getUint16(language + 6 + 2 * i);
    const record = features + 2 + 6 * featureIndex;
    if (tagAt(data, record) !== 'kern') continue;
    const feature = features + data.getUint16(record + 4);
    for (let j = 0; j < data.getUint16(feature + 2); j++) {
      const lookup = lookups + data.getUint16(lookups + 2 + 2 * data.getUint16(feature + 4 + 2 * j));
      const type = data.getUint16(lookup);
      for (let k = 0; k < data.getUint16(lookup + 4); k++) {
        const subtable = lookup + data.getUint16(lookup + 6 + 2 * k);
        if (type === 2) subtables.push(subtable);
        else if (type === 9 && data.getUint16(subtable + 2) === 2)
          subtables.push(subtable + data.getUint32(subtable + 4));
      }
    }
  }
  return subtables;
}

/** A script list's (or feature list's) record by tag: the offset of its table. */
function taggedRecord(data: DataView, list: number, tag: string): number | undefined {
  for (let i = 0; i < data.getUint16(list); i++) {
    const record = list + 2 + 6 * i;
    if (tagAt(data, record) === tag) return list + data.getUint16(record + 4);
  }
  return undefined;
}

function tagAt(data: DataView, at: number): string {
  return String.fromCharCode(
    data.getUint8(at),
    data.getUint8(at + 1),
    data.getUint8(at + 2),
    data.getUint8(at + 3),
  );
}

function coverageIndex(data: DataView, coverage: number, glyph: number): number {
  const count = data.getUint16(coverage + 2);
  if (data.getUint16(coverage) === 1) {
    return binarySearch(count, (index) => Math.sign(glyph - data.getUint16(coverage + 4 + 2 * index)));
  }
  const range = binarySearch(count, (index) => rangeOrder(data, coverage + 4 + 6 * index, glyph));
  if (range < 0) return -1;
  const at = coverage + 4 + 6 * range;
  return data.getUint16(at + 4) + glyph - data.getUint16(at);
}

function glyphClass(data: DataView, classDef: number, glyph: number): number {
  if (data.getUint16(classDef) === 1) {
    const first = data.getUint16(classDef + 2);
    const count = data.getUint16(classDef + 4);
    return glyph >= first && glyph < first + count ? data.getUint16(classDef + 6 + 2 * (glyph - first)) : 0;
  }
  const ranges = data.getUint16(classDef + 2);
  const range = binarySearch(ranges, (index) => rangeOrder(data, classDef + 4 + 6 * index, glyph));
  return range < 0 ? 0 : data.getUint16(classDef + 4 + 6 * range + 4);
}

/** Where a glyph lies against a range record (start, end): -1 before, 0 in, 1 after. */
function rangeOrder(data: DataView, record: number, glyph: number): number {
  if (glyph < data.getUint16(record)) return -1;
  return glyph > data.getUint16(record + 2) ? 1 : 0;
}

/** The index in 0..count whose `order` is 0, or -1; `order` says -1 when the sought item lies before the index. */
function binarySearch(count: number, order: (index: number) => number): number {
  let low = 0;
  let high = count - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const side = order(middle);
    if (side === 0) return middle;
    if (side < 0) high = middle - 1;
    else low = middle + 1;
  }
  return -1;
}

function bitCount(value: number): number {
  let bits = 0;
  for (let rest = value; rest > 0; rest >>= 1) bits += rest & 1;
  return bits;
}
