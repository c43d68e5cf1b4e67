// The web console end to end in headless Chromium (the system's, or the one npm ci brings: test/helpers/browser.ts):
// live alerts, incident grouping, and the resume notice after the gateway restarts on the same port.
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../src/core/alert.js';
import { launchBrowser } from '../helpers/browser.js';
import { SignJWT } from 'jose';
import { storeAlerts, unsequencedAlert } from '../helpers/alert-fixture.js';
import {
  postUpdate,
  request,
  startRole,
  startSystem,
  testRedisUrl,
  uniquePrefix,
  waitUntil,
  type RoleProcess,
  type TestSystem,
} from '../helpers/system.js';

const EDITOR_KEY = 'console-editor-key-0123456789';
let sys: TestSystem;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const outsideRequests: string[] = [];

beforeAll(async () => {
  mkdirSync('test-results', { recursive: true });
  [sys, browser] = await Promise.all([
    startSystem({ gateways: 1, workers: 1, env: { SIRENA_EDITOR_KEYS: EDITOR_KEY } }),
    launchBrowser(),
  ]);
  page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (req) => {
    if (!req.url().startsWith(sys.gateways[0]!.url.replace(/:\d+$/, ''))) outsideRequests.push(req.url());
  });
});
afterAll(async () => {
  await browser?.close();
  await sys?.stop();
});

async function stored(ids: readonly string[]): Promise<Alert[]> {
  return waitUntil(async () => {
    const all = await Promise.all(ids.map((id) => request<Alert>(sys.api.url, 'GET', `/v1/alerts/${id}`)));
    return all.every((r) => r.status === 200) ? all.map((r) => r.body) : null;
  }, `${ids.join(', ')} stored`);
}

