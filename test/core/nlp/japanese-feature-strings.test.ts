import { describe, expect, it } from 'vitest';
import { compactFeatureStrings } from '../../../src/core/nlp/japanese-feature-strings.js';

/** A feature file as kuromoji writes one: UTF-8 strings, each ended by a 0, padded with zeros. */
function featureFile(strings: readonly string[]): { bytes: Uint8Array; offsets: number[] } {
  const encoder = new TextEncoder();
  const parts = strings.map((text) => [...encoder.encode(text), 0]);
  const offsets = parts.map((_, i) => parts.slice(0, i).reduce((sum, part) => sum + part.length, 0));
  return { bytes: Uint8Array.from([...parts.flat(), 0, 0, 0, 0]), offsets };
}

/** An entry file: 10 bytes an entry, the feature offset little-endian at byte 6. */
function entryFile(offsets: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(offsets.length * 10);
  const view = new DataView(bytes.buffer);
  offsets.forEach((offset, i) => {
    view.setInt16(i * 10, 1000 + i, true);
    view.setInt32(i * 10 + 6, offset, true);
  });
  return bytes;
}

/** What kuromoji's tokenizer reads for entry `i`: the string at its offset, split at commas. */
function featuresOf(entries: Uint8Array, features: Uint8Array, i: number): string[] {
  const offset = new DataView(entries.buffer).getInt32(i * 10 + 6, true);
  return new TextDecoder().decode(features.subarray(offset, features.indexOf(0, offset))).split(',');
}

describe('compactFeatureStrings', () => {
  const strings = [
    '述べ,動詞,自立,*,*,一段,連用形,述べる,ノベ,ノベ',
    '東京,名詞,固有名詞,地域,一般,*,*,東京,トウキョウ,トーキョー',
    '林,名詞,固有名詞,人名,姓,*,*,林,ハヤシ',
    'ＮＡＴＯ,名詞,固有名詞,組織,*,*,*,*',
  ];

  it('keeps every field a Morpheme reads in its place, and stars the rest', () => {
    const { bytes, offsets } = featureFile(strings);
    // The second entry shares the first one's string, as two entries may.
    const entries = entryFile([offsets[0], offsets[0], offsets[1], offsets[2], offsets[3]] as number[]);
    const compacted = compactFeatureStrings(entries, bytes);
    const read = (i: number) => featuresOf(entries, compacted, i);
    expect(read(0)).toEqual(['述べ', '動詞', '自立', '*', '*', '*', '*', '述べる', 'ノベ', '*']);
    expect(read(1)).toEqual(read(0));
    // A basic form equal to the surface is starred: a Morpheme takes the surface for it.
    expect(read(2)).toEqual(['東京', '名詞', '固有名詞', '地域', '一般', '*', '*', '*', 'トウキョウ', '*']);
    expect(read(3)).toEqual(['林', '名詞', '固有名詞', '人名', '姓', '*', '*', '*', 'ハヤシ', '*']);
    // Too few fields to hold a reading: copied as it is.
    expect(read(4)).toEqual(strings[3]?.split(','));
    expect(compacted.length).toBeLessThan(bytes.length);
  });

  it('leaves entries of the zero tail pointing at the first string, as they did', () => {
    const { bytes, offsets } = featureFile(strings.slice(0, 2));
    const entries = Uint8Array.from([...entryFile(offsets), ...new Uint8Array(10)]);
    const compacted = compactFeatureStrings(entries, bytes);
    expect(featuresOf(entries, compacted, 2)).toEqual(featuresOf(entries, compacted, 0));
    expect(compacted.at(-1)).toBe(0);
  });
});
