// SIRENA_TRUSTED_PROXIES: a trusted proxy's X-Forwarded-For / Forwarded names the client for the socket and SSE
// limits and for ingest; the same headers from any other peer are ignored (the client is the peer).
// Loopback holds both: the proxy is 127.0.0.1 (trusted), a forger is 127.0.0.2 (not listed).
import { request as httpRequest } from 'node:http';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStream, startRole, testRedisUrl, uniquePrefix, type RoleProcess } from '../helpers/system.js';

const PROXY = '127.0.0.1';
const FORGER = '127.0.0.2';
const procs: RoleProcess[] = [];
let gateway: RoleProcess;
let api: RoleProcess;
beforeAll(async () => {
  const env = { REDIS_URL: testRedisUrl(), SIRENA_KEY_PREFIX: uniquePrefix(), SIRENA_TRUSTED_PROXIES: `${PROXY}/32` };
  [gateway, api] = await Promise.all([
    startRole('gateway', { ...env, SIRENA_MAX_SOCKETS_PER_IP: '2' }),
    startRole('api', { ...env, SIRENA_INGEST_RATE_LIMIT: '2' }),
  ]);
  procs.push(gateway, api);
});
afterAll(async () => {
  await Promise.all(procs.map((proc) => proc.stop()));
});

const sockets: Socket[] = [];
afterAll(() => {
  for (const socket of sockets) socket.close();
});

/** Connects a socket from `localAddress` with these headers; resolves null, or the connect_error's data.code. */
function connectVia(localAddress: string, headers: Record<string, string>): Promise<string | null> {
  const socket = io(gateway.url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: headers,
    ...({ localAddress } as object),
  });
  sockets.push(socket);
  return new Promise((resolve) => {
    socket.once('connect', () => resolve(null));
    socket.once('connect_error', (error: Error & { data?: { code?: string } }) => resolve(error.data?.code ?? error.message));
  });
}

/** POST /v1/updates from `localAddress` with these headers; resolves the status. */
function postVia(localAddress: string, headers: Record<string, string>): Promise<number> {
  const body = JSON.stringify({ text: 'Troops rotated near the border', topics: ['troops'] });
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${api.url}/v1/updates`, {
      method: 'POST',
      localAddress,
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers },
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('behind a trusted proxy', () => {
  it('counts each forwarded client against its own limit; a forged header from an untrusted peer counts as that peer', async () => {
    const alice = { 'x-forwarded-for': '198.51.100.7, 203.0.113.1' };
    const bob = { forwarded: 'for="[2001:db8::b0b]:4711";proto=https' };
    // Two clients behind the one proxy address, two sockets each: four from 127.0.0.1, within a limit of two each.
    expect(await Promise.all([connectVia(PROXY, alice), connectVia(PROXY, alice), connectVia(PROXY, bob), connectVia(PROXY, bob)])).toEqual([
      null,
      null,
      null,
      null,
    ]);
    // One client's third is refused; SSE counts with its sockets.
    expect(await connectVia(PROXY, { 'x-forwarded-for': '203.0.113.1' })).toBe('rate_limited');
    const stream = await openStream(gateway.url, '/v1/stream?topic=troops', { forwarded: 'for="[2001:db8::b0b]"' });
    stream.close();
    expect(stream.status).toBe(429);

    // From a peer that is no trusted proxy the header is ignored: three "different" clients are one address.
    const forged = await Promise.all([1, 2, 3].map((n) => connectVia(FORGER, { 'x-forwarded-for': `192.0.2.${n}` })));
    expect(forged.filter((outcome) => outcome === null)).toHaveLength(2);
    expect(forged.filter((outcome) => outcome === 'rate_limited')).toHaveLength(1);
  });

  it('ingest without keys is open to loopback clients only: the forwarded client decides, and the rate counts per client', async () => {
    // An outside client through the proxy is not loopback, however local the proxy is.
    expect(await postVia(PROXY, { 'x-forwarded-for': '203.0.113.9' })).toBe(403);
    // A loopback client through the proxy is, with a rate of its own.
    const local = { 'x-forwarded-for': '127.0.0.5' };
    expect([await postVia(PROXY, local), await postVia(PROXY, local), await postVia(PROXY, local)]).toEqual([202, 202, 429]);
    expect(await postVia(PROXY, { 'x-forwarded-for': '127.0.0.6' })).toBe(202);
    // An untrusted peer's header is ignored both ways: it is the loopback client 127.0.0.2, not the address it claims.
    expect(await postVia(FORGER, { 'x-forwarded-for': '203.0.113.9' })).toBe(202);
    expect(await postVia(FORGER, { 'x-forwarded-for': '127.0.0.5' })).toBe(202);
  });
});
