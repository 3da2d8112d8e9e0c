/**
 * Key terms of this beat in both languages, folded to one concept key so that an English and a
 * Japanese report of one event share terms. English forms are matched on lower-cased words,
 * Japanese forms as substrings. A gazetteer, not a translator: it only needs the terms that tell
 * events apart (places, people, programmes, weapons), not the common words.
 */
const CONCEPTS: Readonly<Record<string, { en: readonly string[]; ja: readonly string[] }>> = {
  nato: { en: ['nato', 'north atlantic treaty organization', 'alliance'], ja: ['NATO', '北大西洋条約機構'] },
  japan: { en: ['japan', 'japanese'], ja: ['日本', '政府'] },
  india: { en: ['india', 'indian'], ja: ['インド', '日米豪印'] },
  'liaison-office': {
    en: ['liaison office', 'office in tokyo', 'tokyo office'],
    ja: ['連絡事務所', '東京事務所'],
  },
  tokyo: { en: ['tokyo'], ja: ['東京'] },
  macron: { en: ['macron'], ja: ['マクロン'] },
  france: { en: ['france', 'french', 'paris', 'elysee'], ja: ['フランス', '仏'] },
  ukraine: { en: ['ukraine', 'ukrainian', 'kyiv'], ja: ['ウクライナ'] },
  zelensky: { en: ['zelensky', 'zelenskyy', 'zelenskiy'], ja: ['ゼレンスキー'] },
  vilnius: { en: ['vilnius', 'lithuania', 'lithuanian'], ja: ['ビリニュス', 'リトアニア'] },
  membership: { en: ['membership', 'join the alliance', 'invitation'], ja: ['加盟'] },
  summit: { en: ['summit'], ja: ['首脳会議', 'サミット'] },
  'north-korea': { en: ['north korea', 'north korean', 'pyongyang', 'dprk'], ja: ['北朝鮮'] },
  missile: { en: ['missile', 'icbm', 'ballistic', 'hwasong'], ja: ['ミサイル', 'ICBM', '弾道'] },
  eez: { en: ['exclusive economic zone', 'eez'], ja: ['排他的経済水域', 'EEZ'] },
  yoon: { en: ['yoon', 'yoon suk yeol'], ja: ['尹錫悦', '尹'] },
  kishida: { en: ['kishida'], ja: ['岸田'] },
  'forced-labour': { en: ['forced labour', 'forced labor', 'forced to work'], ja: ['徴用工'] },
  'shuttle-diplomacy': { en: ['shuttle diplomacy', 'regular visits'], ja: ['シャトル外交'] },
  'export-controls': { en: ['export curbs', 'export controls', 'restrictions on exports'], ja: ['輸出管理'] },
  semiconductor: { en: ['semiconductor', 'chips'], ja: ['半導体'] },
  fukushima: { en: ['fukushima', 'tepco', 'tokyo electric'], ja: ['福島', '東京電力'] },
  'treated-water': {
    en: ['treated water', 'wastewater', 'radioactive water', 'discharge'],
    ja: ['処理水', '海洋放出'],
  },
  seafood: { en: ['seafood', 'fishermen', 'scallop', 'fisheries'], ja: ['水産物', '漁業'] },
  china: { en: ['china', 'chinese', 'beijing'], ja: ['中国', '中国政府'] },
  aukus: { en: ['aukus'], ja: ['オーカス', 'AUKUS'] },
  submarine: { en: ['submarine', 'submarines'], ja: ['潜水艦'] },
  stoltenberg: { en: ['stoltenberg'], ja: ['ストルテンベルグ'] },
  matsuno: { en: ['matsuno'], ja: ['松野'] },
  iaea: { en: ['international atomic energy agency', 'iaea'], ja: ['国際原子力機関', 'IAEA'] },
  // Countries and leaders of the beat, then defence vocabulary that names what an event is about.
  'united-states': {
    en: ['united states', 'u s', 'washington', 'american', 'white house'],
    ja: ['米国', 'アメリカ', '日米', '訪米', 'ホワイトハウス'],
  },
  biden: { en: ['biden'], ja: ['バイデン'] },
  britain: { en: ['britain', 'british', 'united kingdom', 'uk', 'london'], ja: ['英国', 'イギリス', '日英'] },
  italy: { en: ['italy', 'italian', 'rome'], ja: ['イタリア', '日英伊'] },
  australia: { en: ['australia', 'australian', 'canberra'], ja: ['オーストラリア', '豪州', '日豪'] },
  'new-zealand': { en: ['new zealand', 'wellington'], ja: ['ニュージーランド'] },
  'south-korea': { en: ['south korea', 'south korean', 'seoul'], ja: ['韓国', '日韓'] },
  philippines: { en: ['philippines', 'philippine', 'manila'], ja: ['フィリピン'] },
  russia: { en: ['russia', 'russian', 'moscow'], ja: ['ロシア'] },
  treaty: { en: ['treaty'], ja: ['条約'] },
  fighter: { en: ['fighter', 'fighter jet', 'combat air'], ja: ['戦闘機'] },
  exports: { en: ['export', 'exports', 'transfers'], ja: ['輸出', '移転'] },
  patriot: { en: ['patriot'], ja: ['パトリオット'] },
  'military-command': { en: ['command', 'headquarters', 'joint force'], ja: ['司令部'] },
  'state-visit': { en: ['state visit'], ja: ['国賓'] },
  space: { en: ['moon', 'astronaut', 'lunar'], ja: ['月面', '宇宙飛行士'] },
  'self-defense-forces': { en: ['self defense forces', 'self defence forces', 'sdf'], ja: ['自衛隊'] },
  'artificial-intelligence': { en: ['artificial intelligence'], ja: ['人工知能'] },
};

