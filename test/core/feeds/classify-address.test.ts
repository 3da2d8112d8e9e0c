import { describe, expect, it } from 'vitest';
import { classifyAddress, ipv4ToBigInt, ipv6ToBigInt } from '../../../src/core/feeds/classify-address.js';

// The IANA IPv4 and IPv6 special-purpose registries, written out here independently of the
// guard's own table: [block, an address inside it, the refusal the guard gives for that address].
const ipv4Registry: [string, string, string][] = [
  ['0.0.0.0/8', '0.1.2.3', 'an unspecified address'],
  ['0.0.0.0/32', '0.0.0.0', 'an unspecified address'],
  ['10.0.0.0/8', '10.20.30.40', 'a private address'],
  ['100.64.0.0/10', '100.127.255.254', 'a shared (carrier-grade NAT) address'],
  ['127.0.0.0/8', '127.0.0.1', 'a loopback address'],
  ['169.254.0.0/16', '169.254.10.10', 'a link-local address'],
  ['172.16.0.0/12', '172.31.255.255', 'a private address'],
  ['192.0.0.0/24', '192.0.0.200', 'an IETF protocol address'],
  ['192.0.0.0/29', '192.0.0.5', 'an IPv4 service continuity address'],
  ['192.0.0.8/32', '192.0.0.8', 'a dummy address'],
  ['192.0.0.9/32', '192.0.0.9', 'a PCP anycast address'],
  ['192.0.0.10/32', '192.0.0.10', 'a TURN anycast address'],
  ['192.0.0.170/32', '192.0.0.170', 'a NAT64/DNS64 discovery address'],
  ['192.0.0.171/32', '192.0.0.171', 'a NAT64/DNS64 discovery address'],
  ['192.0.2.0/24', '192.0.2.15', 'a documentation address'],
  ['192.31.196.0/24', '192.31.196.1', 'an AS112 address'],
  ['192.52.193.0/24', '192.52.193.9', 'an AMT address'],
  ['192.88.99.0/24', '192.88.99.1', 'a 6to4 relay anycast address'],
  ['192.168.0.0/16', '192.168.1.1', 'a private address'],
  ['192.175.48.0/24', '192.175.48.6', 'an AS112 address'],
  ['198.18.0.0/15', '198.19.200.1', 'a benchmarking address'],
  ['198.51.100.0/24', '198.51.100.7', 'a documentation address'],
  ['203.0.113.0/24', '203.0.113.99', 'a documentation address'],
  ['224.0.0.0/4', '239.255.255.250', 'a multicast address'],
  ['240.0.0.0/4', '250.1.2.3', 'a reserved address'],
  ['255.255.255.255/32', '255.255.255.255', 'a broadcast address'],
];

const ipv6Registry: [string, string, string][] = [
  ['::/128', '::', 'an unspecified address'],
  ['::1/128', '::1', 'a loopback address'],
  ['::/96', '::8.8.8.8', 'an IPv4-compatible address'],
  ['::ffff:0:0/96', '::ffff:10.1.2.3', 'a private address'],
  ['::ffff:0:0:0/96', '::ffff:0:8.8.8.8', 'an IPv4-translated address'],
  ['64:ff9b::/96', '64:ff9b::192.168.0.1', 'a private address'],
  ['64:ff9b:1::/48', '64:ff9b:1::808:808', 'a local-use NAT64 address'],
  ['100::/64', '100::1', 'a discard-only address'],
  ['100:0:0:1::/64', '100:0:0:1::1', 'a dummy address'],
  ['2001::/23', '2001:100::1', 'an IETF protocol address'],
  ['2001::/32', '2001:0:4136:e378:8000:63bf:3fff:fdd2', 'a Teredo address'],
  ['2001:1::1/128', '2001:1::1', 'a PCP anycast address'],
  ['2001:1::2/128', '2001:1::2', 'a TURN anycast address'],
  ['2001:1::3/128', '2001:1::3', 'a DNS-SD SRP anycast address'],
  ['2001:2::/48', '2001:2::abcd', 'a benchmarking address'],
  ['2001:3::/32', '2001:3:1::1', 'an AMT address'],
  ['2001:4:112::/48', '2001:4:112::1', 'an AS112 address'],
  ['2001:10::/28', '2001:1f::1', 'an ORCHID address'],
  ['2001:20::/28', '2001:2f::1', 'an ORCHIDv2 address'],
  ['2001:30::/28', '2001:3f::1', 'a drone remote ID address'],
  ['2001:db8::/32', '2001:db8::1', 'a documentation address'],
  ['2002::/16', '2002:808:808::1', 'a 6to4 address'],
  ['2620:4f:8000::/48', '2620:4f:8000::42', 'an AS112 address'],
  ['3fff::/20', '3fff:fff::1', 'a documentation address'],
  ['5f00::/16', '5f00:1:2::3', 'a segment routing (SRv6) address'],
  ['fc00::/7', 'fd00:ec2::254', 'a private (unique local) address'],
  ['fe80::/10', 'febf::1', 'a link-local address'],
  ['fec0::/10', 'fec0::1', 'a site-local address'],
  ['ff00::/8', 'ff02::1', 'a multicast address'],
];

