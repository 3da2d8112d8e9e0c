/**
 * Names written in Latin script (English reports) and in katakana (Japanese reports) reduced to
 * one key, their consonant skeleton, so that "Madrid" and マドリード, "Finland" and フィンランド,
 * "Stoltenberg" and ストルテンベルグ are one name: Japanese writes foreign names by sound, so a
 * report in either language names the same people and places without a gazetteer entry.
 */

const KANA_TABLE = `ア a イ i ウ u エ e オ o カ ka キ ki ク ku ケ ke コ ko ガ ga ギ gi グ gu ゲ ge ゴ go サ sa シ shi ス su
  セ se ソ so ザ za ジ ji ズ zu ゼ ze ゾ zo タ ta チ chi ツ tsu テ te ト to ダ da ヂ ji ヅ zu デ de ド do
  ナ na ニ ni ヌ nu ネ ne ノ no ハ ha ヒ hi フ fu ヘ he ホ ho バ ba ビ bi ブ bu ベ be ボ bo パ pa ピ pi
  プ pu ペ pe ポ po マ ma ミ mi ム mu メ me モ mo ヤ ya ユ yu ヨ yo ラ ra リ ri ル ru レ re ロ ro ワ wa
  ヲ o ン n ヴ vu ァ a ィ i ゥ u ェ e ォ o ャ ya ュ yu ョ yo`;

/** Katakana to Hepburn-like romaji; ッ and ー are left out (the skeleton folds doubles and vowels anyway). */
const KANA: ReadonlyMap<string, string> = new Map(
  [...KANA_TABLE.matchAll(/(\S+)\s+(\S+)/g)].map((match) => [match[1] ?? '', match[2] ?? '']),
);

/** Spelling differences between English and Japanese renderings that carry no meaning. */
const FOLDS: readonly [RegExp, string][] = [
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ck/g, 'k'],
  [/sch|sh/g, 's'],
  [/ch|tch/g, 'c'],
  [/ts/g, 't'],
  [/qu|q/g, 'k'],
  [/x/g, 'ks'],
  [/c(?=[eiy])/g, 's'],
  [/c(?!$)/g, 'k'],
  [/n(?=[bp])/g, 'm'],
  [/l/g, 'r'],
  [/v/g, 'b'],
  // Vowels, and w, which katakana writes as a vowel (スウェーデン for Sweden).
  [/[aeiouyw]/g, ''],
  [/(.)\1+/g, '$1'],
];

/** Shortest skeleton kept: two consonants match too many unrelated names. */
const MIN_SKELETON = 3;

/** The consonant skeleton of a name in Latin letters, or null when too short to tell names apart. */
export function nameSkeleton(name: string): string | null {
  let skeleton = name.toLowerCase().replace(/[^a-z]/g, '');
  for (const [pattern, replacement] of FOLDS) skeleton = skeleton.replace(pattern, replacement);
  return skeleton.length >= MIN_SKELETON ? skeleton : null;
}

/** The skeleton of a katakana word (a name written by sound, or a reading), or null when too short. */
export function kanaSkeleton(kana: string): string | null {
  return nameSkeleton([...kana].map((char) => KANA.get(char) ?? '').join(''));
}

/** Skeletons of the katakana words (three kana or more) in Japanese text. */
export function katakanaSkeletons(text: string): string[] {
  const words = text.normalize('NFKC').match(/[\p{Script=Katakana}ー]{3,}/gu) ?? [];
  return words.map(kanaSkeleton).filter((skeleton): skeleton is string => skeleton !== null);
}
