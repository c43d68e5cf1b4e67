// /metrics for delivery: the figures every gateway and push worker add up in Redis, brought into the API's registry
// when it is scraped.
import type { Metrics } from '../observability/metrics.js';
import type { AlertStore } from '../store/alert-store.js';
import { DELIVERY_FIGURES, type DeliveryFigures } from './delivery-figures.js';
import type { PushSubscriptions } from './push-subscriptions.js';

/** Alerts whose own figures /metrics shows (the labels stay bounded; the ops view lists more). */
const RECENT_IN_METRICS = 20;

/**
 * @example watchDeliveryMetrics({ metrics, figures, subscriptions, store });
 */
export function watchDeliveryMetrics(deps: { metrics: Metrics; figures: DeliveryFigures; subscriptions: PushSubscriptions; store: AlertStore }): void {
  const { metrics } = deps;
  // Counters only go up: each scrape adds what Redis's totals grew by since the last (a reset Redis adds nothing).
  const seen = new Map<string, number>();
  metrics.onScrape(async () => {
    const [totals, recent, subscriptions] = await Promise.all([deps.figures.totals(), deps.figures.recent(RECENT_IN_METRICS), deps.subscriptions.count()]);
    for (const figure of DELIVERY_FIGURES) {
      const now = totals[figure];
      const before = seen.get(figure) ?? 0;
      if (now > before) metrics.deliveryTotal.inc({ figure }, now - before);
      metrics.deliveryTotal.inc({ figure }, 0);
      seen.set(figure, Math.max(now, before));
    }
    const alerts = new Map((await deps.store.getBySeqs(recent.map((entry) => entry.seq))).map((alert) => [alert.seq, alert.id]));
    metrics.alertDelivery.reset();
    for (const entry of recent) {
      for (const figure of DELIVERY_FIGURES) {
        metrics.alertDelivery.set({ seq: String(entry.seq), id: alerts.get(entry.seq) ?? '', figure }, entry[figure]);
      }
    }
    metrics.pushSubscriptions.set(subscriptions);
  });
}
