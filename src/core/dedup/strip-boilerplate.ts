/**
 * Lines outlets add around a syndicated text: they differ between copies of one story and would
 * lower the similarity of true copies, so they go before shingling. Matched per line (paragraph).
 */
const BOILERPLATE_LINES: readonly RegExp[] = [
  /^related( coverage| articles?| stories| news)?\s*:?/i,
  /^(photo|image|picture|video|file photo)( credit)?\s*[:(]/i,
  /^\(?(photo|image) (by|courtesy of)\b/i,
  /^(©|\(c\)|copyright)\s*\d{4}/i,
  /all rights reserved\.?$/i,
  /^(subscribe|sign up|follow us|share this|read more|click here|continue reading)\b/i,
  /^(関連記事|関連ニュース|続きを読む)/,
  // Only with a colon: "写真" or "提供" may also start an ordinary sentence.
  /^(写真|画像|提供)[:：]/,
  /無断転載/,
  // Photo captions end with the picture agency's credit.
  /\((Kyodo|AP Photo[^)]*|Reuters[^)]*|AFP[^)]*|Getty Images|Yonhap|共同)\)\.?$/,
];

/** An agency credit after a dateline: "TOKYO (Kyodo) --" keeps "TOKYO" and drops the credit. */
const DATELINE_CREDIT =
  /^([A-Z][A-Z .,'-]{1,40}?)\s*\((Kyodo|AP|AFP|Reuters|Yonhap|AAP|Jiji|Xinhua|Bloomberg)\)\s*(--|—|–|-)\s*/;

/** Drops boilerplate lines and agency credits; keeps paragraphs separated by "\n\n". */
export function stripBoilerplate(text: string): string {
  const kept: string[] = [];
  for (const raw of text.split(/\n+/)) {
    const line = raw.trim();
    if (line === '' || BOILERPLATE_LINES.some((pattern) => pattern.test(line))) continue;
    kept.push(line.replace(DATELINE_CREDIT, '$1 '));
  }
  return kept.join('\n\n');
}
