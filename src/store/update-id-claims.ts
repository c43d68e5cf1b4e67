// UpdateIdClaims: whose an update id is, so a repeated id is idempotent per publisher and alert ids stay unique.
import { createHash } from 'node:crypto';
import type { RedisClient } from './redis-connection.js';
import { ulid } from 'ulid';
import type { RedisKeys } from './keys.js';
import { LuaScript } from './lua-script.js';

/** The publisher every loopback poster counts as when ingest runs without publisher keys. */
export const LOOPBACK_PUBLISHER = 'loopback';

/** Longest alert id (ALERT_ID_PATTERN); a publisher-scoped id is cut to fit. */
const MAX_ID_LENGTH = 128;
const SCOPE_HEX = 16;

/**
 * The alert id a publisher's update id gets when another publisher's update already has that id: the id (cut to
 * fit 128 characters), a dot and 16 hex digits of a hash of publisher and id, so the same on every repeat and not
 * guessable by another publisher (who does not know the publisher's key digest).
 * @example publisherScopedId('x-1', 'key:9f…') // 'x-1.5c0e7d4f2a9b1c36'
 */
export function publisherScopedId(id: string, publisher: string): string {
  const hash = createHash('sha256').update(`${publisher}\n${id}`).digest('hex').slice(0, SCOPE_HEX);
  return `${id.slice(0, MAX_ID_LENGTH - SCOPE_HEX - 1)}.${hash}`;
}

const CLAIM_LUA = `
-- Claims update ids for one publisher: an id nobody holds becomes the publisher's; one it holds stays its own.
-- KEYS: for update i, 2i-1 the owner key of its id, 2i the owner key of its publisher-scoped id
-- ARGV: 1 publisher, 2 TTL s
-- Returns per update: 1 its id is the publisher's, 2 its scoped id is, 0 neither (both held by others)
local out = {}
for i = 1, #KEYS / 2 do
  out[i] = 0
  for k = 0, 1 do
    local key = KEYS[2 * i - 1 + k]
    local owner = redis.call('GET', key)
    if not owner or owner == ARGV[1] then
      redis.call('SET', key, ARGV[1], 'EX', tonumber(ARGV[2]))
      out[i] = k + 1
      break
    end
  end
end
return out
`;
const CLAIM_SCRIPT = new LuaScript(CLAIM_LUA);

export interface UpdateIdClaimsOptions {
  redis: RedisClient;
  keys: RedisKeys;
  /**
   * How long a claim lasts (s): at least as long as an alert is stored and its id recognised, so no other
   * publisher's update can take the id of a stored alert. Renewed whenever its publisher sends the id again.
   */
  ttlSeconds: number;
}

/**
 * Update ids are the publishers' idempotency keys, and alert ids are unique: the first publisher to send an id
 * owns it (its alert has that id, and a repeat from it is not alerted again); another publisher sending the same
 * id gets the scoped id (publisherScopedId) for its alert, idempotent for it in turn. Ids made by the server are
 * claimed too, so a publisher that saw one in the feed cannot take it. One round trip per request.
 * @example const ids = await claims.assign('key:9f…', ['x-1', ulid()]); // ['x-1', '01J…'], or ['x-1.5c0e…', …]
 */
export class UpdateIdClaims {
  constructor(private readonly options: UpdateIdClaimsOptions) {}

  /**
   * The alert id a publisher's update id gave, without claiming anything: the id itself or its scoped id, whichever
   * the publisher holds; `other` when only another publisher holds it; undefined when nobody does.
   */
  async resolve(publisher: string, id: string): Promise<{ alertId: string } | 'other' | undefined> {
    const scoped = publisherScopedId(id, publisher);
    const { keys } = this.options;
    const [own, scopedOwner] = await this.options.redis.mget(keys.updateIdOwner(id), keys.updateIdOwner(scoped));
    if (own === publisher) return { alertId: id };
    if (scopedOwner === publisher) return { alertId: scoped };
    return own === null ? undefined : 'other';
  }

  /** The alert id of each update id, in order; the ids are claimed for the publisher. */
  async assign(publisher: string, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const { keys } = this.options;
    const scoped = ids.map((id) => publisherScopedId(id, publisher));
    const owners = ids.flatMap((id, i) => [keys.updateIdOwner(id), keys.updateIdOwner(scoped[i]!)]);
    const choices = (await CLAIM_SCRIPT.run(this.options.redis, owners, [publisher, this.options.ttlSeconds])) as number[];
    const assigned = ids.map((id, i) => (choices[i] === 1 ? id : choices[i] === 2 ? scoped[i]! : undefined));
    // Both held by others: only when another publisher sent exactly this one's scoped id. A fresh id then.
    const taken = assigned.flatMap((id, i) => (id === undefined ? [i] : []));
    if (taken.length === 0) return assigned as string[];
    const fresh = await this.assign(publisher, taken.map(() => ulid()));
    taken.forEach((at, k) => (assigned[at] = fresh[k]));
    return assigned as string[];
  }
}
