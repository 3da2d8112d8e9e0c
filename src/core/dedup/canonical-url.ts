/** Query parameters that only track where a reader came from; they never change the article. */
const trackingParams = new Set(['fbclid', 'gclid', 'dclid', 'msclkid', 'mc_cid', 'mc_eid', 'igshid']);
const defaultPorts: Record<string, string> = { 'http:': '80', 'https:': '443' };

/**
 * Folds the forms one article's link takes into one string, so that copies shared with tracking
 * tags, through an AMP page or with a trailing slash are recognised as the same URL.
 * Input that is not a URL is returned trimmed: a feed's odd link must not stop ingestion.
 */
export function canonicalizeUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return parsed.href;
  // URL already lower-cases scheme and host; a port equal to the default is dropped by URL too,
  // but only for the scheme it was written with, so check it explicitly.
  if (parsed.port === defaultPorts[parsed.protocol]) parsed.port = '';
  parsed.hostname = foldAmpHost(parsed.hostname);
  parsed.hash = '';
  parsed.pathname = foldPath(parsed.pathname);
  parsed.search = foldQuery(parsed.searchParams);
  return parsed.href;
}

function foldAmpHost(host: string): string {
  return host.startsWith('amp.') && host.split('.').length > 2 ? host.slice(4) : host;
}

function foldPath(path: string): string {
  let folded = path
    .replace(/\/amp(?=\/)/g, '')
    .replace(/\/amp$/, '/')
    .replace(/\.amp\.html$/, '.html');
  if (folded.length > 1 && folded.endsWith('/')) folded = folded.replace(/\/+$/, '');
  return folded === '' ? '/' : folded;
}

function foldQuery(params: URLSearchParams): string {
  const kept = [...params].filter(([name, value]) => {
    const key = name.toLowerCase();
    if (key.startsWith('utm_') || trackingParams.has(key)) return false;
    if (key === 'amp' && (value === '1' || value === 'true' || value === '')) return false;
    if (key === 'outputtype' && value.toLowerCase() === 'amp') return false;
    return true;
  });
  if (kept.length === 0) return '';
  kept.sort(([a, av], [b, bv]) => (a === b ? compare(av, bv) : compare(a, b)));
  return `?${new URLSearchParams(kept).toString()}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
