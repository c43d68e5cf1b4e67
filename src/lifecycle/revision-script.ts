// Lua for AlertRevisions: a new version of a stored alert, in one atomic step from the check to the live feed.
export const APPEND_REVISION_LUA = `
-- Stores the next version of an alert under a new seq, keeping the invariants replay relies on: every version is an
-- entry of its own in the hash, the indexes and the feed, at its own seq; the latest is indexed by the bare id (what
-- history lists and alert-ids points to), earlier ones by '<id>~<revision>' at their own seqs.
-- KEYS: 1 seq, 2 alerts hash, 3 alert-ids hash, 4 feed stream, 5 log zset, 6 incident zset, 7.. topic zsets (the
--       reach: every topic of every version)
-- ARGV: 1 alert id, 2 the seq the caller read as latest, 3 JSON head (up to and including '"seq":'), 4 JSON tail,
--       5 member for the version being superseded ('<id>~<revision>'), 6 feed max length, 7 incident TTL s,
--       8 reach topic ids joined by ','
-- Returns {seq} or {0} when the latest version is no longer the one read (the caller reads again).
local id = ARGV[1]
local current = redis.call('HGET', KEYS[3], id)
if current ~= ARGV[2] then return {0} end

local seq = redis.call('INCR', KEYS[1])
local json = ARGV[3] .. seq .. ARGV[4]
redis.call('HSET', KEYS[2], seq, json)
redis.call('HSET', KEYS[3], id, seq)
for i = 5, #KEYS do
  local score = redis.call('ZSCORE', KEYS[i], id)
  if score then
    redis.call('ZREM', KEYS[i], id)
    redis.call('ZADD', KEYS[i], score, ARGV[5])
  end
  redis.call('ZADD', KEYS[i], seq, id)
end
redis.call('EXPIRE', KEYS[6], tonumber(ARGV[7]))
-- Filed under the reach, so a gateway's filter sends it to whoever any version reached.
redis.call('XADD', KEYS[4], 'MAXLEN', '~', tonumber(ARGV[6]), seq .. '-0', 'a', json, 't', ARGV[8])
return {seq}
`;
