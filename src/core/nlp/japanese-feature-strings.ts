/**
 * kuromoji keeps one feature string per IPADIC entry (392,126 of them, 36 MB as UTF-8):
 * `surface,pos,detail1,detail2,detail3,conjugation type,conjugation form,basic form,reading,
 * pronunciation`, and splits it at commas for each token. A Morpheme (japanese-morphology.ts)
 * reads the surface, the part of speech and its details, the basic form and the reading. The
 * conjugation fields and the pronunciation are written as `*` here, and so is a basic form equal
 * to the surface, which a Morpheme takes from the surface anyway: every field a Morpheme reads
 * keeps its place and its value, in a buffer about a third smaller.
 *
 * `entries` is kuromoji's entry file (`tid.dat`): 10 bytes an entry, the feature string's offset
 * a little-endian 32-bit integer at byte 6. The offsets are rewritten in place.
 */
export function compactFeatureStrings(entries: Uint8Array, features: Uint8Array): Uint8Array {
  const view = new DataView(entries.buffer, entries.byteOffset, entries.byteLength);
  const count = Math.floor(entries.byteLength / ENTRY_BYTES);
  const offsets = new Int32Array(count);
  for (let i = 0; i < count; i += 1) offsets[i] = view.getInt32(i * ENTRY_BYTES + OFFSET_AT, true);
  // The strings the entries point at, each once, in file order (typed arrays: no Map of 392,126).
  const strings = uniqueSorted(offsets.slice().sort());
  let size = 0;
  for (const start of strings) size += compactString(features, start, null, 0);
  const compacted = new Uint8Array(size + TAIL_ZEROS);
  const movedTo = new Int32Array(strings.length);
  let written = 0;
  strings.forEach((start, k) => {
    movedTo[k] = written;
    written += compactString(features, start, compacted, written);
  });
  for (let i = 0; i < count; i += 1) {
    const k = indexOf(strings, offsets[i] as number);
    view.setInt32(i * ENTRY_BYTES + OFFSET_AT, movedTo[k] as number, true);
  }
  return compacted;
}

const ENTRY_BYTES = 10;
const OFFSET_AT = 6;
/** kuromoji's byte buffer reads 0 past its end; a few zeros keep every read inside the buffer. */
const TAIL_ZEROS = 8;
const COMMA = 0x2c;
const STAR = 0x2a;
/** The fields a Morpheme reads, by their place in the string. */
const SURFACE = 0;
const BASIC = 7;
const READING = 8;
const KEPT_BEFORE_CONJUGATION = 5;
const FIELDS = 10;

/** Where each field of the string being compacted starts and ends (reused: no garbage a string). */
const fieldStarts = new Int32Array(FIELDS + 1);
const fieldEnds = new Int32Array(FIELDS + 1);

/**
 * Writes the compacted string at `start` (through its terminating 0) into `out` at `at`, or only
 * counts its bytes when `out` is null; returns the bytes it takes. A string with too few fields to
 * hold a reading is copied as it is. (One byte loop, no allocation: it runs for 392,126 strings
 * twice at start-up.)
 */
function compactString(source: Uint8Array, start: number, out: Uint8Array | null, at: number): number {
  let fields = 0;
  let end = start;
  fieldStarts[0] = start;
  for (; end < source.length && source[end] !== 0; end += 1) {
    if (source[end] === COMMA && fields < FIELDS) {
      fieldEnds[fields] = end;
      fields += 1;
      fieldStarts[fields] = end + 1;
    }
  }
  fieldEnds[fields] = end;
  fields += 1;
  if (fields <= READING) return copyBytes(source, start, end, out, at) + put(out, at + end - start, 0);
  let length = 0;
  for (let i = 0; i < FIELDS; i += 1) {
    if (i > 0) length += put(out, at + length, COMMA);
    const kept =
      i < fields &&
      (i < KEPT_BEFORE_CONJUGATION || i === READING || (i === BASIC && !basicIsSurface(source)));
    if (kept) length += copyBytes(source, fieldStarts[i] as number, fieldEnds[i] as number, out, at + length);
    else length += put(out, at + length, STAR);
  }
  return length + put(out, at + length, 0);
}

/** A byte loop: fields are a few bytes long, where a `subarray` view a field would cost more. */
function copyBytes(source: Uint8Array, from: number, to: number, out: Uint8Array | null, at: number): number {
  if (out) for (let i = from; i < to; i += 1) out[at + i - from] = source[i] as number;
  return to - from;
}

function put(out: Uint8Array | null, at: number, byte: number): number {
  if (out) out[at] = byte;
  return 1;
}

/** Whether the basic form's bytes are the surface's (fields as `compactString` found them). */
function basicIsSurface(source: Uint8Array): boolean {
  const basic = fieldStarts[BASIC] as number;
  const surface = fieldStarts[SURFACE] as number;
  const length = (fieldEnds[BASIC] as number) - basic;
  if (length !== (fieldEnds[SURFACE] as number) - surface) return false;
  for (let i = 0; i < length; i += 1) if (source[basic + i] !== source[surface + i]) return false;
  return true;
}

function uniqueSorted(sorted: Int32Array): Int32Array {
  let kept = 0;
  for (let i = 0; i < sorted.length; i += 1)
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[kept++] = sorted[i] as number;
  return sorted.subarray(0, kept);
}

/** The position of `value` in the sorted `values` (it is always there). */
function indexOf(values: Int32Array, value: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
