// AreaStateFanout: a gateway's view of the area states, kept current from the feed, and `state` events to clients.
import type { Alert } from '../core/alert.js';
import type { AreaState, AreaStateEvent } from '../core/area-state.js';
import { alertExpiry, stateChanged } from '../lifecycle/area-state.js';
import type { AreaStates } from '../lifecycle/area-states.js';
import type { Logger } from '../observability/logger.js';

export interface AreaStateFanoutOptions {
  states: AreaStates;
  /** Sends a changed state to every client subscribed to its topic (Socket.IO rooms, SSE streams). */
  publish(event: AreaStateEvent): void;
  /** The last seq the gateway has fanned out: the seq of a change no alert caused (an expiry). */
  lastSeq(): number;
  logger: Logger;
}

/**
 * Every gateway follows the same feed, so each sends its own clients every change; the states themselves live in
 * Redis (AreaStates), applied once whichever gateway or API reads a version first.
 * @example const areas = new AreaStateFanout({ states, publish, lastSeq: () => tail.lastSeq, logger }); await areas.start();
 */
export class AreaStateFanout {
  private readonly current = new Map<string, AreaState>();
  private readonly expiries = new Map<string, NodeJS.Timeout>();
  /** Changes are worked out one after another, in feed order. */
  private work: Promise<void> = Promise.resolve();
  private readonly options: AreaStateFanoutOptions;

  constructor(options: AreaStateFanoutOptions) {
    this.options = options;
  }

  /** Catches the states up with history and reads them; call before the feed tail starts. */
  start(): Promise<void> {
    this.work = this.options.states
      .sync()
      .then(() => this.options.states.read())
      .then((states) => this.update(states, 0, false))
      .catch((error: unknown) => this.options.logger.error({ err: error }, 'area states could not be read'));
    return this.work;
  }

  /** The current states of the areas of these topics (the subscribe ack's `state`). */
  forTopics(topics: readonly string[]): AreaState[] {
    return [...this.current.values()].filter((state) => topics.includes(state.topic));
  }

  /** A feed entry: applied (in feed order) and every area it changed published. */
  offer(alert: Alert): void {
    if (!this.options.states.concerns(alert)) return;
    this.chain(async () => this.update(await this.options.states.apply(alert), alert.seq, true));
  }

  stop(): void {
    for (const timer of this.expiries.values()) clearTimeout(timer);
    this.expiries.clear();
  }

  private chain(step: () => Promise<void>): void {
    this.work = this.work.then(step).catch((error: unknown) => this.options.logger.error({ err: error }, 'area state update failed'));
  }

  private update(states: readonly AreaState[], seq: number, publish: boolean): void {
    for (const state of states) {
      if (!stateChanged(this.current.get(state.area), state)) continue;
      this.current.set(state.area, state);
      this.armExpiry(state);
      if (publish) this.options.publish({ ...state, seq });
    }
  }

  /** An alert left standing turns unknown after SIRENA_ALERT_MAX_HOURS: the change is read and sent then. */
  private armExpiry(state: AreaState): void {
    clearTimeout(this.expiries.get(state.area));
    this.expiries.delete(state.area);
    const at = alertExpiry(state, this.options.states.maxHours);
    if (at === undefined) return;
    // setTimeout holds at most ~24.8 days; a longer wait is re-armed on the way.
    const timer = setTimeout(() => {
      this.chain(async () => {
        const [now] = await this.options.states.read(new Set([state.area]));
        if (now && Date.now() >= at) this.update([now], this.options.lastSeq(), true);
        else if (now) this.armExpiry(now);
      });
    }, Math.min(Math.max(0, at - Date.now()) + 5, 2 ** 31 - 1));
    timer.unref();
    this.expiries.set(state.area, timer);
  }
}