/**
 * Concepts nearly every article of this beat names (the watched actors and their capitals): they
 * say little about which event an article reports, so story scoring gives them a prior document
 * frequency (see `idfFrom`) instead of trusting the few documents seen so far.
 */
const COMMON = new Set(
  [
    'nato',
    'japan',
    'india',
    'tokyo',
    'china',
    'united-states',
    'britain',
    'australia',
    'new-zealand',
    'south-korea',
    'russia',
    'kishida',
  ].map((key) => `c:${key}`),
);

/** English forms of the common concepts: places the NLP stage reports under these names are common too. */
const COMMON_FORMS = new Set([...COMMON].flatMap((key) => CONCEPTS[key.slice(2)]?.en ?? []));

/**
 * Beat-common concepts; every actor key of the NLP stage ('e:', the watched actors themselves);
 * and its places ('p:') that name a common concept (Tokyo, Washington), not event places (Vilnius).
 */
export const isCommonKey = (key: string) =>
  COMMON.has(key) || key.startsWith('e:') || (key.startsWith('p:') && COMMON_FORMS.has(key.slice(2)));

/** Words inside concept names ("united", "states", "korea"): not names of their own. */
export const CONCEPT_WORDS: ReadonlySet<string> = new Set(
  Object.values(CONCEPTS).flatMap((forms) => forms.en.flatMap((form) => form.split(' '))),
);

/** Every form of every concept, longest first, so a long form is found before the short ones inside it. */
const FORMS = Object.entries(CONCEPTS)
  .flatMap(([key, forms]) => [
    ...forms.en.map((form) => ({ key, form: ` ${form} `, ja: false })),
    ...forms.ja.map((form) => ({ key, form, ja: true })),
  ])
  .sort((a, b) => b.form.length - a.form.length);

/**
 * Concept keys (prefixed 'c:') found in the text. A found form is blanked out before shorter
 * forms are looked for: 北大西洋条約機構 (NATO) and "north atlantic treaty organization" are not
 * also a treaty, 東京電力 (TEPCO) is not also Tokyo.
 */
export function conceptsIn(text: string): string[] {
  return scanConcepts(text).found;
}

/** The text with every concept form blanked out: what is left to look for other names in. */
export function outsideConcepts(text: string): string {
  return scanConcepts(text).rest;
}

function scanConcepts(text: string): { found: string[]; rest: string } {
  let lower = ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  let raw = text.normalize('NFKC');
  const found = new Set<string>();
  for (const { key, form, ja } of FORMS) {
    const haystack = ja ? raw : lower;
    if (!haystack.includes(form)) continue;
    found.add(`c:${key}`);
    // Blank with a separator so the words either side do not join into a new form.
    if (ja) raw = raw.replaceAll(form, '|');
    else lower = lower.replaceAll(form, ' | ');
  }
  return { found: [...found], rest: raw };
}
