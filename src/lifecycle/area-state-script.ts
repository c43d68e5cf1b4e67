// Lua for AreaStates: an alert version's area events applied once, whichever process reads it first.
export const APPLY_AREA_EVENTS_LUA = `
-- Applies the area events of one alert version unless the areas' cursor is already at or past its seq (another
-- process applied it: each process applies versions in seq order, so a cursor at n means everything up to n is in).
-- KEYS: 1 cursor, 2.. the area event hashes, one per change. ARGV: 1 seq, then per change: alert id, event JSON
-- ('' takes the alert's event back). Returns 1 when applied, 0 when it had been.
local seq = tonumber(ARGV[1])
local cursor = tonumber(redis.call('GET', KEYS[1]) or '0')
if seq <= cursor then return 0 end
for i = 2, #KEYS do
  local id = ARGV[2 * i - 2]
  local json = ARGV[2 * i - 1]
  if json == '' then redis.call('HDEL', KEYS[i], id) else redis.call('HSET', KEYS[i], id, json) end
end
redis.call('SET', KEYS[1], seq)
return 1
`;

export const ADVANCE_AREA_CURSOR_LUA = `
-- Moves the areas' cursor forward to ARGV[1] (never back). KEYS: 1 cursor. Returns the cursor.
local cursor = tonumber(redis.call('GET', KEYS[1]) or '0')
local seq = tonumber(ARGV[1])
if seq > cursor then redis.call('SET', KEYS[1], seq) return seq end
return cursor
`;
