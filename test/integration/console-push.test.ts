// The installable console and its Web Push in headless Chromium: manifest and service worker, "Notify me while the
// console is closed", acks that hold the push while the console is open, and each alert id shown once.
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { startFakePushService, type FakePushService, type FakeSubscription } from '../helpers/fake-push-service.js';
import { postUpdate, request, startSystem, waitUntil, type TestSystem } from '../helpers/system.js';

const ESCALATE_MS = 1500;
const EDITOR_KEY = 'console-push-editor-key-0123';
let push: FakePushService;
let sys: TestSystem;
let browser: Browser;
let context: BrowserContext;
let gateway: string;
let browserSubscription: FakeSubscription;
const pageErrors: string[] = [];

beforeAll(async () => {
  push = await startFakePushService();
  [sys, browser] = await Promise.all([
    startSystem({
      env: {
        SIRENA_PUSH_ENDPOINT_HOSTS: push.host,
        NODE_EXTRA_CA_CERTS: push.certPath,
        SIRENA_PUSH_ESCALATE_MS: String(ESCALATE_MS),
        SIRENA_EDITOR_KEYS: EDITOR_KEY,
      },
    }),
    launchBrowser(),
  ]);
  gateway = sys.gateways[0]!.url;
  context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  await context.grantPermissions(['notifications'], { origin: gateway });
  // This headless browser reaches no real push service: its PushManager answers with a subscription on the test's.
  browserSubscription = push.subscription('console-browser');
  await context.addInitScript((json) => {
    const subscription = { endpoint: json.endpoint, expirationTime: null, options: { applicationServerKey: null }, toJSON: () => json, unsubscribe: async () => true };
    let active: typeof subscription | null = null;
    PushManager.prototype.subscribe = async function () {
      active = subscription;
      return subscription as unknown as PushSubscription;
    };
    PushManager.prototype.getSubscription = async function () {
      return active as unknown as PushSubscription | null;
    };
  }, browserSubscription.json);
});

afterAll(async () => {
  await browser?.close();
  await sys?.stop();
  await push?.stop();
});

async function openConsole(): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(gateway);
  await page.locator('#state[data-state="live"]').waitFor({ timeout: 20_000 });
  return page;
}

async function stored(id: string): Promise<{ id: string; seq: number }> {
  return waitUntil(async () => {
    const response = await request<{ id: string; seq: number }>(sys.api.url, 'GET', `/v1/alerts/${id}`);
    return response.status === 200 ? response.body : undefined;
  }, `${id} stored`);
}

/**
 * Headless Chromium never grants a service worker notification permission (showNotification throws there), so the
 * worker's Notifications API is replaced by one kept in memory that behaves as the browser's does: one notification
 * per tag (a new one with the same tag replaces it), getNotifications({ tag }), close().
 */
async function stubNotifications(): Promise<void> {
  const worker = context.serviceWorkers().find((w) => w.url() === `${gateway}/sirena-sw.js`) ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(() => {
    const scope = self as unknown as { registration: Record<string, unknown>; shownNotifications: Map<string, unknown> };
    const shown = new Map<string, { title: string; tag: string; data: unknown; close(): void }>();
    scope.shownNotifications = shown;
    scope.registration.showNotification = async (title: string, options: { tag: string; data: unknown }) => {
      shown.set(options.tag, { title, tag: options.tag, data: options.data, close: () => shown.delete(options.tag) });
    };
    scope.registration.getNotifications = async (filter?: { tag?: string }) => [...shown.values()].filter((n) => !filter?.tag || n.tag === filter.tag);
  });
}

/** The notifications the service worker shows now. */
async function notifications(): Promise<{ tag: string; title: string }[]> {
  const worker = context.serviceWorkers().find((w) => w.url() === `${gateway}/sirena-sw.js`);
  if (!worker) throw new Error('no service worker');
  return worker.evaluate(() => {
    const shown = (self as unknown as { shownNotifications: Map<string, { tag: string; title: string }> }).shownNotifications;
    return [...shown.values()].map(({ tag, title }) => ({ tag, title }));
  });
}

/** Hands a push to the service worker as the browser's push service would (DevTools: ServiceWorker.deliverPushMessage). */
async function deliverPush(payload: unknown): Promise<void> {
  const blank = await context.newPage();
  let cdp: CDPSession | undefined;
  try {
    cdp = await context.newCDPSession(blank);
    const registrations = new Promise<{ registrationId: string; scopeURL: string }[]>((resolve) => {
      cdp!.on('ServiceWorker.workerRegistrationUpdated', (event: { registrations: { registrationId: string; scopeURL: string; isDeleted: boolean }[] }) => {
        const live = event.registrations.filter((r) => !r.isDeleted && r.scopeURL.startsWith(gateway));
        if (live.length > 0) resolve(live);
      });
    });
    await cdp.send('ServiceWorker.enable');
    const [registration] = await registrations;
    await cdp.send('ServiceWorker.deliverPushMessage', { origin: gateway, registrationId: registration!.registrationId, data: JSON.stringify(payload) });
  } finally {
    await cdp?.detach().catch(() => undefined);
    await blank.close();
  }
}

