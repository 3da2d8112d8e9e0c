/**
 * The IANA special-purpose address registries, as a table the address guard walks:
 * https://www.iana.org/assignments/iana-ipv4-special-registry/ and
 * https://www.iana.org/assignments/iana-ipv6-special-registry/ (both as of 2025), plus the blocks
 * outside them that no feed lives in either: multicast (RFC 5771, RFC 4291), the deprecated
 * site-local fec0::/10 (RFC 3879), IPv4-compatible ::/96 and IPv4-translated ::ffff:0:0:0/96.
 *
 * Every entry is refused, even the few the registry marks globally reachable (anycast service
 * addresses, AS112): none of them serves a feed. Two transition forms are judged instead by the
 * IPv4 address they carry (`judge: 'embedded'`), because resolvers hand them out for ordinary
 * public hosts: IPv4-mapped addresses on dual-stack sockets, and the NAT64 well-known prefix on
 * IPv6-only networks with DNS64. Wrapping a private IPv4 address in them is still refused.
 */
export interface SpecialPurposeRange {
  /** The first address of the block, in the usual text form. */
  prefix: string;
  length: number;
  /** Why the guard refuses it, as the error reads: "refusing 10.0.0.1: a private address". */
  reason: string;
  /** The RFC(s) the registry cites for the block. */
  rfc: string;
  judge?: 'embedded';
}

export const ipv4SpecialPurpose: readonly SpecialPurposeRange[] = [
  { prefix: '0.0.0.0', length: 8, reason: 'an unspecified address', rfc: 'RFC 791' },
  { prefix: '0.0.0.0', length: 32, reason: 'an unspecified address', rfc: 'RFC 1122' },
  { prefix: '10.0.0.0', length: 8, reason: 'a private address', rfc: 'RFC 1918' },
  { prefix: '100.64.0.0', length: 10, reason: 'a shared (carrier-grade NAT) address', rfc: 'RFC 6598' },
  { prefix: '127.0.0.0', length: 8, reason: 'a loopback address', rfc: 'RFC 1122' },
  { prefix: '169.254.0.0', length: 16, reason: 'a link-local address', rfc: 'RFC 3927' },
  // Not a registry entry of its own: the cloud metadata service, named so the refusal says so.
  { prefix: '169.254.169.254', length: 32, reason: 'a cloud metadata address', rfc: 'RFC 3927' },
  { prefix: '172.16.0.0', length: 12, reason: 'a private address', rfc: 'RFC 1918' },
  { prefix: '192.0.0.0', length: 24, reason: 'an IETF protocol address', rfc: 'RFC 6890' },
  { prefix: '192.0.0.0', length: 29, reason: 'an IPv4 service continuity address', rfc: 'RFC 7335' },
  { prefix: '192.0.0.8', length: 32, reason: 'a dummy address', rfc: 'RFC 7600' },
  { prefix: '192.0.0.9', length: 32, reason: 'a PCP anycast address', rfc: 'RFC 7723' },
  { prefix: '192.0.0.10', length: 32, reason: 'a TURN anycast address', rfc: 'RFC 8155' },
  { prefix: '192.0.0.170', length: 32, reason: 'a NAT64/DNS64 discovery address', rfc: 'RFC 8880, RFC 7050' },
  { prefix: '192.0.0.171', length: 32, reason: 'a NAT64/DNS64 discovery address', rfc: 'RFC 8880, RFC 7050' },
  { prefix: '192.0.2.0', length: 24, reason: 'a documentation address', rfc: 'RFC 5737' },
  { prefix: '192.31.196.0', length: 24, reason: 'an AS112 address', rfc: 'RFC 7535' },
  { prefix: '192.52.193.0', length: 24, reason: 'an AMT address', rfc: 'RFC 7450' },
  { prefix: '192.88.99.0', length: 24, reason: 'a 6to4 relay anycast address', rfc: 'RFC 7526' },
  { prefix: '192.168.0.0', length: 16, reason: 'a private address', rfc: 'RFC 1918' },
  { prefix: '192.175.48.0', length: 24, reason: 'an AS112 address', rfc: 'RFC 7534' },
  { prefix: '198.18.0.0', length: 15, reason: 'a benchmarking address', rfc: 'RFC 2544' },
  { prefix: '198.51.100.0', length: 24, reason: 'a documentation address', rfc: 'RFC 5737' },
  { prefix: '203.0.113.0', length: 24, reason: 'a documentation address', rfc: 'RFC 5737' },
  { prefix: '224.0.0.0', length: 4, reason: 'a multicast address', rfc: 'RFC 5771' },
  { prefix: '240.0.0.0', length: 4, reason: 'a reserved address', rfc: 'RFC 1112' },
  { prefix: '255.255.255.255', length: 32, reason: 'a broadcast address', rfc: 'RFC 8190, RFC 919' },
];

