// The push rules that need no Redis: the endpoint allow-list, Retry-After, keys, and the push config.
import { createECDH, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { EndpointPolicy } from '../../src/push/endpoint-policy.js';
import { pushKeysProblem } from '../../src/push/push-router.js';
import { retryAfterMs } from '../../src/push/push-sender.js';
import { PUSH_TITLE_MAX_BYTES, pushPayloadOf } from '../../src/core/push.js';

describe('EndpointPolicy', () => {
  const defaults = new EndpointPolicy(loadConfig({}).push.endpointHosts);

  it('takes the browser vendors’ push services by default, on port 443', () => {
    expect(defaults.problem('https://fcm.googleapis.com/fcm/send/abc')).toBeUndefined();
    expect(defaults.problem('https://updates.push.services.mozilla.com/wpush/v2/abc')).toBeUndefined();
    expect(defaults.problem('https://web.push.apple.com/QGx')).toBeUndefined();
    expect(defaults.problem('https://db5p.notify.windows.com/w/?token=1')).toBeUndefined();
    expect(defaults.problem('https://fcm.googleapis.com:443/x')).toBeUndefined();
  });

  it('refuses http:, other hosts and ports, look-alikes, credentials and non-URLs', () => {
    for (const endpoint of [
      'http://fcm.googleapis.com/fcm/send/abc',
      'https://fcm.googleapis.com:8443/x',
      'https://fcm.googleapis.com.evil.org/x',
      'https://evilfcm.googleapis.com/x',
      'https://notify.windows.com/x',
      'https://evil-notify.windows.com/x',
      'https://user:pw@fcm.googleapis.com/x',
      'https://127.0.0.1/x',
      'https://169.254.169.254/latest/meta-data',
      'ftp://fcm.googleapis.com/x',
      'fcm.googleapis.com/x',
    ]) {
      expect(defaults.problem(endpoint), endpoint).toBeDefined();
    }
  });

  it('takes host:port entries exactly', () => {
    const local = new EndpointPolicy(['127.0.0.1:8443']);
    expect(local.problem('https://127.0.0.1:8443/push/x')).toBeUndefined();
    expect(local.problem('https://127.0.0.1/push/x')).toBeDefined();
    expect(local.problem('https://127.0.0.1:8444/push/x')).toBeDefined();
  });
});

describe('push configuration', () => {
  it('has the contract’s defaults', () => {
    const { push } = loadConfig({});
    expect(push).toMatchObject({ minSeverity: 'severe', escalateMs: 5000, vapidKeys: undefined, vapidSubject: 'mailto:sirena@localhost', subscribeRatePerMinute: 600 });
    expect(push.endpointHosts).toEqual(['fcm.googleapis.com', 'updates.push.services.mozilla.com', 'web.push.apple.com', '*.notify.windows.com']);
  });

  it('names a bad variable', () => {
    expect(() => loadConfig({ SIRENA_PUSH_ENDPOINT_HOSTS: 'https://x.org' })).toThrow(/SIRENA_PUSH_ENDPOINT_HOSTS/);
    expect(() => loadConfig({ SIRENA_PUSH_MIN_SEVERITY: 'loud' })).toThrow(/SIRENA_PUSH_MIN_SEVERITY/);
    expect(() => loadConfig({ SIRENA_PUSH_ESCALATE_MS: '-1' })).toThrow(/SIRENA_PUSH_ESCALATE_MS/);
    expect(() => loadConfig({ SIRENA_VAPID_PUBLIC_KEY: 'B'.repeat(87) })).toThrow(/SIRENA_VAPID_PRIVATE_KEY/);
    expect(() => loadConfig({ SIRENA_VAPID_SUBJECT: 'ops@example.org' })).toThrow(/SIRENA_VAPID_SUBJECT/);
    expect(() => loadConfig({ SIRENA_PUSH_SUBSCRIBE_RATE_PER_MINUTE: '0' })).toThrow(/SIRENA_PUSH_SUBSCRIBE_RATE_PER_MINUTE/);
  });
});

describe('retryAfterMs', () => {
  it('reads delta-seconds and HTTP dates', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(Date.UTC(2030, 0, 1, 0, 0, 10)).toUTCString(), Date.UTC(2030, 0, 1))).toBe(10_000);
    expect(retryAfterMs(undefined)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});

describe('pushKeysProblem', () => {
  it('takes a P-256 point and a 16-byte secret, nothing else', () => {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const p256dh = ecdh.getPublicKey().toString('base64url');
    const auth = randomBytes(16).toString('base64url');
    expect(pushKeysProblem({ p256dh, auth })).toBeUndefined();
    expect(pushKeysProblem({ p256dh: ecdh.getPublicKey(undefined, 'compressed').toString('base64url'), auth })).toBeDefined();
    expect(pushKeysProblem({ p256dh: Buffer.concat([Buffer.from([4]), randomBytes(64)]).toString('base64url'), auth })).toBeDefined();
    expect(pushKeysProblem({ p256dh, auth: randomBytes(12).toString('base64url') })).toBeDefined();
  });
});

describe('pushPayloadOf', () => {
  it('carries id, seq, severity, topics, title and msgType, the title cut to fit a push', () => {
    const alert = {
      id: 'a1', seq: 7, topics: ['kyiv-air-raids'], severity: 'extreme' as const, title: 'Тривога 🚨'.repeat(400), text: 'x',
      publishedAt: '', receivedAt: '', classifiedAt: '', reasons: [], incidentId: 'i',
    };
    const payload = pushPayloadOf(alert);
    expect(Object.keys(payload).sort()).toEqual(['id', 'msgType', 'seq', 'severity', 'title', 'topics']);
    expect(payload).toMatchObject({ id: 'a1', seq: 7, severity: 'extreme', msgType: 'alert' });
    expect(Buffer.byteLength(payload.title)).toBeLessThanOrEqual(PUSH_TITLE_MAX_BYTES);
    expect(payload.title.endsWith('…')).toBe(true);
    expect(alert.title.startsWith(payload.title.slice(0, -1))).toBe(true);
    expect(pushPayloadOf({ ...alert, title: 'short', msgType: 'cancel' })).toMatchObject({ title: 'short', msgType: 'cancel' });
  });
});