describe('web console', () => {
  it('shows live alerts colour-coded, grouped by incident, and the resume notice after the gateway restarts', async () => {
    const gateway = sys.gateways[0]!.url;
    await page.goto(gateway);
    await page.locator('#state[data-state="live"]').waitFor({ timeout: 20_000 });
    // Every configured topic has a toggle, all on by default.
    expect(await page.locator('#topics input[type=checkbox]:checked').count()).toBe(4);

    await postUpdate(sys, { id: 'web-1', text: 'Air-raid alert in Kyiv: drones inbound, take shelter now', source: 'KMVA' });
    await title(page, 'Air-raid alert in Kyiv: drones inbound').waitFor();
    expect(await page.locator('.report[data-severity="extreme"]').count()).toBe(1);

    // Two reports of one attack: the console shows whatever incidents the server formed, each as one card.
    await postUpdate(sys, { id: 'web-2', text: 'Drone attack on Kyiv: fires in three districts, two people wounded', topics: ['kyiv-air-raids'] });
    await postUpdate(sys, { id: 'web-3', text: 'Kyiv drone attack: fires in three districts, four wounded, rescuers at work', topics: ['kyiv-air-raids'] });
    const reports = await stored(['web-1', 'web-2', 'web-3']);
    await title(page, 'four wounded').waitFor();
    for (const alert of reports) {
      const card = page.locator(`.incident[data-incident="${alert.incidentId}"]`);
      expect(await card.count()).toBe(1);
      expect(await card.locator('.report').count()).toBe(reports.filter((r) => r.incidentId === alert.incidentId).length);
      expect(await card.locator(`.report[data-seq="${alert.seq}"]`).getAttribute('data-severity')).toBe(alert.severity);
    }

    // The gateway goes away; alerts published meanwhile are replayed when the console reconnects.
    const restart = await sys.stopGateway(0);
    await page.locator('#state[data-state="reconnecting"]').waitFor({ timeout: 15_000 });
    await postUpdate(sys, {
      updates: [
        { id: 'web-missed-1', text: 'Foreign ministers met in Geneva for ceasefire talks', topics: ['diplomacy'] },
        { id: 'web-missed-2', text: 'New brigade deployed to the eastern front line', topics: ['troops'] },
      ],
    });
    await stored(['web-missed-1', 'web-missed-2']);
    await restart();
    await page.locator('#state[data-state="live"]').waitFor({ timeout: 20_000 });
    await page.getByText('Resumed: 2 missed alerts replayed').waitFor({ timeout: 10_000 });
    await title(page, 'ceasefire talks').waitFor();
    await title(page, 'eastern front line').waitFor();
    // Each alert is on screen once.
    const seqs = await page.locator('.report').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.seq));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(seqs.length).toBe(5);

    await page.screenshot({ path: 'test-results/console.png', fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    // Nothing overflows sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: 'test-results/console-phone.png' });

    expect(pageErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    // A browser, three processes and a gateway restart: slower than a unit test when the machine is busy.
  }, 120_000);

  it('the minimum-severity selector and topic toggles filter what is shown', async () => {
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.selectOption('#min-severity', 'extreme');
    await waitUntil(async () => {
      const shown = await page.locator('.report').count();
      return shown > 0 && shown === (await page.locator('.report[data-severity="extreme"]').count());
    }, 'only extreme shown');
    await page.selectOption('#min-severity', 'unknown');
    await page.locator('#topics label', { hasText: /diplomacy/i }).locator('input').uncheck();
    await title(page, 'eastern front line').waitFor();
    expect(await title(page, 'ceasefire talks').count()).toBe(0);
    await page.locator('#state[data-state="live"]').waitFor();
  });

  it('opens with the latest 50 alerts, then goes live with no gap or duplicate; dates, reasons, one badge, incident order', async () => {
    const today = (ms = 0) => new Date(Date.now() - ms).toISOString();
    // History before anyone opens the console: 55 routine bulletins (no event words: one card each), then two reports
    // of one attack (the later posted was published earlier), then a statement published yesterday.
    const fillers = Array.from({ length: 55 }, (_, i) => ({ id: `open-${i}`, text: BULLETINS[i % BULLETINS.length]!(i) }));
    await postUpdate(sys, { updates: fillers });
    await storedAll(fillers.map((f) => f.id));
    await postUpdate(sys, { id: 'open-b', text: 'Drones hit the Obolon district of Kyiv: two apartment buildings on fire, three wounded', topics: ['kyiv-air-raids'], publishedAt: today(60_000) });
    await storedAll(['open-b']);
    await postUpdate(sys, { id: 'open-a', text: 'Kyiv, Obolon district: drones struck apartment buildings, fire spreading, three wounded', topics: ['kyiv-air-raids'], publishedAt: today(10 * 60_000) });
    const yesterday = new Date(Date.now() - 24 * 3600_000);
    await postUpdate(sys, {
      id: 'open-yesterday',
      title: 'Ministers <b>met</b> in Vienna',
      text: 'Foreign ministers met in Vienna and issued a joint statement on grain exports',
      topics: ['diplomacy'],
      publishedAt: yesterday.toISOString(),
    });
    const byId = await storedAll(['open-a', 'open-b', 'open-yesterday']);
    const [a, b] = [byId.get('open-a')!, byId.get('open-b')!];
    // The server threads both reports into one incident (else this test checks nothing about cards).
    expect(a.incidentId).toBe(b.incidentId);
    expect(a.seq).toBeGreaterThan(b.seq);

    // A fresh browser (no saved settings), in a fixed locale and time zone so dates read predictably.
    const first = await openConsole({ locale: 'en-GB', timezoneId: 'UTC' });
    await first.page.locator('#state[data-state="live"]').waitFor({ timeout: 20_000 });
    const latest50 = await newestSeqs(50);
    await waitUntil(async () => (await shownSeqs(first.page)).length === 50, 'the first 50 alerts listed');
    let shown = await shownSeqs(first.page);
    expect(new Set(shown).size).toBe(50);
    expect([...shown].sort(desc)).toEqual(latest50);
    // Cards newest first (by their newest report's seq); inside the attack's card, by publishedAt: b before a.
    const cardTops = await first.page.locator('.incident').evaluateAll((cards) =>
      cards.map((card) => Math.max(...Array.from(card.querySelectorAll<HTMLElement>('.report'), (r) => Number(r.dataset.seq)))),
    );
    expect(cardTops).toEqual([...cardTops].sort(desc));
    const attack = first.page.locator(`.incident[data-incident="${a.incidentId}"] .report`);
    expect(await attack.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id))).toEqual(['open-b', 'open-a']);

    // One severity badge per alert, in the report (the card shows the worst by its colour only).
    expect(await first.page.locator('.badge').count()).toBe(50);
    expect(await first.page.locator('.report').evaluateAll((els) => els.every((el) => el.querySelectorAll('.badge').length === 1))).toBe(true);

    // The date shows for yesterday's alert, the time alone for today's.
    const yesterdayTime = await first.page.locator('.report[data-id="open-yesterday"] time').textContent();
    expect(yesterdayTime).toMatch(new RegExp(`\\b${yesterday.getUTCDate()}\\b`));
    expect(yesterdayTime).toContain(yesterday.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' }));
    expect(await first.page.locator('.report[data-id="open-b"] time').textContent()).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    // Publisher text is text, never markup.
    expect(await first.page.locator('.report[data-id="open-yesterday"] .title').textContent()).toBe('Ministers <b>met</b> in Vienna');
    expect(await first.page.locator('.report[data-id="open-yesterday"] .title b').count()).toBe(0);

    // The classifier's reasons, folded until asked for.
    const reasons = first.page.locator('.report[data-id="open-a"] details.reasons');
    expect(await reasons.count()).toBe(1);
    expect(await reasons.getAttribute('open')).toBeNull();
    expect(await reasons.locator('li').first().isVisible()).toBe(false);
    await reasons.locator('summary').click();
    await reasons.locator('li').first().waitFor();
    expect(await reasons.locator('li').allTextContents()).toEqual(a.reasons);
    expect(await reasons.locator('summary').textContent()).toContain(a.severity);
    await first.page.screenshot({ path: 'test-results/console-first-open.png' });

    // Live after the list: new alerts join it once each.
    await postUpdate(sys, { updates: [0, 1].map((i) => ({ id: `open-live-${i}`, text: BULLETINS[i]!(100 + i) })) });
    await storedAll(['open-live-0', 'open-live-1']);
    await waitUntil(async () => (await shownSeqs(first.page)).length === 52, 'two live alerts added');
    shown = await shownSeqs(first.page);
    expect(new Set(shown).size).toBe(52);
    expect([...shown].sort(desc)).toEqual(await newestSeqs(52));

    // Older pages on demand, continuing where the list ends.
    const total = (await newestSeqs(1000)).length;
    await first.page.getByRole('button', { name: 'Show older alerts' }).click();
    await waitUntil(async () => (await shownSeqs(first.page)).length === Math.min(total, 102), 'an older page listed');
    shown = await shownSeqs(first.page);
    expect(new Set(shown).size).toBe(shown.length);
    expect([...shown].sort(desc)).toEqual(await newestSeqs(shown.length));

    await first.page.setViewportSize({ width: 390, height: 844 });
    expect(await first.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await first.page.screenshot({ path: 'test-results/console-first-open-phone.png' });

    // Opening while alerts are being published: whatever the list and the live feed both bring is shown once, and
    // nothing between them is missing (the shown alerts are exactly the newest ones).
    const racing = (async () => {
      for (let i = 0; i < 8; i += 1) await postUpdate(sys, { id: `open-race-${i}`, text: BULLETINS[i % BULLETINS.length]!(200 + i) });
    })();
    const second = await openConsole();
    await second.page.locator('#state[data-state="live"]').waitFor({ timeout: 20_000 });
    await racing;
    await storedAll(Array.from({ length: 8 }, (_, i) => `open-race-${i}`));
    await waitUntil(async () => (await second.page.locator('.report[data-id^="open-race-"]').count()) === 8, 'every racing alert shown');
    shown = await shownSeqs(second.page);
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown.length).toBeGreaterThanOrEqual(50);
    expect([...shown].sort(desc)).toEqual(await newestSeqs(shown.length));

    // A filter that did not include them at opening lists them once it does (history for the new filter).
    const noGeneral = await openConsole({}, { topics: ['kyiv-air-raids', 'diplomacy', 'troops'] });
    await noGeneral.page.locator('#state[data-state="live"]').waitFor({ timeout: 20_000 });
    await noGeneral.page.locator('.report[data-id="open-a"]').waitFor();
    expect(await noGeneral.page.locator('.report[data-id^="open-race-"]').count()).toBe(0);
    await noGeneral.page.locator('#topics label', { hasText: /general/i }).locator('input').check();
    await waitUntil(async () => (await noGeneral.page.locator('.report[data-id^="open-race-"]').count()) === 8, 'general alerts listed');
    shown = await shownSeqs(noGeneral.page);
    expect(new Set(shown).size).toBe(shown.length);
    expect([...shown].sort(desc)).toEqual(await newestSeqs(shown.length));

    // Reopened later, the console says how many alerts are new since it was last open.
    await first.page.close();
    await postUpdate(sys, { updates: [0, 1, 2].map((i) => ({ id: `open-later-${i}`, text: BULLETINS[i]!(300 + i) })) });
    await storedAll(['open-later-0', 'open-later-1', 'open-later-2']);
    // The last seq the closed page saw, as it left it: Chromium may still hand a message to a page being closed, so the
    // first of the three can count as seen. The count is of the alerts after it.
    const kept = (await first.context.storageState()).origins.flatMap((origin) => origin.localStorage).find((item) => item.name === 'sirena-console');
    const lastSeen = (JSON.parse(kept?.value ?? '{}') as { lastSeq?: number }).lastSeq ?? 0;
    const later = await Promise.all([0, 1, 2].map(async (i) => (await request<Alert>(sys.api.url, 'GET', `/v1/alerts/open-later-${i}`)).body.seq));
    const fresh = later.filter((seq) => seq > lastSeen).length;
    expect(fresh).toBeGreaterThanOrEqual(2);
    const reopened = await first.context.newPage();
    watch(reopened, first);
    await reopened.goto(sys.gateways[0]!.url);
    await reopened.getByText(`${fresh} new alerts since your last visit`).waitFor({ timeout: 20_000 });

    for (const opened of [first, second, noGeneral]) {
      expect(opened.pageErrors).toEqual([]);
      expect(opened.outsideRequests).toEqual([]);
      await opened.context.close();
    }
  }, 180_000);

  it('shows the air-raid state per area live (red, then green) and lets an editor re-grade an alert in place', async () => {
    const opened = await openConsole();
    const { page: console } = opened;
    await console.locator('#state[data-state="live"]').waitFor({ timeout: 20_000 });
    await console.locator('.area[data-area="kyiv-city"]').waitFor();
    expect(await console.locator('.area[data-area="kyiv-oblast"]').getAttribute('data-status')).toBe('unknown');
    const background = (area: string) => console.locator(`.area[data-area="${area}"]`).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background('kyiv-oblast')).toBe('rgb(107, 114, 128)');

    await postUpdate(sys, { id: 'web-state-alert', text: 'Air-raid alert in Kyiv: missiles inbound, take shelter now', topics: ['kyiv-air-raids'], severity: 'extreme', publishedAt: new Date().toISOString() });
    const red = console.locator('.area[data-area="kyiv-city"][data-status="alert"][data-alert-id="web-state-alert"]');
    await red.waitFor();
    expect(await red.textContent()).toMatch(/^Air-raid alert in Kyiv since \d\d:\d\d$/);
    expect(await background('kyiv-city')).toBe('rgb(179, 0, 27)');
    await console.screenshot({ path: 'test-results/console-area-alert.png' });

    await postUpdate(sys, { id: 'web-state-clear', text: 'All clear in Kyiv. The air-raid alert is over.', topics: ['kyiv-air-raids'], publishedAt: new Date().toISOString() });
    const green = console.locator('.area[data-area="kyiv-city"][data-status="clear"][data-alert-id="web-state-clear"]');
    await green.waitFor();
    expect(await green.textContent()).toMatch(/^All clear in Kyiv since \d\d:\d\d$/);
    expect(await background('kyiv-city')).toBe('rgb(21, 128, 61)');

    // Editors sign in with their key (a wrong one is refused), then re-grade with a note.
    expect(await console.locator('#editor-row').isVisible()).toBe(true);
    expect(await console.locator('.report[data-id="web-state-alert"] button[data-action="severity"]').count()).toBe(0);
    await console.locator('#editor-key').fill('not-an-editor-key-at-all');
    await console.locator('#editor-sign-in').click();
    await console.getByText('That editor key was refused.').waitFor();
    await console.locator('#editor-key').fill(EDITOR_KEY);
    await console.locator('#editor-sign-in').click();
    await console.locator('#editor-status').waitFor();
    const card = console.locator('.report[data-id="web-state-alert"]');
    await card.locator('button[data-action="severity"]').click();
    await card.locator('.edit select[name="severity"]').selectOption('severe');
    // The note is required: without it nothing is published.
    await card.locator('.edit button[type="submit"]').click();
    expect(await card.getAttribute('data-revision')).toBe('0');
    await card.locator('.edit input[name="note"]').fill('no shelter call: damage reports only');
    await card.locator('.edit button[type="submit"]').click();
    await console.locator('.report[data-id="web-state-alert"][data-revision="1"]').waitFor();
    // In place: one card for the alert, at its new severity, saying who changed it and why.
    expect(await console.locator('.report[data-id="web-state-alert"]').count()).toBe(1);
    expect(await card.getAttribute('data-severity')).toBe('severe');
    expect(await card.locator('.revised').textContent()).toBe('Revised by an editor (revision 1): no shelter call: damage reports only');
    await card.locator('.history summary').click();
    await card.locator('.history li').first().waitFor();
    expect(await card.locator('.history li').first().textContent()).toMatch(/^#\d+ extreme · kyiv-air-raids · Air-raid alert in Kyiv/);
    const stored = await request<Alert>(sys.api.url, 'GET', '/v1/alerts/web-state-alert');
    expect(stored.body).toMatchObject({ severity: 'severe', revision: 1, msgType: 'update' });
    await console.screenshot({ path: 'test-results/console-editor.png' });

    // Cancelled: struck through, no more buttons.
    await card.locator('button[data-action="cancel"]').click();
    await card.locator('.edit input[name="note"]').fill('duplicate report');
    await card.locator('.edit button[type="submit"]').click();
    await console.locator('.report[data-id="web-state-alert"][data-msg-type="cancel"]').waitFor();
    expect(await card.locator('.actions').count()).toBe(0);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.outsideRequests).toEqual([]);
    await opened.context.close();
  }, 60_000);
});