export const ipv6SpecialPurpose: readonly SpecialPurposeRange[] = [
  { prefix: '::', length: 128, reason: 'an unspecified address', rfc: 'RFC 4291' },
  { prefix: '::1', length: 128, reason: 'a loopback address', rfc: 'RFC 4291' },
  { prefix: '::', length: 96, reason: 'an IPv4-compatible address', rfc: 'RFC 4291' },
  { prefix: '::ffff:0:0', length: 96, reason: 'an IPv4-mapped address', rfc: 'RFC 4291', judge: 'embedded' },
  { prefix: '::ffff:0:0:0', length: 96, reason: 'an IPv4-translated address', rfc: 'RFC 2765' },
  { prefix: '64:ff9b::', length: 96, reason: 'a NAT64 address', rfc: 'RFC 6052', judge: 'embedded' },
  { prefix: '64:ff9b:1::', length: 48, reason: 'a local-use NAT64 address', rfc: 'RFC 8215' },
  { prefix: '100::', length: 64, reason: 'a discard-only address', rfc: 'RFC 6666' },
  { prefix: '100:0:0:1::', length: 64, reason: 'a dummy address', rfc: 'RFC 9780' },
  { prefix: '2001::', length: 23, reason: 'an IETF protocol address', rfc: 'RFC 2928' },
  { prefix: '2001::', length: 32, reason: 'a Teredo address', rfc: 'RFC 4380, RFC 8190' },
  { prefix: '2001:1::1', length: 128, reason: 'a PCP anycast address', rfc: 'RFC 7723' },
  { prefix: '2001:1::2', length: 128, reason: 'a TURN anycast address', rfc: 'RFC 8155' },
  { prefix: '2001:1::3', length: 128, reason: 'a DNS-SD SRP anycast address', rfc: 'RFC 9665' },
  { prefix: '2001:2::', length: 48, reason: 'a benchmarking address', rfc: 'RFC 5180' },
  { prefix: '2001:3::', length: 32, reason: 'an AMT address', rfc: 'RFC 7450' },
  { prefix: '2001:4:112::', length: 48, reason: 'an AS112 address', rfc: 'RFC 7535' },
  { prefix: '2001:10::', length: 28, reason: 'an ORCHID address', rfc: 'RFC 4843' },
  { prefix: '2001:20::', length: 28, reason: 'an ORCHIDv2 address', rfc: 'RFC 7343' },
  { prefix: '2001:30::', length: 28, reason: 'a drone remote ID address', rfc: 'RFC 9374' },
  { prefix: '2001:db8::', length: 32, reason: 'a documentation address', rfc: 'RFC 3849' },
  { prefix: '2002::', length: 16, reason: 'a 6to4 address', rfc: 'RFC 3056' },
  { prefix: '2620:4f:8000::', length: 48, reason: 'an AS112 address', rfc: 'RFC 7534' },
  { prefix: '3fff::', length: 20, reason: 'a documentation address', rfc: 'RFC 9637' },
  { prefix: '5f00::', length: 16, reason: 'a segment routing (SRv6) address', rfc: 'RFC 9602' },
  { prefix: 'fc00::', length: 7, reason: 'a private (unique local) address', rfc: 'RFC 4193' },
  { prefix: 'fe80::', length: 10, reason: 'a link-local address', rfc: 'RFC 4291' },
  { prefix: 'fec0::', length: 10, reason: 'a site-local address', rfc: 'RFC 3879' },
  { prefix: 'ff00::', length: 8, reason: 'a multicast address', rfc: 'RFC 4291' },
];
