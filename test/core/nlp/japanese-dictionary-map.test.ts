import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from '@sglkc/kuromoji';
import { describe, expect, it } from 'vitest';
import {
  compactTargetMap,
  japaneseMorphology,
  morphemeOf,
} from '../../../src/core/nlp/japanese-morphology.js';

/** Our own sentences: names, numbers, katakana, Latin letters, a symbol outside the BMP, a run-on compound. */
const TEXTS = [
  '林外相は記者会見で「連携を一層深めたい」と述べた。',
  '北大西洋条約機構（ＮＡＴＯ）は２０２４年７月、ワシントンで首脳会議を開く予定だ。',
  'オーストラリアとニュージーランドの国防相が来週、東京を訪れる。',
  'NATOのストルテンベルグ事務総長は、Indo-Pacificの安全保障に言及した。',
  '防衛装備移転三原則運用指針改正案閣議決定🇯🇵について、官房長官が説明した。',
  'ゼレンスキー大統領が広島に到着し、G7サミットに対面で参加した。',
];

async function kuromojisOwnTokenizer(): Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>> {
  const root = dirname(createRequire(import.meta.url).resolve('@sglkc/kuromoji/package.json'));
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath: join(root, 'dict') }).build((error, tokenizer) => {
      if (error) reject(error);
      else resolve(tokenizer);
    });
  });
}

describe("the Japanese dictionary's word-to-entries map in typed arrays", () => {
  it('tokenizes exactly as kuromoji does with its own loader', async () => {
    const theirs = await kuromojisOwnTokenizer();
    const ours = japaneseMorphology();
    for (const text of TEXTS) {
      expect(ours.tokenize(text)).toEqual(theirs.tokenize(text).map(morphemeOf));
    }
  }, 60_000);

  it('gives each word its entries in file order, merges a word listed twice, and nothing for unknown words', () => {
    const file = new Int32Array([3, 2, 2, 40, 41, 0, 1, 7, 2, 1, 42]);
    const map = compactTargetMap(new Uint8Array(file.buffer));
    expect(map[2]).toEqual(Int32Array.of(40, 41, 42));
    expect(map[0]).toEqual(Int32Array.of(7));
    expect(map[1]).toEqual(Int32Array.of());
    expect(map[99]).toEqual(Int32Array.of());
    expect(map[-1]).toEqual(Int32Array.of());
  });
});
