// A local HTTPS push service (RFC 8030) for tests: a self-signed certificate made with openssl, VAPID (RFC 8292)
// checked on every request, and every body decrypted with the subscription's private key (RFC 8291, aes128gcm).
import { execFileSync } from 'node:child_process';
import { createDecipheriv, createECDH, hkdfSync, randomBytes, verify, type ECDH } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One push the service accepted, as the browser would get it. */
export interface ReceivedPush {
  /** The subscription's name (the last path segment of its endpoint). */
  name: string;
  /** The decrypted payload, parsed. */
  payload: Record<string, unknown>;
  urgency: string | undefined;
  ttl: string | undefined;
  at: number;
}

/** What the service answers a push to one subscription: a status (and Retry-After seconds), in turn; then 201. */
export interface ScriptedAnswer {
  status: number;
  retryAfter?: number;
}

export interface FakeSubscription {
  name: string;
  /** PushSubscription.toJSON() as a browser would send it. */
  json: { endpoint: string; expirationTime: null; keys: { p256dh: string; auth: string } };
}

/** A certificate for 127.0.0.1 and localhost, valid a day, in a temporary folder. */
export function makeTestCertificate(): { dir: string; certPath: string; keyPath: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sirena-push-cert-'));
  const certPath = join(dir, 'cert.pem');
  const keyPath = join(dir, 'key.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', keyPath, '-out', certPath, '-days', '1', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
  ], { stdio: 'ignore' });
  return { dir, certPath, keyPath };
}

/**
 * @example
 * const push = await startFakePushService();
 * const sub = push.subscription('phone-1');
 * // …POST /v1/push/subscriptions { subscription: sub.json, topics: [...] } with SIRENA_PUSH_ENDPOINT_HOSTS=push.host
 * await push.waitForPushes('phone-1', 1);
 */
export class FakePushService {
  readonly received: ReceivedPush[] = [];
  /** Requests refused because the VAPID JWT or the body was wrong (a test expects none). */
  readonly rejected: { name: string; reason: string }[] = [];
  /** Every request, whatever was answered. */
  requests = 0;
  /** Times of every request to each subscription, whatever was answered. */
  readonly attempts = new Map<string, number[]>();
  /** The VAPID public key every request must be signed with (base64url); unset: any valid signature. */
  expectedVapidKey: string | undefined;
  /**
   * Decrypt every n-th body only (the others are counted, with an empty payload): a bench's 10,000 pushes would
   * otherwise cost the service more CPU than the server. A VAPID header is verified once, then recognised.
   * @defaultValue 1 (every body)
   */
  decryptEvery = 1;
  private readonly verifiedHeaders = new Set<string>();
  private readonly clients = new Map<string, { ecdh: ECDH; auth: Buffer; script: ScriptedAnswer[] }>();
  private server!: Server;
  private cert!: ReturnType<typeof makeTestCertificate>;
  port = 0;

  /** `127.0.0.1:<port>`: what SIRENA_PUSH_ENDPOINT_HOSTS must list. */
  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  get origin(): string {
    return `https://${this.host}`;
  }

  /** The certificate to trust (NODE_EXTRA_CA_CERTS of the worker processes). */
  get certPath(): string {
    return this.cert.certPath;
  }

