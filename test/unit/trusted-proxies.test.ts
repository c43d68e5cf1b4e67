// The client address: forwarding headers believed from trusted proxies only, walked from the right.
import { describe, expect, it } from 'vitest';
import { TrustedProxies, canonicalAddress, trustedProxyProblem } from '../../src/proxy/trusted-proxies.js';

const proxies = new TrustedProxies(['127.0.0.1', '10.0.0.0/8', 'fd00::/8']);
const from = (peer: string, headers: Record<string, string> = {}) => proxies.clientAddress({ socket: { remoteAddress: peer }, headers });

describe('TrustedProxies.clientAddress', () => {
  it.each([
    ['an untrusted peer, whatever it claims', '203.0.113.9', { 'x-forwarded-for': '127.0.0.1' }, '203.0.113.9'],
    ['an untrusted peer in 127/8 (only 127.0.0.1 is listed)', '127.0.0.2', { forwarded: 'for=198.51.100.1' }, '127.0.0.2'],
    ['a trusted peer without headers', '127.0.0.1', {}, '127.0.0.1'],
    ['a trusted peer as IPv4-mapped IPv6', '::ffff:127.0.0.1', { 'x-forwarded-for': '203.0.113.7' }, '203.0.113.7'],
    ['the first untrusted hop from the right', '127.0.0.1', { 'x-forwarded-for': '198.51.100.1, 203.0.113.7, 10.1.2.3' }, '203.0.113.7'],
    ['the leftmost when every hop is trusted', '127.0.0.1', { 'x-forwarded-for': '10.1.1.1, 10.1.2.3' }, '10.1.1.1'],
    ['an entry with a port', '10.0.0.5', { 'x-forwarded-for': '203.0.113.7:51000' }, '203.0.113.7'],
    ['RFC 7239 Forwarded, quoted IPv6 with a port', '127.0.0.1', { forwarded: 'for=192.0.2.60;proto=http;by=203.0.113.43, for="[2001:DB8:cafe::17]:4711"' }, '2001:db8:cafe::17'],
    ['Forwarded past a trusted IPv6 hop', 'fd00::5', { forwarded: 'For=192.0.2.9, for="[fd00::1]"' }, '192.0.2.9'],
    ['X-Forwarded-For over Forwarded when both are sent', '127.0.0.1', { 'x-forwarded-for': '203.0.113.7', forwarded: 'for=127.0.0.1' }, '203.0.113.7'],
    ['an obfuscated Forwarded node as its own key', '127.0.0.1', { forwarded: 'for="_Hidden"' }, '_hidden'],
    ['an "unknown" hop, never loopback', '127.0.0.1', { 'x-forwarded-for': '127.0.0.1, unknown' }, 'unknown'],
  ])('%s', (_name, peer, headers, expected) => {
    expect(from(peer, headers)).toBe(expected);
  });

  it('believes nobody when no proxy is listed', () => {
    const none = new TrustedProxies([]);
    expect(none.clientAddress({ socket: { remoteAddress: '127.0.0.1' }, headers: { 'x-forwarded-for': '203.0.113.7' } })).toBe('127.0.0.1');
    expect(none.trusts('127.0.0.1')).toBe(false);
  });
});

describe('trusted proxy entries', () => {
  it.each(['10.0.0.1', '10.0.0.0/8', '0.0.0.0/0', 'fd00::/8', '2001:DB8::1', '::1'])('accepts %s', (entry) => {
    expect(trustedProxyProblem(entry)).toBeUndefined();
  });

  it.each(['proxy.local', '10.0.0.0/33', 'fd00::/129', '10.0.0.1/', '1.2.3.4/8/1', '1.2.3.4:80', '::ffff:1.2.3.4', ''])('refuses %j', (entry) => {
    expect(trustedProxyProblem(entry)).toMatch(/./);
  });

  it('reads addresses in their usual spellings', () => {
    expect(canonicalAddress('[::1]:80')).toBe('::1');
    expect(canonicalAddress('1.2.3.4:99')).toBe('1.2.3.4');
    expect(canonicalAddress('"[FD00::1]"')).toBe('fd00::1');
    expect(canonicalAddress('::ffff:10.0.0.1')).toBe('10.0.0.1');
    expect(canonicalAddress('unknown')).toBeUndefined();
  });
});
