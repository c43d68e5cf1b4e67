// Hostile input, table-driven: each bad request gets its documented status and code, and the processes keep
// serving (health, a valid request, and no prototype pollution) after every batch.
import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { TestClient, connectClient, postUpdate, request, startSystem, waitUntil, type TestSystem } from '../helpers/system.js';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem({
    gateways: 1,
    workers: 1,
    // The suite itself is a flood from one address: keep the flood limits out of the way of what it tests here.
    env: { SIRENA_INGEST_RATE_LIMIT: '100000', SIRENA_SUBSCRIBE_RATE_PER_MINUTE: '1000' },
  });
});
afterAll(async () => {
  await sys?.stop();
});

let checks = 0;
/** The processes still serve: health, a valid update alerted end to end, and Object.prototype untouched. */
async function stillServing(): Promise<void> {
  checks += 1;
  expect((await request(sys.api.url, 'GET', '/healthz')).status).toBe(200);
  expect((await request(sys.gateways[0]!.url, 'GET', '/healthz')).status).toBe(200);
  const id = `still-serving-${checks}`;
  // No topics or severity hints: a polluted Object.prototype.topics/severity would show up as hints in the alert.
  expect((await postUpdate(sys, { id, text: 'The weather in Lviv is mild today' })).status).toBe(202);
  const alert = await waitUntil(async () => {
    const got = await request<{ topics: string[]; severity: string; polluted?: unknown }>(sys.api.url, 'GET', `/v1/alerts/${id}`);
    return got.status === 200 ? got.body : null;
  }, `alert ${id}`);
  expect(alert).toMatchObject({ topics: ['general'], severity: 'unknown' });
  expect(alert.polluted).toBeUndefined();
  const list = await request<{ alerts: { id: string }[] }>(sys.api.url, 'GET', '/v1/alerts?limit=2');
  expect(list.status).toBe(200);
  expect(list.body.alerts[0]?.id).toBe(id);
}

type Case = [name: string, method: string, path: string, init: { json?: unknown; body?: string | Buffer; headers?: Record<string, string> }, status: number, code: string];

const json = { 'content-type': 'application/json' };
const ok = { text: 'Troops rotated near the border' };
const nest = (depth: number, open: string, close: string, inner: string) => open.repeat(depth) + inner + close.repeat(depth);