  async start(): Promise<void> {
    this.cert = makeTestCertificate();
    this.server = createServer({ cert: readFileSync(this.cert.certPath), key: readFileSync(this.cert.keyPath), keepAliveTimeout: 30_000 }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        this.requests += 1;
        const name = decodeURIComponent((req.url ?? '').split('/').pop() ?? '');
        const client = this.clients.get(name);
        this.attempts.set(name, [...(this.attempts.get(name) ?? []), Date.now()]);
        if (req.method !== 'POST' || !client) {
          res.writeHead(404).end();
          return;
        }
        const authorization = req.headers.authorization ?? '';
        const vapidProblem = this.verifiedHeaders.has(authorization) ? undefined : this.checkVapid(authorization);
        if (!vapidProblem && this.decryptEvery > 1) this.verifiedHeaders.add(authorization);
        const problem = vapidProblem ?? (req.headers['content-encoding'] === 'aes128gcm' ? undefined : 'Content-Encoding is not aes128gcm');
        if (problem) {
          this.rejected.push({ name, reason: problem });
          res.writeHead(401).end(problem);
          return;
        }
        const answer = client.script.shift() ?? { status: 201 };
        if (answer.status !== 201) {
          res.writeHead(answer.status, answer.retryAfter === undefined ? {} : { 'Retry-After': String(answer.retryAfter) }).end();
          return;
        }
        try {
          const sampled = this.requests % this.decryptEvery === 0;
          const plaintext = sampled ? decryptAes128gcm(Buffer.concat(chunks), client.ecdh, client.auth) : '{}';
          const urgency = req.headers.urgency as string | undefined;
          this.received.push({ name, payload: JSON.parse(plaintext) as Record<string, unknown>, urgency, ttl: req.headers.ttl as string | undefined, at: Date.now() });
          res.writeHead(201, { Location: `${this.origin}/messages/${randomBytes(6).toString('hex')}` }).end();
        } catch (error) {
          this.rejected.push({ name, reason: `decryption failed: ${(error as Error).message}` });
          res.writeHead(400).end();
        }
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** A new browser subscription on this service (its own P-256 key pair and auth secret). */
  subscription(name: string): FakeSubscription {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const auth = randomBytes(16);
    this.clients.set(name, { ecdh, auth, script: [] });
    return {
      name,
      json: {
        endpoint: `${this.origin}/push/${encodeURIComponent(name)}`,
        expirationTime: null,
        keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') },
      },
    };
  }

  /** The next pushes to `name` are answered so (then 201 again). */
  script(name: string, answers: ScriptedAnswer[]): void {
    this.clients.get(name)?.script.push(...answers);
  }

  pushesTo(name: string): ReceivedPush[] {
    return this.received.filter((push) => push.name === name);
  }

  async waitForPushes(name: string, n: number, timeoutMs = 15_000): Promise<ReceivedPush[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.pushesTo(name).length < n) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${n} pushes to ${name} (have ${this.pushesTo(name).length}; rejected: ${JSON.stringify(this.rejected)})`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.pushesTo(name);
  }

  /** Checks `Authorization: vapid t=<JWT>, k=<key>` (RFC 8292): ES256 by k, aud = this origin, exp within 24 h. */
  private checkVapid(header: string | undefined): string | undefined {
    const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header ?? '');
    if (!match) return `no VAPID authorization (${header ?? 'none'})`;
    const [, jwt = '', k = ''] = match;
    if (this.expectedVapidKey !== undefined && k !== this.expectedVapidKey) return 'signed with another VAPID key';
    const [head = '', body = '', signature = ''] = jwt.split('.');
    const header64 = JSON.parse(Buffer.from(head, 'base64url').toString()) as { alg?: string };
    if (header64.alg !== 'ES256') return `alg ${header64.alg ?? 'none'} is not ES256`;
    const point = Buffer.from(k, 'base64url');
    if (point.length !== 65) return 'k is not a P-256 point';
    const jwk = { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') };
    const valid = verify('sha256', Buffer.from(`${head}.${body}`), { key: jwk, format: 'jwk', dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
    if (!valid) return 'the VAPID signature does not verify';
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as { aud?: string; exp?: number; sub?: string };
    if (claims.aud !== this.origin) return `aud ${claims.aud} is not ${this.origin}`;
    const now = Date.now() / 1000;
    if (typeof claims.exp !== 'number' || claims.exp <= now || claims.exp > now + 24 * 3600) return `exp ${claims.exp} is not within 24 h`;
    if (typeof claims.sub !== 'string' || !/^(mailto:|https:)/.test(claims.sub)) return `sub ${claims.sub} is no contact`;
    return undefined;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    rmSync(this.cert.dir, { recursive: true, force: true });
  }
}

export async function startFakePushService(): Promise<FakePushService> {
  const service = new FakePushService();
  await service.start();
  return service;
}

/**
 * RFC 8291 (with RFC 8188's aes128gcm): the user agent's side. The header carries the salt, the record size and the
 * sender's ephemeral public key; the key and nonce come from ECDH with it and the auth secret through HKDF.
 */
export function decryptAes128gcm(body: Buffer, receiver: ECDH, authSecret: Buffer): string {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body[20] ?? 0;
  const senderPublic = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  if (idLength !== 65) throw new Error(`keyid is ${idLength} bytes, not a P-256 point`);
  if (ciphertext.length > recordSize) throw new Error('more than one record');
  const shared = receiver.computeSecret(senderPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), receiver.getPublicKey(), senderPublic]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, authSecret, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
  let end = padded.length;
  while (end > 0 && padded[end - 1] === 0) end -= 1;
  if (padded[end - 1] !== 2) throw new Error('no last-record padding delimiter');
  return padded.subarray(0, end - 1).toString('utf8');
}
