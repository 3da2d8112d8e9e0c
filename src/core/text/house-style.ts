/**
 * The furniture that wires and papers put around a report: datelines ("TOKYO, July 3 (Reuters) -",
 * "WASHINGTON (AP) —", "【ソウル=共同】"), bylines, photo captions, reporting credits and share or
 * "Read more" lines and rights notices. They say who filed from where, not what happened, so story grouping and
 * speaker attribution read past them. General shapes only: no outlet is named.
 */

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/** A place in capitals ("TOKYO", "NEW DELHI", "ST. LOUIS") or in title case before a date or agency. */
const PLACE_CAPS = "[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+){0,3}";
const PLACE_TITLE = "[A-Z][a-zA-Z.'’-]+(?: [A-Z][a-zA-Z.'’-]+){0,3}";
const REGION = "(?:,\\s*[A-Z][a-zA-Z.'’]+(?: [A-Z][a-zA-Z.'’]+)?)?";
const DATE = `(?:,?\\s*${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?)`;
/** "(Reuters)", "(AP)", "(Kyodo News)": a short parenthesis before the dash. */
const AGENCY = '(?:\\s*\\([^()]{1,30}\\))';
const DASH = '\\s*(?:[-–—]{1,2}|:)\\s*';

/** Datelines at the start of a paragraph, the English forms then the Japanese bracket forms. */
const DATELINES: readonly RegExp[] = [
  // TOKYO, July 3 (Reuters) -   WASHINGTON (AP) —   SEOUL, South Korea --   PARIS:
  new RegExp(`^${PLACE_CAPS}${REGION}${DATE}?${AGENCY}?${DASH}`),
  // Tokyo, July 3 (Reuters) -   Tokyo (AFP) -   (the title-case form needs a date or an agency)
  new RegExp(`^${PLACE_TITLE}${REGION}(?:${DATE}${AGENCY}?|${AGENCY})${DASH}`),
  // 【東京】  【ワシントン=共同】  【北京時事】
  /^\s*【[^】]{1,20}】\s*/,
  // 〔ロンドン時事〕
  /^\s*〔[^〕]{1,20}〕\s*/,
];

/** Whole paragraphs of furniture: bylines, credits, captions and share or subscribe prompts. */
const FURNITURE: readonly RegExp[] = [
  // By Jane Doe | By JANE DOE and JOHN ROE, Staff Writers
  /^by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*(?:\s*[,|–—-].{0,60})?$/i,
  // (Reporting by ...; Editing by ...)  Additional reporting by ...  Writing by ...
  /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|translated)\s+by\b/i,
  /\bcontributed (?:reporting|to this (?:report|story))\.?\)?$/i,
  // Photo: ... | FILE PHOTO: ... | (AP Photo/Name) | Image credit ... | Getty Images
  /^(?:\(?(?:file\s+)?(?:photo|image|picture|video)s?\b\s*(?:[:/|]|credit|by)|caption\s*:)/i,
  /\((?:[A-Z]+\s+)?Photo\s*\/[^)]*\)\s*$/,
  /^(?:read|see|watch|click)(?:\s+\w+){0,3}\s*(?:more|here|also|next|this)\b.{0,80}$/i,
  /^(?:related|more|also read|recommended|advertisement|sponsored)\s*(?::|stories|articles|content)?.{0,80}$/i,
  /^(?:share|tweet|email|print|pin|copy link|follow us|sign up|subscribe|comments?)(?:\s+(?:this|on|to|for|via|link|story|article|us|now|our|newsletter)\b.{0,60})?$/i,
  /^(?:copyright|©|\(c\))\s*.{0,100}$/i,
  // Japanese credits and prompts: （共同）, 【写真】, 関連記事
  /^[（(][^）)]{1,12}[）)]$/,
  /^(?:【写真】|写真[:：]|関連記事|この記事をシェア|シェアする)/,
];

/** Length of the dateline opening `paragraph` (0 when it has none). */
export function datelineLength(paragraph: string): number {
  for (const pattern of DATELINES) {
    const match = pattern.exec(paragraph);
    // A dateline is followed by the report: a bare "PARIS:" with nothing after it is a heading.
    if (match && match[0].length < paragraph.length) return match[0].length;
  }
  return 0;
}

/**
 * A rights notice ("(TM and © 2016 ... Inc. All Rights Reserved. This material may not be
 * published, broadcast, rewritten or redistributed.)"): longer than other furniture, and anywhere
 * in its paragraph, but a report never says it of itself.
 */
const RIGHTS_RESERVED = /\ball rights reserved\b|無断(?:転載|複製)/i;
const COPYRIGHT = /©|\bcopyright\b/i;
const MAY_NOT_BE_REUSED = /\bmay not be (?:re)?(?:published|reproduced|broadcast|redistributed)\b/i;

const isRightsNotice = (line: string) =>
  RIGHTS_RESERVED.test(line) || (COPYRIGHT.test(line) && MAY_NOT_BE_REUSED.test(line));

/** Whether a whole paragraph is furniture (byline, credit, caption, share or related-links line). */
export function isFurniture(paragraph: string): boolean {
  const line = paragraph.trim();
  if (line.length === 0) return true;
  if (line.length <= 600 && isRightsNotice(line)) return true;
  if (line.length > 200) return false;
  return FURNITURE.some((pattern) => pattern.test(line));
}

/** The text without furniture paragraphs and without the dateline of its first remaining paragraph. */
export function stripHouseStyle(text: string): string {
  const paragraphs = text.split(/\n\s*\n/).filter((paragraph) => !isFurniture(paragraph));
  return paragraphs
    .map((paragraph, i) => (i === 0 ? paragraph.slice(datelineLength(paragraph)) : paragraph))
    .join('\n\n');
}