/** Routine notices with no event words: the server threads none of them, so each is a card of its own. */
const BULLETINS: ((i: number) => string)[] = [
  (i) => `Road bulletin ${i}: the ring road reopens after resurfacing works`,
  (i) => `Library notice ${i}: reading rooms change their opening hours next month`,
  (i) => `Transport update ${i}: tram route ${i} keeps its weekend timetable`,
];

const desc = (x: number, y: number) => y - x;

/** The alert whose title (or lead text) contains `text` (its reasons may quote it too). */
const title = (target: Page, text: string) => target.locator('.report .title', { hasText: text });

interface OpenedConsole {
  context: BrowserContext;
  page: Page;
  pageErrors: string[];
  outsideRequests: string[];
}

/** A console in a browser context of its own (its own localStorage), with `saved` settings in place if given. */
async function openConsole(options: BrowserContextOptions = {}, saved?: Record<string, unknown>): Promise<OpenedConsole> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, ...options });
  if (saved) await context.addInitScript((value) => localStorage.setItem('sirena-console', value), JSON.stringify(saved));
  const opened: OpenedConsole = { context, page: await context.newPage(), pageErrors: [], outsideRequests: [] };
  watch(opened.page, opened);
  await opened.page.goto(sys.gateways[0]!.url);
  return opened;
}

