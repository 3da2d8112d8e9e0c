import type { WatchedKeyword, WatchedKeywords } from './relevance-schema.js';

/**
 * Security and diplomacy vocabulary in both languages. A country name alone is not the beat
 * ("a games console launches in Tokyo"); with one of these it is.
 */
const securityTerms = [
  'NATO',
  'alliance',
  'defence',
  'defense',
  'security',
  'military',
  'missile',
  'deterrence',
  'diplomacy',
  'diplomatic',
  'diplomat',
  'foreign minister',
  'defence minister',
  'defense minister',
  'prime minister',
  'summit',
  'treaty',
  'sanctions',
  'troops',
  'navy',
  'Indo-Pacific',
  'liaison office',
  '防衛',
  '安全保障',
  '安保',
  '外交',
  '同盟',
  '首脳',
  '外相',
  '防衛相',
  '首相',
  'ミサイル',
  '自衛隊',
  '抑止',
  '軍事',
  '条約',
  '北大西洋条約機構',
  'インド太平洋',
  '連絡事務所',
];

const withCompanions = (term: string): WatchedKeyword => ({ term, requiresAny: securityTerms });

/**
 * The default beat: NATO and its partners in the Indo-Pacific (the AP4: Australia, Japan, New
 * Zealand, South Korea), in English and Japanese. NATO terms count on their own; partner names need
 * a security or diplomacy term beside them.
 */
export const defaultWatchedKeywords: WatchedKeywords = {
  keywords: [
    { term: 'NATO' },
    { term: 'North Atlantic Treaty Organization' },
    { term: 'North Atlantic Council' },
    { term: 'Indo-Pacific partners' },
    { term: 'IP4' },
    { term: 'AP4' },
    { term: 'liaison office', requiresAny: ['NATO', 'alliance', '北大西洋条約機構'] },
    { term: '北大西洋条約機構' },
    { term: 'NATO 連絡事務所' },
    { term: '北大西洋理事会' },
    { term: 'インド太平洋パートナー' },
    ...[
      'Japan',
      'Japanese',
      'Tokyo',
      'Australia',
      'Australian',
      'Canberra',
      'New Zealand',
      'Wellington',
      'South Korea',
      'Republic of Korea',
      'Seoul',
      '日本',
      '韓国',
      '豪州',
      'オーストラリア',
      'ニュージーランド',
    ].map(withCompanions),
  ],
  exclude: ['video game', 'games console', 'game console', 'ゲーム機'],
};
