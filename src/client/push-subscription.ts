// Web Push for browsers: subscribe this browser's service worker to Sirena's pushes (and undo it), and the device id
// that ties its pushes to its sockets.
import type { Severity } from '../core/severity.js';

export interface PushSubscribeOptions {
  /** The Sirena server (API or gateway) base URL, e.g. `location.origin`. */
  url: string;
  /** The service worker registration that will receive the pushes (`navigator.serviceWorker.ready`). */
  registration: ServiceWorkerRegistration;
  topics: readonly string[];
  /**
   * Only alerts at least this severe (the server never pushes below SIRENA_PUSH_MIN_SEVERITY).
   * @defaultValue "unknown"
   */
  minSeverity?: Severity;
  /** The device id this browser's SirenaClient connects with (`deviceIdOf()`), so that acks hold its pushes. */
  deviceId?: string;
  /** Subscriber JWT when the server has SIRENA_JWT_SECRET set. */
  token?: string;
}

/** What the server gave back: the subscription id (to unsubscribe) and the browser's PushSubscription. */
export interface PushRegistration {
  id: string;
  subscription: PushSubscription;
}

/**
 * Asks the browser for a push subscription with the server's VAPID key and registers it for the topics (the same
 * endpoint again replaces the earlier registration). The page must have notification permission (or get it now).
 * @example const { id } = await subscribeToPush({ url: location.origin, registration: await navigator.serviceWorker.ready, topics: ['kyiv-air-raids'], minSeverity: 'severe', deviceId: deviceIdOf() });
 */
export async function subscribeToPush(options: PushSubscribeOptions): Promise<PushRegistration> {
  const base = options.url.replace(/\/$/, '');
  const keyResponse = await fetch(`${base}/v1/push/vapid-public-key`);
  if (!keyResponse.ok) throw new Error(`GET /v1/push/vapid-public-key answered ${keyResponse.status}`);
  const { key } = (await keyResponse.json()) as { key: string };
  const applicationServerKey = base64urlBytes(key);
  let subscription = await options.registration.pushManager.getSubscription();
  // A subscription made with another server key cannot be used: make a new one.
  const current = subscription?.options.applicationServerKey;
  if (subscription && current && !sameBytes(new Uint8Array(current), applicationServerKey)) {
    await subscription.unsubscribe();
    subscription = null;
  }
  subscription ??= await options.registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey });
  const response = await fetch(`${base}/v1/push/subscriptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.token && { authorization: `Bearer ${options.token}` }) },
    body: JSON.stringify({
      subscription: subscription.toJSON(),
      topics: options.topics,
      ...(options.minSeverity && { minSeverity: options.minSeverity }),
      ...(options.deviceId && { deviceId: options.deviceId }),
    }),
  });
  const body = (await response.json()) as { id?: string; error?: { code: string; message: string } };
  if (response.status !== 201 || !body.id) throw new Error(body.error ? `${body.error.code}: ${body.error.message}` : `answered ${response.status}`);
  return { id: body.id, subscription };
}

/** Removes the registration on the server and the browser's push subscription. */
export async function unsubscribeFromPush(options: { url: string; id: string; registration?: ServiceWorkerRegistration }): Promise<void> {
  await fetch(`${options.url.replace(/\/$/, '')}/v1/push/subscriptions/${encodeURIComponent(options.id)}`, { method: 'DELETE' });
  const subscription = await options.registration?.pushManager.getSubscription();
  await subscription?.unsubscribe();
}

/**
 * A random device id kept in `storage` (localStorage by default): the same for every page and the service worker of
 * this browser profile, as long as its storage lasts.
 */
export function deviceIdOf(storage: Pick<Storage, 'getItem' | 'setItem'> = globalThis.localStorage, key = 'sirena-device-id'): string {
  const known = storage.getItem(key);
  if (known && /^[A-Za-z0-9._-]{1,128}$/.test(known)) return known;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const id = `d-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
  storage.setItem(key, id);
  return id;
}

function base64urlBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
