import { type LookupAddress, lookup } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { classifyAddress } from './classify-address.js';

/** Which addresses a feed may be fetched from. */
export interface AddressPolicy {
  /** Lets loopback, private and link-local addresses through (tests, a trusted LAN). */
  allowPrivateAddresses: boolean;
  /** Individual addresses allowed even when private ones are not (a known internal feed server). */
  allowedAddresses?: readonly string[];
}

/** A host resolved to an address the policy refuses. Carried as `cause` through undici. */
export class BlockedAddressError extends Error {
  override readonly name = 'BlockedAddressError';
}

/** Why `address` is refused under `policy`, or null when it may be contacted. */
export function refusalFor(host: string, address: string, policy: AddressPolicy): string | null {
  if (policy.allowPrivateAddresses || policy.allowedAddresses?.includes(address)) return null;
  const reason = classifyAddress(address);
  if (reason === null) return null;
  return host === address
    ? `refusing ${address}: ${reason}`
    : `refusing ${host}: it resolves to ${address}, ${reason}`;
}

/**
 * A `lookup` for the connection itself (undici's `connect.lookup`): the addresses it checks are
 * the ones the socket connects to, so a name that resolves to a public address for a check and
 * to a private one a moment later (DNS rebinding) cannot slip through. Every address of the name
 * must pass, not just the first.
 */
export function createGuardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      for (const { address } of addresses) {
        const refusal = refusalFor(hostname, address, policy);
        if (refusal) return callback(new BlockedAddressError(refusal), '', 0);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first)
        return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
      callback(null, first.address, first.family);
    });
  };
}

/** Checks a URL's host when it is an IP literal: sockets skip `lookup` for those. */
export function refusalForLiteralHost(url: URL, policy: AddressPolicy): string | null {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return isIP(host) ? refusalFor(host, host, policy) : null;
}
