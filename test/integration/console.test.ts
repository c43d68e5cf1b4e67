// The web console end to end in headless Chromium (the system's, or the one npm ci brings: test/helpers/browser.ts):
// live alerts, incident grouping, and the resume notice after the gateway restarts on the same port.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../src/core/alert.js';
import { launchBrowser } from '../helpers/browser.js';
import { postUpdate, request, startSystem, waitUntil, type TestSystem } from '../helpers/system.js';

let sys: TestSystem;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const outsideRequests: string[] = [];

beforeAll(async () => {
  mkdirSync('test-results', { recursive: true });
  [sys, browser] = await Promise.all([
    startSystem({ gateways: 1, workers: 1 }),
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
    await page.getByText('Air-raid alert in Kyiv: drones inbound').waitFor();
    expect(await page.locator('.report[data-severity="extreme"]').count()).toBe(1);

    // Two reports of one attack: the console shows whatever incidents the server formed, each as one card.
    await postUpdate(sys, { id: 'web-2', text: 'Drone attack on Kyiv: fires in three districts, two people wounded', topics: ['kyiv-air-raids'] });
    await postUpdate(sys, { id: 'web-3', text: 'Kyiv drone attack: fires in three districts, four wounded, rescuers at work', topics: ['kyiv-air-raids'] });
    const reports = await stored(['web-1', 'web-2', 'web-3']);
    await page.getByText('four wounded').waitFor();
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
    await page.getByText('ceasefire talks').waitFor();
    await page.getByText('eastern front line').waitFor();
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
    await waitUntil(async () => (await page.locator('.report').count()) === (await page.locator('.report[data-severity="extreme"]').count()), 'only extreme shown');
    expect(await page.locator('.report[data-severity="extreme"]').count()).toBeGreaterThanOrEqual(1);
    await page.selectOption('#min-severity', 'unknown');
    await page.locator('#topics label', { hasText: /diplomacy/i }).locator('input').uncheck();
    await waitUntil(async () => (await page.getByText('ceasefire talks').count()) === 0, 'diplomacy hidden');
    await page.locator('#state[data-state="live"]').waitFor();
  });
});
