import { isIPv4, isIPv6 } from 'node:net';

const ipv4Ranges: [string, number, string][] = [
  ['169.254.169.254', 32, 'a cloud metadata address'],
  ['0.0.0.0', 8, 'an unspecified address'],
  ['10.0.0.0', 8, 'a private address'],
  ['100.64.0.0', 10, 'a shared (carrier-grade NAT) address'],
  ['127.0.0.0', 8, 'a loopback address'],
  ['169.254.0.0', 16, 'a link-local address'],
  ['172.16.0.0', 12, 'a private address'],
  ['192.0.0.0', 24, 'an IETF protocol address'],
  ['192.168.0.0', 16, 'a private address'],
  ['198.18.0.0', 15, 'a benchmarking address'],
  ['224.0.0.0', 4, 'a multicast address'],
  ['240.0.0.0', 4, 'a reserved address'],
];

/**
 * Why a feed must not be fetched from this address (loopback, private, link-local, metadata...),
 * or null when it is a public address. IPv6 forms that embed an IPv4 address (::ffff:10.0.0.1,
 * 64:ff9b::a00:1) are judged by that address, so they cannot smuggle a private one past the guard.
 */
export function classifyAddress(address: string): string | null {
  if (isIPv4(address)) return classifyIPv4(ipv4ToNumber(address));
  if (!isIPv6(address)) return 'not an IP address';
  const hextets = expandIPv6(address);
  const embedded = embeddedIPv4(hextets);
  if (embedded !== null) return classifyIPv4(embedded);
  const first = hextets[0] ?? 0;
  if (hextets.every((part) => part === 0)) return 'an unspecified address';
  if (hextets.slice(0, 7).every((part) => part === 0) && hextets[7] === 1) return 'a loopback address';
  if ((first & 0xfe00) === 0xfc00) return 'a private (unique local) address';
  if ((first & 0xffc0) === 0xfe80) return 'a link-local address';
  if ((first & 0xff00) === 0xff00) return 'a multicast address';
  return null;
}

function classifyIPv4(value: number): string | null {
  for (const [base, bits, reason] of ipv4Ranges) {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    if ((value & mask) >>> 0 === (ipv4ToNumber(base) & mask) >>> 0) return reason;
  }
  return value === 0xffffffff ? 'a broadcast address' : null;
}

function ipv4ToNumber(address: string): number {
  return address.split('.').reduce((value, part) => ((value << 8) | Number(part)) >>> 0, 0);
}

function expandIPv6(address: string): number[] {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (dotted) {
    const value = ipv4ToNumber(dotted);
    const hex = `${(value >>> 16).toString(16)}:${(value & 0xffff).toString(16)}`;
    text = `${text.slice(0, -dotted.length)}${hex}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((hex) => Number.parseInt(hex, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/** The IPv4 address inside an IPv4-mapped (::ffff:0:0/96), IPv4-compatible or NAT64 (64:ff9b::/96) one. */
function embeddedIPv4(hextets: number[]): number | null {
  const low = (((hextets[6] ?? 0) << 16) | (hextets[7] ?? 0)) >>> 0;
  const prefix = hextets.slice(0, 6).join(':');
  if (prefix === '0:0:0:0:0:65535' || prefix === '100:65435:0:0:0:0') return low;
  if (prefix === '0:0:0:0:0:0' && (hextets[6] ?? 0) !== 0) return low;
  return null;
}
