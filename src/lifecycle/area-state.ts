// Per-area air-raid state as a fold over the reports that declared an alert or an all-clear there (pure).
import type { Alert } from '../core/alert.js';
import type { AreaSignal, AreaSignals } from './area-signal.js';
import type { AreaState } from '../core/area-state.js';
import type { Area } from './areas.js';

/** A report's say on one area: kept per alert id, so a cancel or a revision takes it back. */
export interface AreaEvent {
  alertId: string;
  kind: AreaSignal;
  publishedAt: string;
  /** When the version saying it was received, and its place in its batch: the order posted, among reports published at the same moment. */
  receivedAt: string;
  batchIndex?: number;
  seq: number;
}

/** What one alert version changes in the events of an area: its event set, or taken back. */
export type AreaEventChange = { area: string; alertId: string; event: AreaEvent } | { area: string; alertId: string; event: null };

/**
 * The changes an alert version makes: an event on each area it declares an alert or an all-clear in; for a revision
 * or cancellation, its alert's earlier event taken back from every other area of its topics (it no longer says so).
 */
export function areaEventChanges(alert: Alert, areas: readonly Area[], signals: AreaSignals): AreaEventChange[] {
  const said = signals(alert);
  const revised = (alert.revision ?? 0) > 0;
  const topics = alert.reach?.topics ?? alert.topics;
  const out: AreaEventChange[] = [];
  for (const area of areas) {
    const kind = said.get(area.area);
    if (kind) {
      out.push({ area: area.area, alertId: alert.id, event: {
          alertId: alert.id,
          kind,
          publishedAt: alert.publishedAt,
          receivedAt: alert.receivedAt,
          ...(alert.batchIndex !== undefined && { batchIndex: alert.batchIndex }),
          seq: alert.seq,
        },
      });
    } else if (revised && topics.includes(area.topic)) {
      out.push({ area: area.area, alertId: alert.id, event: null });
    }
  }
  return out;
}

/**
 * Later in the order events apply: publishedAt, then the order they were posted in (receivedAt, then the place in
 * their batch), then seq. Not seq first: the urgent lane stores an alert before the routine all-clear posted after it.
 */
export function isLater(a: AreaEvent, b: AreaEvent): boolean {
  const pa = Date.parse(a.publishedAt);
  const pb = Date.parse(b.publishedAt);
  if (pa !== pb) return pa > pb;
  if (a.receivedAt !== b.receivedAt) return a.receivedAt > b.receivedAt;
  if ((a.batchIndex ?? 0) !== (b.batchIndex ?? 0)) return (a.batchIndex ?? 0) > (b.batchIndex ?? 0);
  return a.seq > b.seq;
}

/**
 * The area's state: the latest event (a report published before it changes nothing), or unknown with none, or when
 * an alert has stood for maxHours without an all-clear.
 * @example foldAreaState(area, events, Date.now(), 24) // { area: 'kyiv-city', status: 'alert', since: '…', … }
 */
export function foldAreaState(area: Area, events: Iterable<AreaEvent>, nowMs: number, maxHours: number): AreaState {
  let latest: AreaEvent | undefined;
  for (const event of events) if (!latest || isLater(event, latest)) latest = event;
  const base = { area: area.area, name: area.name, topic: area.topic, ...(area.parent !== undefined && { parent: area.parent }) };
  if (!latest || (latest.kind === 'alert' && Date.parse(latest.publishedAt) + maxHours * 3_600_000 <= nowMs)) {
    return { ...base, status: 'unknown', since: null, alertId: null };
  }
  return { ...base, status: latest.kind, since: latest.publishedAt, alertId: latest.alertId };
}

/** When an area in alert turns unknown if nothing clears it (ms), or undefined. */
export function alertExpiry(state: AreaState, maxHours: number): number | undefined {
  return state.status === 'alert' && state.since !== null ? Date.parse(state.since) + maxHours * 3_600_000 : undefined;
}

/** True when two states of an area differ in what a client shows. */
export function stateChanged(a: AreaState | undefined, b: AreaState): boolean {
  return !a || a.status !== b.status || a.since !== b.since || a.alertId !== b.alertId;
}
