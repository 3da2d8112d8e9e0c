/**
 * Control characters (C0 and C1, \p{Cc}) other than tab and newline, format characters (\p{Cf}:
 * the bidirectional embeddings, overrides and isolates U+202A-U+202E and U+2066-U+2069, the marks
 * U+200E/U+200F/U+061C, zero-width characters, the BOM, soft hyphens), and the line and paragraph
 * separators. A right-to-left override echoed back reverses the text that follows it on screen
 * ("exe.txt" shown as "txt.exe"); the others are invisible and let two different strings look
 * the same.
 */
const unwanted = /(?![\t\n])[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** `text` without invisible or reordering characters, fit to echo back to a person. */
export function stripControlCharacters(text: string): string {
  return text.replace(unwanted, '');
}
