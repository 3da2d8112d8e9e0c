/**
 * Repairs for documents rss-parser rejects although a reader would read them. Each looks at the
 * error and the document and returns a repaired document, or null when it does not apply.
 */
const repairs: ((error: unknown, xml: string) => string | null)[] = [
  // rss-parser dereferences <channel> without checking: items directly under <rss> get one.
  (error, xml) =>
    error instanceof TypeError &&
    /^\s*(<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<rss[\s>]/i.test(xml) &&
    !/<channel[\s>]/.test(xml)
      ? xml
          .replace(/<rss(\s[^>]*)?>/, (open) => `${open}<channel>`)
          .replace(/<\/rss>\s*$/, '</channel></rss>')
      : null,
  // An Atom entry document (a lone <entry>) is read as a feed of one entry.
  (error, xml) =>
    error instanceof Error &&
    error.message.startsWith('Feed not recognized') &&
    /^<entry[\s>]/.test(rootElement(xml))
      ? xml
          .replace(/<entry(?=[\s>])/, '<feed xmlns="http://www.w3.org/2005/Atom"><entry')
          .replace(/\s*$/, '</feed>')
      : null,
  // It calls toISOString() on every Atom <published>/<updated>, so one date it cannot read rejects
  // the whole feed: such dates are dropped (the entry gets the time first seen).
  (error, xml) =>
    error instanceof RangeError && /Invalid time value/.test(error.message)
      ? withoutUnreadableAtomDates(xml)
      : null,
  // Feeds often print a bare "&" (in a URL's query, "AT&T") or an entity sax does not know.
  (error, xml) =>
    error instanceof Error && /Invalid character (in )?entity/.test(error.message)
      ? withLooseAmpersandsEscaped(xml)
      : null,
];

/** The first repair that applies to this failure, or null. */
export function repairFeedDocument(error: unknown, xml: string): string | null {
  for (const repair of repairs) {
    const repaired = repair(error, xml);
    if (repaired !== null && repaired !== xml) return repaired;
  }
  return null;
}

/** The document from its root element on: prolog, comments and DOCTYPE skipped. */
export function rootElement(xml: string): string {
  return xml.replace(/^(\s*<\?[\s\S]*?\?>|\s*<!--[\s\S]*?-->|\s*<!DOCTYPE[^>]*>)*\s*/i, '');
}

function withoutUnreadableAtomDates(xml: string): string {
  return xml.replace(
    /<((?:\w+:)?(?:published|updated))(\s[^>]*)?>([^<]*)<\/\1>/g,
    (element, _name, _attrs, text: string) => (Number.isNaN(new Date(text).getTime()) ? '' : element),
  );
}

/**
 * Escapes every "&" that does not start a character reference or one of XML's five entities.
 * An HTML entity so escaped ("&amp;eacute;") is still decoded later by the HTML-to-text step, and
 * an entity declared in a DTD stays literal text, so nothing is ever expanded.
 */
function withLooseAmpersandsEscaped(xml: string): string {
  return xml.replace(/&(?!#\d+;|#x[0-9a-fA-F]+;|(?:amp|lt|gt|quot|apos);)/g, '&amp;');
}
