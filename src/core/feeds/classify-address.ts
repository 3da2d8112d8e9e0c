import { isIPv4, isIPv6 } from 'node:net';
import {
  ipv4SpecialPurpose,
  ipv6SpecialPurpose,
  type SpecialPurposeRange,
} from './special-purpose-addresses.js';

interface Block {
  base: bigint;
  mask: bigint;
  range: SpecialPurposeRange;
}

const ipv4Blocks = compile(ipv4SpecialPurpose, 32, ipv4ToBigInt);
const ipv6Blocks = compile(ipv6SpecialPurpose, 128, ipv6ToBigInt);

/**
 * Why a feed must not be fetched from this address (loopback, private, documentation, metadata,
 * any block of the IANA special-purpose registries), or null when it is an ordinary public one.
 * IPv4-mapped and NAT64 addresses are judged by the IPv4 address inside them, so they cannot
 * smuggle a private one past the guard; the other transition forms are refused outright.
 */
export function classifyAddress(address: string): string | null {
  if (isIPv4(address)) return classifyIn(ipv4Blocks, ipv4ToBigInt(address));
  const bare = address.replace(/%.*$/, '');
  if (!isIPv6(bare)) return 'not an IP address';
  const value = ipv6ToBigInt(bare);
  const block = matchOf(ipv6Blocks, value);
  if (!block) return null;
  if (block.range.judge === 'embedded') return classifyIn(ipv4Blocks, value & 0xffffffffn);
  return block.range.reason;
}

function classifyIn(blocks: readonly Block[], value: bigint): string | null {
  return matchOf(blocks, value)?.range.reason ?? null;
}

/** The most specific block holding the address: blocks are sorted longest prefix first. */
function matchOf(blocks: readonly Block[], value: bigint): Block | undefined {
  return blocks.find((block) => (value & block.mask) === block.base);
}

function compile(ranges: readonly SpecialPurposeRange[], bits: number, parse: (text: string) => bigint) {
  const all = (1n << BigInt(bits)) - 1n;
  return ranges
    .map((range) => {
      const mask = (all << BigInt(bits - range.length)) & all;
      return { base: parse(range.prefix) & mask, mask, range };
    })
    .sort((a, b) => b.range.length - a.range.length);
}

/** A dotted-quad IPv4 address (as node:net's isIPv4 accepts it) as a number. */
export function ipv4ToBigInt(address: string): bigint {
  return address.split('.').reduce((value, part) => (value << 8n) | BigInt(Number(part)), 0n);
}

/** A valid IPv6 address without a zone id, including a trailing dotted quad, as a number. */
export function ipv6ToBigInt(address: string): bigint {
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (dotted) {
    const value = Number(ipv4ToBigInt(dotted));
    text = `${text.slice(0, -dotted.length)}${(value >>> 16).toString(16)}:${(value & 0xffff).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((hex) => BigInt(`0x${hex}`)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const hextets = [...left, ...new Array<bigint>(8 - left.length - right.length).fill(0n), ...right];
  return hextets.reduce((value, part) => (value << 16n) | part, 0n);
}
