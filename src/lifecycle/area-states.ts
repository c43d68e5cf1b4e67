// AreaStates: the air-raid state of each area, kept in Redis (shared by every process, kept across restarts).
import type { RedisClient } from '../store/redis-connection.js';
import type { Alert } from '../core/alert.js';
import type { AlertStore } from '../store/alert-store.js';
import type { RedisKeys } from '../store/keys.js';
import { LuaScript } from '../store/lua-script.js';
import { createAreaSignals, type AreaSignals } from './area-signal.js';
import { areaEventChanges, foldAreaState, isLater, type AreaEvent } from './area-state.js';
import { ADVANCE_AREA_CURSOR_LUA, APPLY_AREA_EVENTS_LUA } from './area-state-script.js';
import type { AreaState, StateResponse } from '../core/area-state.js';
import type { Area } from './areas.js';

export interface AreaStatesOptions {
  redis: RedisClient;
  keys: RedisKeys;
  /** History: what a process that was not following the feed catches up from. */
  store: AlertStore;
  areas: readonly Area[];
  /** An area in alert this long without an all-clear turns unknown (SIRENA_ALERT_MAX_HOURS). */
  maxHours: number;
  /** @defaultValue Date.now */
  now?: () => number;
}

/** Events kept per area (see prune). */
export const MAX_AREA_EVENTS = 256;
const APPLY_SCRIPT = new LuaScript(APPLY_AREA_EVENTS_LUA);
const ADVANCE_SCRIPT = new LuaScript(ADVANCE_AREA_CURSOR_LUA);

/**
 * Every alert version is applied once, in seq order, by whichever process reads it first (a gateway from the feed,
 * the API from history before it answers); the state of an area is folded from its events when read.
 * @example
 * const states = new AreaStates({ redis, keys, store, areas: DEFAULT_AREAS, maxHours: 24 });
 * const { seq, areas } = await states.snapshot();
 */
export class AreaStates {
  readonly areas: readonly Area[];
  private readonly options: AreaStatesOptions;
  private readonly signals: AreaSignals;
  private readonly topics: string[];
  /** One operation at a time per process, so this process applies versions in seq order. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: AreaStatesOptions) {
    this.options = options;
    this.areas = options.areas;
    this.signals = createAreaSignals(options.areas);
    this.topics = [...new Set(options.areas.map((area) => area.topic))];
  }

  get maxHours(): number {
    return this.options.maxHours;
  }

  /** True when the version may change some area (it is, or was, on an area's topic). */
  concerns(alert: Alert): boolean {
    return (alert.reach?.topics ?? alert.topics).some((topic) => this.topics.includes(topic));
  }

  /** Applies what history holds after the cursor; resolves with the cursor. */
  sync(): Promise<number> {
    return this.serial(() => this.catchUp());
  }

  /**
   * Applies one alert version from the live feed, with every version before it that is not applied yet; resolves
   * with the current states of the areas it may have changed.
   */
  apply(alert: Alert): Promise<AreaState[]> {
    return this.serial(async () => {
      const changes = areaEventChanges(alert, this.areas, this.signals);
      if (changes.length === 0) return [];
      // Through history, not this version alone: whatever this process missed before it (versions stored while it
      // started, a write that failed in a Redis blip) is applied first, in seq order, and this version with it (the
      // feed carries only stored versions). Writing it alone would move the shared cursor past the missed ones for
      // good. Declarations and all-clears are rare, so the extra read is too.
      await this.catchUp();
      return this.read(new Set(changes.map((change) => change.area)));
    });
  }

  /** GET /v1/state: caught up with history first. */
  snapshot(): Promise<StateResponse> {
    return this.serial(async () => {
      const seq = await this.catchUp();
      return { seq, areas: await this.read() };
    });
  }

  /** The states of these areas (all by default), folded from Redis now. */
  async read(only?: ReadonlySet<string>): Promise<AreaState[]> {
    const areas = only ? this.areas.filter((area) => only.has(area.area)) : this.areas;
    const pipeline = this.options.redis.pipeline();
    for (const area of areas) pipeline.hvals(this.options.keys.areaEvents(area.area));
    const replies = (await pipeline.exec()) ?? [];
    const now = (this.options.now ?? Date.now)();
    return areas.map((area, i) => {
      const [error, jsons] = replies[i] ?? [null, []];
      if (error) throw error;
      const events = (jsons as string[]).map((json) => JSON.parse(json) as AreaEvent);
      if (events.length > MAX_AREA_EVENTS) this.prune(area, events);
      return foldAreaState(area, events, now, this.options.maxHours);
    });
  }

  /**
   * Drops an area's oldest events beyond MAX_AREA_EVENTS (in the order they apply): only the newest decide its state,
   * or come back into force when a newer one is taken back. Not awaited: a read never waits for it.
   */
  private prune(area: Area, events: AreaEvent[]): void {
    const oldestFirst = [...events].sort((a, b) => (isLater(a, b) ? 1 : isLater(b, a) ? -1 : 0));
    const dropped = oldestFirst.slice(0, events.length - MAX_AREA_EVENTS).map((event) => event.alertId);
    this.options.redis.hdel(this.options.keys.areaEvents(area.area), ...dropped).catch(() => undefined);
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async catchUp(): Promise<number> {
    const { redis, keys, store } = this.options;
    // Read first: every version up to it is stored (a seq is handed out and stored in one step), so the pages reach it.
    const [cursor, latest] = await Promise.all([redis.get(keys.areaCursor).then((value) => Number(value ?? 0)), store.latestSeq()]);
    let last = cursor;
    for await (const page of store.pages({ topics: this.topics, after: cursor, order: 'asc', limit: 0, pageSize: 1000 })) {
      for (const alert of page) {
        const changes = areaEventChanges(alert, this.areas, this.signals);
        if (changes.length > 0) await this.write(alert.seq, changes);
        last = alert.seq;
      }
    }
    // Past versions of other topics too, so the next catch-up starts after them.
    return Number(await ADVANCE_SCRIPT.run(redis, [keys.areaCursor], [Math.max(last, latest)]));
  }

  private async write(seq: number, changes: ReturnType<typeof areaEventChanges>): Promise<void> {
    const { redis, keys } = this.options;
    const args: (string | number)[] = [seq];
    for (const change of changes) args.push(change.alertId, change.event ? JSON.stringify(change.event) : '');
    await APPLY_SCRIPT.run(redis, [keys.areaCursor, ...changes.map((change) => keys.areaEvents(change.area))], args);
  }
}
