import type { Fingerprint } from './fingerprint.js';

/** A fingerprint as JSON: hash arrays as base64 of their bytes, about a third of decimal JSON. */
export interface StoredFingerprint {
  id: string;
  time: number;
  shingles: string;
  signature: string;
  lead: string;
  titleLead: string;
  titleKey: string;
  textKey: string | null;
}

const encode = (values: Uint32Array) =>
  Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');

function decode(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  // Copy into a fresh, aligned buffer: Buffer's pooled memory may start at an odd offset.
  const out = new Uint32Array(bytes.length / 4);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

export function encodeFingerprint(print: Fingerprint): StoredFingerprint {
  return {
    ...print,
    shingles: encode(print.shingles),
    signature: encode(print.signature),
    lead: encode(print.lead),
    titleLead: encode(print.titleLead),
  };
}

export function decodeFingerprint(stored: StoredFingerprint): Fingerprint {
  return {
    ...stored,
    shingles: decode(stored.shingles),
    signature: decode(stored.signature),
    lead: decode(stored.lead),
    titleLead: decode(stored.titleLead),
  };
}