function watch(target: Page, into: Pick<OpenedConsole, 'pageErrors' | 'outsideRequests'>): void {
  const origin = new URL(sys.gateways[0]!.url).origin;
  target.on('pageerror', (error) => into.pageErrors.push(error.message));
  target.on('request', (req) => {
    if (new URL(req.url()).origin !== origin) into.outsideRequests.push(req.url());
  });
}

/** The seqs of the alerts on the page, in page order. */
function shownSeqs(target: Page): Promise<number[]> {
  return target.locator('.report').evaluateAll((els) => els.map((el) => Number((el as HTMLElement).dataset.seq)));
}

/** The seqs of the newest stored alerts (every alert has one of the console's four topics), newest first. */
async function newestSeqs(limit: number): Promise<number[]> {
  const page = await request<{ alerts: Alert[] }>(sys.api.url, 'GET', `/v1/alerts?limit=${limit}`);
  return page.body.alerts.map((alert) => alert.seq);
}

/** Waits until every id is stored; answers them by id. */
async function storedAll(ids: readonly string[]): Promise<Map<string, Alert>> {
  return waitUntil(async () => {
    const page = await request<{ alerts: Alert[] }>(sys.api.url, 'GET', '/v1/alerts?limit=1000');
    const found = new Map(page.body.alerts.filter((alert) => ids.includes(alert.id)).map((alert) => [alert.id, alert]));
    return found.size === ids.length ? found : null;
  }, `${ids.length} alerts stored`);
}