const HTTP_CASES: Case[] = [
  // Malformed JSON
  ['an unterminated object', 'POST', '/v1/updates', { body: '{', headers: json }, 400, 'invalid_json'],
  ['a missing value', 'POST', '/v1/updates', { body: '{"text":}', headers: json }, 400, 'invalid_json'],
  ['a trailing comma', 'POST', '/v1/updates', { body: '{"text":"a",}', headers: json }, 400, 'invalid_json'],
  ['single quotes', 'POST', '/v1/updates', { body: "{'text':'a'}", headers: json }, 400, 'invalid_json'],
  ['NaN', 'POST', '/v1/updates', { body: '{"text":NaN}', headers: json }, 400, 'invalid_json'],
  ['a BOM then garbage', 'POST', '/v1/updates', { body: '\uFEFF}{', headers: json }, 400, 'invalid_json'],
  ['an empty body', 'POST', '/v1/updates', { body: '', headers: json }, 400, 'invalid_request'],
  // Wrong shapes and types
  ['top-level null', 'POST', '/v1/updates', { body: 'null', headers: json }, 400, 'invalid_request'],
  ['a top-level number', 'POST', '/v1/updates', { body: '42', headers: json }, 400, 'invalid_request'],
  ['a top-level string', 'POST', '/v1/updates', { body: '"drones over Kyiv"', headers: json }, 400, 'invalid_request'],
  ['a top-level array', 'POST', '/v1/updates', { json: [ok] }, 400, 'invalid_request'],
  ['text as a number', 'POST', '/v1/updates', { json: { text: 42 } }, 400, 'invalid_request'],
  ['text as null', 'POST', '/v1/updates', { json: { text: null } }, 400, 'invalid_request'],
  ['text as an array', 'POST', '/v1/updates', { json: { text: ['a'] } }, 400, 'invalid_request'],
  ['text as an object', 'POST', '/v1/updates', { json: { text: { toString: 'x' } } }, 400, 'invalid_request'],
  ['blank text', 'POST', '/v1/updates', { json: { text: ' \n\t ' } }, 400, 'invalid_request'],
  ['no text', 'POST', '/v1/updates', { json: { title: 'a title' } }, 400, 'invalid_request'],
  ['an extra field', 'POST', '/v1/updates', { json: { ...ok, admin: true } }, 400, 'invalid_request'],
  ['nested junk', 'POST', '/v1/updates', { json: { ...ok, meta: { a: [1, { b: null }, [[]]] } } }, 400, 'invalid_request'],
  // Huge values
  ['text over 20000 characters', 'POST', '/v1/updates', { json: { text: 'a'.repeat(20_001) } }, 400, 'invalid_request'],
  ['a title over 500 characters', 'POST', '/v1/updates', { json: { ...ok, title: 't'.repeat(501) } }, 400, 'invalid_request'],
  ['a body over SIRENA_MAX_BODY_BYTES', 'POST', '/v1/updates', { json: { text: 'a'.repeat(2_000_000) } }, 413, 'payload_too_large'],
  ['a gzip bomb', 'POST', '/v1/updates', { body: gzipSync(Buffer.alloc(20_000_000, 32)), headers: { ...json, 'content-encoding': 'gzip' } }, 413, 'payload_too_large'],
  ['deeply nested arrays', 'POST', '/v1/updates', { body: `{"text":"a","title":${nest(100_000, '[', ']', '1')}}`, headers: json }, 400, 'invalid_request'],
  ['deeply nested objects', 'POST', '/v1/updates', { body: `{"text":"a","title":${nest(50_000, '{"a":', '}', '1')}}`, headers: json }, 400, 'invalid_request'],
  // Unicode tricks
  ['a lone high surrogate in text', 'POST', '/v1/updates', { body: '{"text":"alert \\ud800 now"}', headers: json }, 400, 'invalid_request'],
  ['a lone low surrogate in the title', 'POST', '/v1/updates', { body: '{"text":"a","title":"\\udc00x"}', headers: json }, 400, 'invalid_request'],
  ['NUL in text', 'POST', '/v1/updates', { json: { text: 'drones\u0000inbound' } }, 400, 'invalid_request'],
  ['NUL in the source', 'POST', '/v1/updates', { json: { ...ok, source: 'wire\u0000' } }, 400, 'invalid_request'],
  ['an RTL override in a topic', 'POST', '/v1/updates', { json: { ...ok, topics: ['\u202Etroops'] } }, 400, 'invalid_request'],
  ['a zero-width space in an id', 'POST', '/v1/updates', { json: { ...ok, id: 'abc\u200Bdef' } }, 400, 'invalid_request'],
  ['a homoglyph hyphen in a topic', 'POST', '/v1/updates', { json: { ...ok, topics: ['kyiv\u2010air-raids'] } }, 400, 'invalid_request'],
  ['a Cyrillic homoglyph topic', 'POST', '/v1/updates', { json: { ...ok, topics: ['trоops'] } }, 400, 'invalid_request'],
  // Prototype pollution
  ['__proto__ in the body', 'POST', '/v1/updates', { body: '{"text":"a","__proto__":{"topics":["diplomacy"],"severity":"extreme","polluted":1}}', headers: json }, 400, 'invalid_request'],
  ['constructor.prototype in the body', 'POST', '/v1/updates', { body: '{"text":"a","constructor":{"prototype":{"topics":["diplomacy"],"polluted":1}}}', headers: json }, 400, 'invalid_request'],
  ['__proto__ in a batch item', 'POST', '/v1/updates', { body: '{"updates":[{"text":"a","__proto__":{"severity":"extreme"}}]}', headers: json }, 400, 'invalid_request'],
  ['__proto__ beside updates', 'POST', '/v1/updates', { body: '{"updates":[{"text":"a"}],"__proto__":{"polluted":1}}', headers: json }, 400, 'invalid_request'],
  ['__proto__ in the query', 'GET', '/v1/alerts?__proto__[polluted]=1&__proto__.topics=x', {}, 400, 'invalid_request'],
  ['constructor[prototype] in the query', 'GET', '/v1/alerts?constructor[prototype][polluted]=1', {}, 400, 'invalid_request'],
  // Topics and severities
  ['an upper-case topic', 'POST', '/v1/updates', { json: { ...ok, topics: ['Troops'] } }, 400, 'invalid_request'],
  ['a topic starting with "-"', 'POST', '/v1/updates', { json: { ...ok, topics: ['-troops'] } }, 400, 'invalid_request'],
  ['a 65-character topic', 'POST', '/v1/updates', { json: { ...ok, topics: ['t'.repeat(65)] } }, 400, 'invalid_request'],
  ['an unknown topic', 'POST', '/v1/updates', { json: { ...ok, topics: ['atlantis'] } }, 400, 'unknown_topic'],
  ['no topics in the list', 'POST', '/v1/updates', { json: { ...ok, topics: [] } }, 400, 'invalid_request'],
  ['17 topics', 'POST', '/v1/updates', { json: { ...ok, topics: Array.from({ length: 17 }, () => 'troops') } }, 400, 'invalid_request'],
  ['topics as a string', 'POST', '/v1/updates', { json: { ...ok, topics: 'troops' } }, 400, 'invalid_request'],
  ['a made-up severity', 'POST', '/v1/updates', { json: { ...ok, severity: 'critical' } }, 400, 'invalid_request'],
  ['an upper-case severity', 'POST', '/v1/updates', { json: { ...ok, severity: 'EXTREME' } }, 400, 'invalid_request'],
  ['a numeric severity', 'POST', '/v1/updates', { json: { ...ok, severity: 4 } }, 400, 'invalid_request'],
  // Ids, dates, urls, languages
  ['an id with a colon', 'POST', '/v1/updates', { json: { ...ok, id: 'a:b' } }, 400, 'invalid_request'],
  ['a path-traversal id', 'POST', '/v1/updates', { json: { ...ok, id: '../../etc/passwd' } }, 400, 'invalid_request'],
  ['a 129-character id', 'POST', '/v1/updates', { json: { ...ok, id: 'i'.repeat(129) } }, 400, 'invalid_request'],
  ['a numeric id', 'POST', '/v1/updates', { json: { ...ok, id: 12 } }, 400, 'invalid_request'],
  ['a word for a date', 'POST', '/v1/updates', { json: { ...ok, publishedAt: 'yesterday' } }, 400, 'invalid_request'],
  ['an impossible date', 'POST', '/v1/updates', { json: { ...ok, publishedAt: '2024-13-45T25:61:00Z' } }, 400, 'invalid_request'],
  ['a date without an offset', 'POST', '/v1/updates', { json: { ...ok, publishedAt: '2024-01-01T00:00:00' } }, 400, 'invalid_request'],
  ['an epoch number for a date', 'POST', '/v1/updates', { json: { ...ok, publishedAt: 1_700_000_000 } }, 400, 'invalid_request'],
  ['a javascript: url', 'POST', '/v1/updates', { json: { ...ok, url: 'javascript:alert(1)' } }, 400, 'invalid_request'],
  ['an ftp url', 'POST', '/v1/updates', { json: { ...ok, url: 'ftp://example.com/x' } }, 400, 'invalid_request'],
  ['not a url', 'POST', '/v1/updates', { json: { ...ok, url: 'not a url' } }, 400, 'invalid_request'],
  ['a bad language tag', 'POST', '/v1/updates', { json: { ...ok, lang: 'english!' } }, 400, 'invalid_request'],
  // Batches
  ['an empty batch', 'POST', '/v1/updates', { json: { updates: [] } }, 400, 'invalid_request'],
  ['updates as an object', 'POST', '/v1/updates', { json: { updates: { 0: ok } } }, 400, 'invalid_request'],
  ['a batch of 1001', 'POST', '/v1/updates', { json: { updates: Array.from({ length: 1001 }, () => ok) } }, 400, 'invalid_request'],
  ['a batch with one bad update', 'POST', '/v1/updates', { json: { updates: [{ ...ok, id: 'batch-good' }, { text: 7 }] } }, 400, 'invalid_request'],
  // Media types and methods
  ['text/plain', 'POST', '/v1/updates', { body: JSON.stringify(ok), headers: { 'content-type': 'text/plain' } }, 415, 'unsupported_media_type'],
  ['no content type', 'POST', '/v1/updates', { body: JSON.stringify(ok) }, 415, 'unsupported_media_type'],
  ['form encoding', 'POST', '/v1/updates', { body: 'text=hello', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415, 'unsupported_media_type'],
  ['a latin1 charset', 'POST', '/v1/updates', { body: JSON.stringify(ok), headers: { 'content-type': 'application/json; charset=latin1' } }, 415, 'unsupported_media_type'],
  ['an unknown content encoding', 'POST', '/v1/updates', { body: JSON.stringify(ok), headers: { ...json, 'content-encoding': 'x-magic' } }, 415, 'unsupported_media_type'],
  ['PUT on updates', 'PUT', '/v1/updates', { json: ok }, 404, 'not_found'],
  ['DELETE on an alert', 'DELETE', '/v1/alerts/abc', {}, 404, 'not_found'],
  ['PATCH on topics', 'PATCH', '/v1/topics', { json: {} }, 404, 'not_found'],
  ['GET on updates', 'GET', '/v1/updates', {}, 404, 'not_found'],
  // Queries and path parameters
  ['a word for limit', 'GET', '/v1/alerts?limit=abc', {}, 400, 'invalid_request'],
  ['limit 0', 'GET', '/v1/alerts?limit=0', {}, 400, 'invalid_request'],
  ['a huge limit', 'GET', '/v1/alerts?limit=100000', {}, 400, 'invalid_request'],
  ['a negative after', 'GET', '/v1/alerts?after=-1', {}, 400, 'invalid_request'],
  ['an infinite after', 'GET', '/v1/alerts?after=1e400', {}, 400, 'invalid_request'],
  ['a repeated after', 'GET', '/v1/alerts?after=1&after=2', {}, 400, 'invalid_request'],
  ['an invalid topic in the query', 'GET', '/v1/alerts?topic=Atlantis!', {}, 400, 'invalid_request'],
  ['an unknown topic in the query', 'GET', '/v1/alerts?topic=atlantis', {}, 400, 'unknown_topic'],
  ['a bad minSeverity', 'GET', '/v1/alerts?minSeverity=apocalyptic', {}, 400, 'invalid_request'],
  ['an unknown query parameter', 'GET', '/v1/alerts?debug=1', {}, 400, 'invalid_request'],
  ['an encoded NUL id', 'GET', '/v1/alerts/%00', {}, 404, 'alert_not_found'],
  ['an encoded traversal id', 'GET', '/v1/alerts/..%2F..%2Fetc%2Fpasswd', {}, 404, 'alert_not_found'],
  ['a 5000-character id', 'GET', `/v1/alerts/${'x'.repeat(5000)}`, {}, 404, 'alert_not_found'],
  ['an RTL override incident id', 'GET', '/v1/incidents/%E2%80%AEabc', {}, 404, 'incident_not_found'],
  ['a broken percent-encoding', 'GET', '/v1/alerts/%E0%A4%A', {}, 400, 'invalid_request'],
];

describe('hostile HTTP input gets its documented code', () => {
  it(`has at least 40 cases (${HTTP_CASES.length})`, () => {
    expect(HTTP_CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(HTTP_CASES)('%s → %s %s', async (_name, method, path, init, status, code) => {
    const headers = { ...init.headers };
    let body: string | Blob | undefined = typeof init.body === 'string' || init.body === undefined ? init.body : new Blob([new Uint8Array(init.body)]);
    if (init.json !== undefined) {
      body = JSON.stringify(init.json);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${sys.api.url}${path}`, { method, headers, ...(body !== undefined && { body }) });
    const answer = (await response.json()) as { error?: { code: string; message: string } };
    expect({ status: response.status, code: answer.error?.code }).toEqual({ status, code });
    expect(answer.error?.message).toEqual(expect.any(String));
    expect(JSON.stringify(answer)).not.toMatch(/at .+\.js:\d+/);
  });

  it('a rejected batch accepted nothing of it', async () => {
    expect((await request(sys.api.url, 'GET', '/v1/alerts/batch-good')).status).toBe(404);
  });

  it('a raw request with a malformed request line or header does not disturb the server', async () => {
    const answers = await Promise.all(
      ['GARBAGE\r\n\r\n', 'POST /v1/updates HTTP/1.1\r\nContent-Length: -1\r\n\r\n', `GET /${'a'.repeat(100_000)} HTTP/1.1\r\n\r\n`].map(
        (raw) =>
          new Promise<string>((resolve) => {
            const socket = connect(sys.api.port, '127.0.0.1', () => socket.end(raw));
            let got = '';
            socket.on('data', (chunk) => (got += chunk.toString()));
            socket.on('close', () => resolve(got));
            socket.on('error', () => resolve(got));
          }),
      ),
    );
    for (const answer of answers) expect(answer).toMatch(/^HTTP\/1\.1 4\d\d/);
  });

  it('the processes keep serving, unpolluted', stillServing);
});

describe('unicode that is only unusual is stored verbatim', () => {
  it('RTL marks, zero-width joiners and emoji in text round-trip', async () => {
    const text = 'שלום \u202B\u05E2\u202C 👩\u200D🚒 тривога\u200B!';
    const posted = await postUpdate(sys, { id: 'unicode-ok', text, title: 'Ελληνικά \u{1F6A8}' });
    expect(posted.status).toBe(202);
    const alert = await waitUntil(async () => {
      const got = await request<{ text: string; title: string }>(sys.api.url, 'GET', '/v1/alerts/unicode-ok');
      return got.status === 200 ? got.body : null;
    }, 'the alert');
    expect(alert).toMatchObject({ text, title: 'Ελληνικά \u{1F6A8}' });
  });
});

const SOCKET_CASES: [string, unknown, string][] = [
  ['null', null, 'invalid_request'],
  ['a number', 42, 'invalid_request'],
  ['an array', [{ topics: ['troops'] }], 'invalid_request'],
  ['topics as a string', { topics: 'troops' }, 'invalid_request'],
  ['a numeric topic', { topics: [1] }, 'invalid_request'],
  ['an object topic', { topics: [{ id: 'troops' }] }, 'invalid_request'],
  ['65 topics in one call', { topics: Array.from({ length: 65 }, (_, i) => `t${i}`) }, 'invalid_request'],
  ['since as a string', { topics: ['troops'], since: '5' }, 'invalid_request'],
  ['a fractional since', { topics: ['troops'], since: 1.5 }, 'invalid_request'],
  ['an unsafe-integer since', { topics: ['troops'], since: 2 ** 60 }, 'invalid_request'],
  ['minSeverity null', { topics: ['troops'], minSeverity: null }, 'invalid_request'],
  ['an RTL override topic', { topics: ['\u202Etroops'] }, 'invalid_request'],
  ['a __proto__ key', JSON.parse('{"topics":["troops"],"__proto__":{"polluted":1}}'), 'invalid_request'],
  ['a binary payload', Buffer.from('{"topics":["troops"]}'), 'invalid_request'],
];

describe('hostile Socket.IO input', () => {
  it.each(SOCKET_CASES)('subscribe with %s → ack %s, still connected', async (_name, payload, code) => {
    const client = await connectClient(sys.gateways[0]!.url);
    expect(await client.subscribe(payload)).toMatchObject({ ok: false, error: { code } });
    expect(client.socket.connected).toBe(true);
    expect(await client.subscribe({ topics: ['general'] })).toMatchObject({ ok: true });
    client.close();
  });

  it('events without an ack, unknown events and extra arguments are ignored', async () => {
    const client = await connectClient(sys.gateways[0]!.url);
    const socket = client.socket as unknown as { emit: (...args: unknown[]) => void };
    socket.emit('subscribe', { topics: ['troops'] });
    socket.emit('subscribe');
    socket.emit('hack', { __proto__: { polluted: 1 } });
    socket.emit('unsubscribe', 'junk', 'more', () => undefined);
    socket.emit('subscribe', { topics: ['troops'] }, 'not a function');
    expect(await client.subscribe({ topics: ['diplomacy'] })).toMatchObject({ ok: true, topics: ['troops', 'diplomacy'] });
    expect(client.socket.connected).toBe(true);
    client.close();
  });

  it('garbage engine.io and Socket.IO frames close only that connection', async () => {
    const bystander = await connectClient(sys.gateways[0]!.url);
    const frames = ['garbage', '42["subscribe"', '4{"not":"an event"}', '49999999999999999999["x"]', '42/nope,["subscribe",{}]', '\u0000\u0001'];
    const closes = await Promise.all(
      frames.map(
        (frame) =>
          new Promise<number | 'still open'>((resolve) => {
            const ws = new WebSocket(`ws://127.0.0.1:${sys.gateways[0]!.port}/socket.io/?EIO=4&transport=websocket`);
            ws.on('message', (data) => {
              const text = String(data);
              if (text.startsWith('0')) ws.send('40');
              else if (text.startsWith('40')) ws.send(frame);
            });
            ws.on('close', (code) => resolve(code));
            ws.on('error', () => resolve(-1));
            setTimeout(() => {
              resolve('still open');
              ws.terminate();
            }, 5000).unref();
          }),
      ),
    );
    // The server closed each of them (a parse error ends that connection), none hung open.
    expect(closes).toEqual(frames.map(() => expect.any(Number)));
    expect(bystander.socket.connected).toBe(true);
    expect(await bystander.subscribe({ topics: ['troops'] })).toMatchObject({ ok: true });
    bystander.close();
  });

  it('a flood of subscribes is answered in order and the socket stays usable', async () => {
    const client = await connectClient(sys.gateways[0]!.url);
    const acks = await Promise.all(
      Array.from({ length: 300 }, (_, i) => client.subscribe(i % 3 === 0 ? { topics: ['nope!'] } : { topics: ['troops'], since: 0 })),
    );
    expect(acks.filter((ack) => ack.ok)).toHaveLength(200);
    expect(acks.filter((ack) => !ack.ok).every((ack) => !ack.ok && ack.error.code === 'invalid_request')).toBe(true);
    expect(client.socket.connected).toBe(true);
    client.close();
  });

  it('a flood beyond the subscribe rate gets rate_limited acks', async () => {
    const client = await connectClient(sys.gateways[0]!.url);
    const acks = await Promise.all(Array.from({ length: 1100 }, () => client.subscribe({ topics: ['troops'] })));
    expect(acks.filter((ack) => ack.ok)).toHaveLength(1000);
    expect(acks.slice(1000).every((ack) => !ack.ok && ack.error.code === 'rate_limited')).toBe(true);
    expect(client.socket.connected).toBe(true);
    client.close();
  });

  it('many sockets connecting and dropping at once do not disturb the gateway', async () => {
    const clients = Array.from({ length: 50 }, () => new TestClient(sys.gateways[0]!.url));
    await Promise.all(clients.map((client) => client.connected()));
    for (const client of clients) client.socket.disconnect();
    expect((await request(sys.gateways[0]!.url, 'GET', '/readyz')).status).toBe(200);
  });

  it('the processes keep serving, unpolluted', stillServing);
});