describe('installable console with Web Push', () => {
  it('has a web app manifest with icons and registers its service worker', async () => {
    const manifest = await request<{ name: string; start_url: string; display: string; icons: { src: string; sizes: string }[] }>(gateway, 'GET', '/manifest.webmanifest');
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get('content-type')).toContain('application/manifest+json');
    expect(manifest.body).toMatchObject({ start_url: '/', display: 'standalone' });
    for (const icon of manifest.body.icons) expect((await fetch(`${gateway}${icon.src}`)).status, icon.src).toBe(200);
    expect(manifest.body.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    const page = await openConsole();
    expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('/manifest.webmanifest');
    const script = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
    expect(script).toBe(`${gateway}/sirena-sw.js`);
    await page.close();
  });

  it('turns on "Notify me while the console is closed" for the chosen topics; while it is open, its acks hold the push', async () => {
    const page = await openConsole();
    // Only Kyiv air raids, severe and above.
    for (const box of await page.locator('#topics input').all()) if ((await box.getAttribute('value')) !== 'kyiv-air-raids') await box.uncheck();
    await page.selectOption('#min-severity', 'severe');
    await page.locator('#state[data-state="live"]').waitFor();
    await page.check('#notify');
    await page.locator('#notify-status', { hasText: 'On: Kyiv' }).waitFor();
    expect(await page.locator('#notify-status').textContent()).toContain('severe and above');

    const posted = await postUpdate(sys, { id: 'console-open-1', text: 'Air-raid alert in Kyiv: drones inbound, take shelter now' });
    expect(posted.status).toBe(202);
    await page.locator('.report[data-id="console-open-1"]').waitFor();
    // The console's socket acked it (deviceId): no push after the escalation delay.
    await new Promise((resolve) => setTimeout(resolve, ESCALATE_MS + 1500));
    expect(push.pushesTo('console-browser')).toHaveLength(0);
    await page.close();
  });

  it('with no console open, the push becomes one notification per alert id, which the console closes once it lists the alert', async () => {
    // Give the closed page's socket a moment to leave, so the device is no longer present.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await postUpdate(sys, { id: 'console-closed-1', text: 'Air-raid alert in Kyiv: ballistic missiles inbound, take shelter now' });
    const alert = await stored('console-closed-1');
    const [received] = await push.waitForPushes('console-browser', 1);
    expect(received!.payload).toMatchObject({ id: 'console-closed-1', seq: alert.seq, severity: 'extreme' });

    await stubNotifications();
    await deliverPush(received!.payload);
    await waitUntil(async () => (await notifications()).length === 1, 'one notification');
    // The same push again (a retry that got through twice) shows nothing new.
    await deliverPush(received!.payload);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const shown = await notifications();
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ tag: 'console-closed-1' });
    expect(shown[0]!.title).toMatch(/^EXTREME: /);

    // Its cancellation replaces the notification instead of adding one.
    const cancelled = await request<{ seq: number }>(sys.api.url, 'POST', '/v1/alerts/console-closed-1/cancel', {
      json: { note: 'a drill' },
      headers: { authorization: `Bearer ${EDITOR_KEY}` },
    });
    expect(cancelled.status).toBe(201);
    const pushes = await push.waitForPushes('console-browser', 2);
    await deliverPush(pushes[1]!.payload);
    await waitUntil(async () => (await notifications())[0]?.title.startsWith('Cancelled'), 'the cancellation notification');
    expect(await notifications()).toHaveLength(1);

    // Opening the console lists the alert (from history) once, and the notification goes.
    const page = await openConsole();
    await page.locator('.report[data-id="console-closed-1"]').waitFor();
    await waitUntil(async () => (await notifications()).length === 0, 'the notification closed');
    expect(await page.locator('.report[data-id="console-closed-1"]').count()).toBe(1);

    // A push that reaches the worker while the console is visible is listed by the page (once), not notified.
    await postUpdate(sys, { id: 'console-open-2', text: 'Air-raid alert in Kyiv: drones inbound again, take shelter' });
    const second = await stored('console-open-2');
    await page.locator('.report[data-id="console-open-2"]').waitFor();
    await deliverPush({ id: second.id, seq: second.seq, severity: 'extreme', topics: ['kyiv-air-raids'], title: 'x', msgType: 'alert' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await notifications()).toHaveLength(0);
    expect(await page.locator('.report[data-id="console-open-2"]').count()).toBe(1);
    // Still on after reopening: the console renewed its subscription for the same choice.
    expect(await page.locator('#notify').isChecked()).toBe(true);
    await page.locator('#notify-status', { hasText: 'On: Kyiv' }).waitFor();
    await page.screenshot({ path: 'test-results/console-push.png' });
    await page.close();
    expect(pageErrors).toEqual([]);
    expect(push.rejected).toEqual([]);
  });
});