describe('classifyAddress over the IANA special-purpose registries', () => {
  it.each(ipv4Registry)('refuses every address of %s (%s: %s)', (block, sample, reason) => {
    expect(classifyAddress(sample)).toBe(reason);
    const [first, last] = ipv4Bounds(block);
    expect(classifyAddress(first)).not.toBeNull();
    expect(classifyAddress(last)).not.toBeNull();
  });

  it.each(ipv6Registry)('refuses every address of %s (%s: %s)', (block, sample, reason) => {
    expect(classifyAddress(sample)).toBe(reason);
    const [first, last] = ipv6Bounds(block);
    expect(classifyAddress(first)).not.toBeNull();
    // An IPv4-mapped or NAT64 address ending in .255.255.255.255 wraps the broadcast address.
    expect(classifyAddress(last)).not.toBeNull();
  });

  it.each([
    ['::ffff:127.0.0.1', 'a loopback address'],
    ['::ffff:a9fe:a9fe', 'a cloud metadata address'],
    ['64:ff9b::c0a8:101', 'a private address'],
    ['64:ff9b::203.0.113.5', 'a documentation address'],
    ['2002:a00:1::', 'a 6to4 address'],
    ['2002:c0a8:101::1', 'a 6to4 address'],
    ['2001:0:a00:1::', 'a Teredo address'],
    ['::a00:1', 'an IPv4-compatible address'],
    ['::ffff:0:a00:1', 'an IPv4-translated address'],
    ['fe80::1%eth0', 'a link-local address'],
    ['FEC0:0:0:0:0:0:0:1', 'a site-local address'],
    ['169.254.169.254', 'a cloud metadata address'],
  ])('refuses the transition and odd form %s as %s', (address, reason) => {
    expect(classifyAddress(address)).toBe(reason);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '93.184.216.34',
    '172.32.0.1',
    '100.128.0.1',
    '192.0.1.1',
    '192.0.3.1',
    '198.20.0.1',
    '198.51.101.1',
    '203.0.114.1',
    '223.255.255.254',
    '::ffff:93.184.216.34',
    '64:ff9b::8.8.8.8',
    '2001:4860:4860::8888',
    '2606:4700:4700::1111',
    '2a00:1450:4001:82a::200e',
    '2001:200::1',
  ])('lets the public address %s through', (address) => {
    expect(classifyAddress(address)).toBeNull();
  });

  it('says a host name is not an address', () => {
    expect(classifyAddress('example.org')).toBe('not an IP address');
  });
});

function ipv4Bounds(block: string): [string, string] {
  const [base = '', bits = '0'] = block.split('/');
  const size = 1n << BigInt(32 - Number(bits));
  const first = ipv4ToBigInt(base);
  return [ipv4Text(first), ipv4Text(first + size - 1n)];
}

function ipv6Bounds(block: string): [string, string] {
  const [base = '', bits = '0'] = block.split('/');
  const size = 1n << BigInt(128 - Number(bits));
  const first = ipv6ToBigInt(base);
  return [ipv6Text(first), ipv6Text(first + size - 1n)];
}

function ipv4Text(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
}

function ipv6Text(value: bigint): string {
  return [...Array(8).keys()]
    .map((index) => ((value >> BigInt(112 - 16 * index)) & 0xffffn).toString(16))
    .join(':');
}