// With SIRENA_JWT_SECRET the console reads history and live alerts with a subscriber token, within its topics.
describe('web console with SIRENA_JWT_SECRET', () => {
  const SECRET = 'console-test-secret-that-is-long-enough-0123';
  let gateway: RoleProcess;
  let page: Page;

  beforeAll(async () => {
    // History written straight into the gateway's key prefix: no API or worker needed to read it back.
    const prefix = uniquePrefix();
    await storeAlerts(prefix, [
      unsequencedAlert({ topics: ['diplomacy'], title: 'Envoys met in Ankara', severity: 'minor' }),
      unsequencedAlert({ topics: ['kyiv-air-raids'], title: 'Air-raid alert in Kyiv', severity: 'extreme' }),
    ]);
    gateway = await startRole('gateway', { REDIS_URL: testRedisUrl(), SIRENA_KEY_PREFIX: prefix, SIRENA_JWT_SECRET: SECRET });
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterAll(async () => {
    await page?.close();
    await gateway?.stop();
  });

  it('asks for a token, then lists only the topics the token allows, history and live', async () => {
    await page.goto(gateway.url);
    await page.getByText('needs a subscriber token').waitFor();
    expect(await page.locator('#token-row').isVisible()).toBe(true);
    expect(await page.locator('.report').count()).toBe(0);

    const token = await new SignJWT({ topics: ['diplomacy'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode(SECRET));
    // A token in the address is taken, and taken out of the address at once.
    await page.goto('about:blank');
    await page.goto(`${gateway.url}/#token=${token}`);
    await page.locator('#state[data-state="live"]').waitFor({ timeout: 20_000 });
    await page.getByText('Envoys met in Ankara').waitFor();
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.getByText('Air-raid alert in Kyiv').count()).toBe(0);
    // The topic the token does not allow is off and cannot be turned on.
    const kyiv = page.locator('#topics input[value="kyiv-air-raids"]');
    expect(await kyiv.isDisabled()).toBe(true);
    expect(await kyiv.isChecked()).toBe(true); // still chosen, but not read
    await page.screenshot({ path: 'test-results/console-token.png' });
    expect(pageErrors).toEqual([]);
  });
});
