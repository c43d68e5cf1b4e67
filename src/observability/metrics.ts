// Prometheus metrics: one registry per process (no global default), every metric Sirena exports declared here.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  updatesAccepted: Counter<'outcome'>;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  alertsDelivered: Counter;
  /** Time from receivedAt to the gateway emitting the alert. */
  deliveryLatency: Histogram;
  socketsConnected: Gauge;
  /** Handshakes turned away, by reason (rate_limited: too many from one address; gateway_full; unauthorized: bad token). */
  socketsRefused: Counter<'reason'>;
  /** Connections closed for reading too slowly, by transport and reason (over_budget, stalled, overflow). */
  slowClientsDropped: Counter<'transport' | 'reason'>;
  replayedAlerts: Counter;
  feedLag: Gauge;
  /** Jobs in the updates queue by state (API role; read from BullMQ when scraped). */
  queueJobs: Gauge<'state'>;
  /** Worker connections BullMQ sees on the updates queue (API role). */
  queueWorkers: Gauge;
  /** Clients subscribed to each topic on this gateway, by transport (socket.io, sse). */
  topicSubscribers: Gauge<'topic' | 'transport'>;
  /**
   * Delivery figures summed over every alert (sockets sent, acks, pushes sent/failed/gone/retried/suppressed), read
   * from Redis when scraped (API role): counts of every gateway and push worker.
   */
  deliveryTotal: Counter<'figure'>;
  /** The same figures for each of the most recent alerts (a bounded set of `seq` labels; the ops view has more). */
  alertDelivery: Gauge<'seq' | 'id' | 'figure'>;
  /** Web Push subscriptions stored (API role). */
  pushSubscriptions: Gauge;
  /** Registers a function that brings gauges up to date before each scrape (a failing one is skipped). */
  onScrape(refresh: () => void | Promise<void>): void;
  /** Runs every onScrape function: /metrics calls it before rendering. */
  refresh(): Promise<void>;
}

export function createMetrics(role: string): Metrics {
  const registry = new Registry();
  registry.setDefaultLabels({ role });
  collectDefaultMetrics({ register: registry });
  const r = [registry];
  const refreshers: (() => void | Promise<void>)[] = [];
  return {
    registry,
    updatesAccepted: new Counter({
      name: 'sirena_updates_total',
      help: 'Updates posted, by outcome (accepted, duplicate_job, rejected)',
      labelNames: ['outcome'],
      registers: r,
    }),
    httpRequests: new Counter({
      name: 'sirena_http_requests_total',
      help: 'HTTP requests by method, route and status',
      labelNames: ['method', 'route', 'status'],
      registers: r,
    }),
    alertsDelivered: new Counter({
      name: 'sirena_alerts_fanned_out_total',
      help: 'Alerts this gateway emitted to its subscribers (once per alert, not per socket)',
      registers: r,
    }),
    deliveryLatency: new Histogram({
      name: 'sirena_delivery_latency_seconds',
      help: 'From receivedAt (ingest) to the gateway emitting the alert',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: r,
    }),
    socketsConnected: new Gauge({ name: 'sirena_sockets_connected', help: 'Open Socket.IO connections', registers: r }),
    socketsRefused: new Counter({
      name: 'sirena_sockets_refused_total',
      help: 'Socket.IO handshakes refused, by reason',
      labelNames: ['reason'],
      registers: r,
    }),
    slowClientsDropped: new Counter({
      name: 'sirena_slow_clients_dropped_total',
      help: 'Connections closed because they left too much unread (over_budget, stalled, overflow), by transport',
      labelNames: ['transport', 'reason'],
      registers: r,
    }),
    replayedAlerts: new Counter({
      name: 'sirena_replayed_alerts_total',
      help: 'Stored alerts sent to sockets because of `since`',
      registers: r,
    }),
    feedLag: new Gauge({
      name: 'sirena_feed_last_seq',
      help: 'The last seq this gateway has read from the live feed',
      registers: r,
    }),
    queueJobs: new Gauge({
      name: 'sirena_queue_jobs',
      help: 'Jobs in the updates queue by state (wait, prioritized, delayed, active, completed, failed)',
      labelNames: ['state'],
      registers: r,
    }),
    queueWorkers: new Gauge({
      name: 'sirena_queue_workers',
      help: 'Worker connections on the updates queue (BullMQ getWorkers)',
      registers: r,
    }),
    topicSubscribers: new Gauge({
      name: 'sirena_topic_subscribers',
      help: 'Clients subscribed to each topic on this gateway, by transport',
      labelNames: ['topic', 'transport'],
      registers: r,
    }),
    deliveryTotal: new Counter({
      name: 'sirena_delivery_total',
      help: 'Delivery figures over all alerts: socketsSent, acks, pushTargets, pushSent, pushFailed, pushGone, pushRetried, pushSuppressed',
      labelNames: ['figure'],
      registers: r,
    }),
    alertDelivery: new Gauge({
      name: 'sirena_alert_delivery',
      help: 'Delivery figures of each of the 20 most recent alert versions with any (by seq and alert id)',
      labelNames: ['seq', 'id', 'figure'],
      registers: r,
    }),
    pushSubscriptions: new Gauge({ name: 'sirena_push_subscriptions', help: 'Web Push subscriptions stored', registers: r }),
    onScrape(refresh) {
      refreshers.push(refresh);
    },
    async refresh() {
      // A scrape during a Redis outage still answers, with the last known queue figures.
      await Promise.all(refreshers.map(async (refresh) => refresh()).map((done) => done.catch(() => undefined)));
    },
  };
}
