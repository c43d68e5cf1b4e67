// TrustedProxies: who a request comes from — its peer, or, when the peer is a trusted proxy, the client its forwarding headers name.
import type { IncomingHttpHeaders } from 'node:http';
import { BlockList, isIP } from 'node:net';

/** What a client address is read from: an HTTP request, a Socket.IO handshake's request, an SSE request. */
export interface PeerRequest {
  socket: { remoteAddress?: string | undefined };
  headers: IncomingHttpHeaders;
}

/** A forwarded entry that names no address ("unknown", an RFC 7239 obfuscated id) is kept as a key this long at most. */
const MAX_TOKEN_LENGTH = 64;

/**
 * An address in canonical form: IPv4 dotted, IPv6 lower case, an IPv4-mapped IPv6 address as its IPv4 one; a port
 * (`1.2.3.4:80`, `[::1]:80`) and RFC 7239 quotes are dropped. Undefined when it is no IP address.
 */
export function canonicalAddress(raw: string): string | undefined {
  let value = raw.trim();
  if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1).trim();
  if (value.startsWith('[')) {
    const end = value.indexOf(']');
    if (end < 0) return undefined;
    value = value.slice(1, end);
  } else if (/^[0-9.]+:\d+$/.test(value)) {
    value = value.slice(0, value.indexOf(':'));
  }
  const family = isIP(value);
  if (family === 4) return value;
  if (family !== 6) return undefined;
  const lower = value.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower)?.[1];
  return mapped ?? lower;
}

/**
 * What is wrong with one SIRENA_TRUSTED_PROXIES entry (an address or CIDR, IPv4 or IPv6), or undefined when it is fine.
 * @example trustedProxyProblem('10.0.0.0/8') === undefined
 */
export function trustedProxyProblem(entry: string): string | undefined {
  const [address = '', prefix, extra] = entry.split('/');
  if (isIP(address) === 0 || extra !== undefined) {
    return `${JSON.stringify(entry)} is not an IP address or CIDR (e.g. 10.0.0.1, 10.0.0.0/8, fd00::/8)`;
  }
  if (canonicalAddress(address) !== address.toLowerCase()) return `${JSON.stringify(entry)}: write an IPv4 address as IPv4`;
  if (prefix === undefined) return undefined;
  const max = isIP(address) === 4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > max) return `${JSON.stringify(entry)}: the prefix length must be 0-${max}`;
  return undefined;
}

/**
 * The proxies (addresses and CIDRs) whose `X-Forwarded-For` or `Forwarded` (RFC 7239) is believed. Every role reads
 * a client's address through it: the gateway's per-address limits, SSE, ingest's loopback rule and rate keys, and
 * Express's `trust proxy`.
 * @example
 * const proxies = new TrustedProxies(['10.0.0.0/8']);
 * proxies.clientAddress(req); // '203.0.113.7' for a request from 10.0.0.5 with X-Forwarded-For: 203.0.113.7
 */
export class TrustedProxies {
  private readonly list = new BlockList();
  private readonly empty: boolean;

  /** @param entries addresses or CIDRs, each valid by trustedProxyProblem (config.ts checks them at start-up). */
  constructor(entries: readonly string[]) {
    this.empty = entries.length === 0;
    for (const entry of entries) {
      const problem = trustedProxyProblem(entry);
      if (problem) throw new Error(`trusted proxy ${problem}`);
      const [address, prefix] = entry.split('/') as [string, string | undefined];
      const canonical = canonicalAddress(address) as string;
      const type = isIP(canonical) === 4 ? 'ipv4' : 'ipv6';
      if (prefix === undefined) this.list.addAddress(canonical, type);
      else this.list.addSubnet(canonical, Number(prefix), type);
    }
  }

  /** Whether `address` (any form canonicalAddress reads) is a trusted proxy. Express's `trust proxy` calls it too. */
  trusts(address: string | undefined): boolean {
    if (this.empty || address === undefined) return false;
    const canonical = canonicalAddress(address);
    if (canonical === undefined) return false;
    return this.list.check(canonical, isIP(canonical) === 4 ? 'ipv4' : 'ipv6');
  }

  /**
   * The client's address. From an untrusted peer it is the peer, whatever its headers say (a forged header counts for
   * nothing). From a trusted proxy, the forwarded chain is walked from the right — each hop appends the address it
   * saw — skipping trusted proxies: the first address that is not one is the client. `X-Forwarded-For` is read when
   * present (every common proxy writes it), else `Forwarded`. An entry that names no address is the client's key as
   * it stands (never loopback).
   */
  clientAddress(req: PeerRequest): string {
    const peerRaw = req.socket.remoteAddress ?? 'unknown';
    const peer = canonicalAddress(peerRaw) ?? peerRaw;
    if (!this.trusts(peer)) return peer;
    const hops = forwardedChain(req.headers);
    let client = peer;
    for (let i = hops.length - 1; i >= 0; i -= 1) {
      const hop = hops[i] as string;
      const address = canonicalAddress(hop);
      if (address === undefined) return hop.replace(/"/g, '').trim().slice(0, MAX_TOKEN_LENGTH).toLowerCase() || 'unknown';
      client = address;
      if (!this.trusts(address)) return address;
    }
    return client;
  }
}

/** The forwarded-for entries, leftmost (the original client, by their account) first. */
function forwardedChain(headers: IncomingHttpHeaders): string[] {
  const xff = headers['x-forwarded-for'];
  if (xff !== undefined) {
    return [xff]
      .flat()
      .join(',')
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
  }
  const forwarded = headers.forwarded;
  if (forwarded === undefined) return [];
  // Elements are comma-separated, their pairs `;`-separated; a quoted value (an IPv6 address) holds neither.
  return splitOutsideQuotes([forwarded].flat().join(','), ',')
    .filter((element) => element.trim() !== '')
    .map((element) => {
      for (const pair of splitOutsideQuotes(element, ';')) {
        const eq = pair.indexOf('=');
        if (eq > 0 && pair.slice(0, eq).trim().toLowerCase() === 'for') return pair.slice(eq + 1).trim();
      }
      return 'unknown';
    });
}

function splitOutsideQuotes(value: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of value) {
    if (char === '"') quoted = !quoted;
    if (char === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}
