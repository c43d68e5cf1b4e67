// Lua for AlertStore: append (one atomic step from idempotency check to live feed), retention's trim, the
// recent-alerts read and the incident summaries. Every key a script touches is passed in KEYS (Redis Cluster).
export const APPEND_ALERT_LUA = `
-- Appends one alert atomically: idempotency check, seq, history, indexes, live feed. Every key it touches is in KEYS
-- (Redis Cluster refuses others; all share one hash tag there): retention, whose keys depend on the alerts it drops,
-- is TRIM_ALERTS_LUA's, with the candidates this script returns.
-- KEYS: 1 seq, 2 alerts hash, 3 alert-ids hash, 4 log zset, 5 feed stream, 6 idempotency key,
--       7 incident zset, 8 .. 7 + ARGV[8] the alert's topic zsets, then the guard's topic zsets
-- ARGV: 1 alert id, 2 JSON head (up to and including '"seq":'), 3 JSON tail (after the seq),
--       4 idempotency TTL s, 5 retention count, 6 retention cutoff (ISO receivedAt), 7 feed max length,
--       8 number of the alert's topic zsets, 9 incident TTL s, 10 topic ids joined by ',',
--       11 guard seq ('' for none), 12.. ids the guard knows of
-- Returns {seq, duplicate(0|1)} and, when retention must drop alerts, per alert to drop (oldest first, at most 64):
-- its log member, seq, topic ids (its own and its reach's) joined by ',', incident id ('' when none). {0, 2} when
-- the guard refused it (nothing written).
local existing = redis.call('GET', KEYS[6])
if existing then
  return {tonumber(existing), 1}
end

local topicCount = tonumber(ARGV[8])
-- The guard, for a report that starts an incident (or joins one its job starts): stored only if the guard's topics
-- got no alert after the seq its worker had read them up to, other than the ids it knows of. Two workers threading
-- reports of one event at the same moment both see no incident; the second to get here is refused, reads the first
-- and threads again.
local guard = tonumber(ARGV[11])
if guard then
  local known = {}
  for i = 12, #ARGV do known[ARGV[i]] = true end
  for k = 8 + topicCount, #KEYS do
    for _, other in ipairs(redis.call('ZRANGEBYSCORE', KEYS[k], '(' .. guard, '+inf', 'LIMIT', 0, #ARGV - 10)) do
      if not known[other] then return {0, 2} end
    end
  end
end

local seq = redis.call('INCR', KEYS[1])
local json = ARGV[2] .. seq .. ARGV[3]
local id = ARGV[1]

redis.call('SET', KEYS[6], seq, 'EX', tonumber(ARGV[4]))
redis.call('HSET', KEYS[2], seq, json)
redis.call('HSET', KEYS[3], id, seq)
redis.call('ZADD', KEYS[4], seq, id)
redis.call('ZADD', KEYS[7], seq, id)
redis.call('EXPIRE', KEYS[7], tonumber(ARGV[9]))
for i = 8, 7 + topicCount do
  redis.call('ZADD', KEYS[i], seq, id)
end
-- The topics beside the JSON let a reader file an entry without decoding it.
redis.call('XADD', KEYS[5], 'MAXLEN', '~', tonumber(ARGV[7]), seq .. '-0', 'a', json, 't', ARGV[10])

-- Retention: the oldest alerts beyond the count or older than the cutoff, a bounded number per append so an append
-- never stalls Redis.
local out = {seq, 0}
local maxCount = tonumber(ARGV[5])
local cutoff = ARGV[6]
local count = redis.call('ZCARD', KEYS[4])
local oldest = redis.call('ZRANGE', KEYS[4], 0, 63, 'WITHSCORES')
for i = 1, #oldest, 2 do
  local oldId, oldSeq = oldest[i], oldest[i + 1]
  local oldJson = redis.call('HGET', KEYS[2], oldSeq)
  local tooMany = count - (i - 1) / 2 > maxCount
  -- The age without decoding the whole alert on every append: '"receivedAt":"' cannot occur inside a JSON string
  -- (its quotes would be escaped), so this finds the top-level field append() wrote.
  -- (HGET gives false, not nil, for a missing field.)
  local receivedAt = nil
  if oldJson then receivedAt = string.match(oldJson, '"receivedAt":"([^"]*)"') end
  local tooOld = receivedAt ~= nil and receivedAt < cutoff
  if oldJson and not tooMany and not tooOld then break end
  local topics, incident = {}, ''
  if oldJson then
    local old = cjson.decode(oldJson)
    for _, topic in ipairs(old['topics']) do topics[#topics + 1] = topic end
    -- A revision is filed under every topic any version had (its reach): it leaves all of them.
    if type(old['reach']) == 'table' and type(old['reach']['topics']) == 'table' then
      for _, topic in ipairs(old['reach']['topics']) do topics[#topics + 1] = topic end
    end
    if type(old['incidentId']) == 'string' then incident = old['incidentId'] end
  end
  out[#out + 1] = oldId
  out[#out + 1] = oldSeq
  out[#out + 1] = table.concat(topics, ',')
  out[#out + 1] = incident
end
return out
`;

export const TRIM_ALERTS_LUA = `
-- Drops alerts retention chose (APPEND_ALERT_LUA's candidates) from the history and every index they are in, each
-- only if the log still has it at that seq (another worker may have dropped it, or a revision renamed it).
-- KEYS: 1 log zset, 2 alerts hash, 3 alert-ids hash, 4.. the topic and incident zsets of the alerts
-- ARGV: per alert: log member, seq, index of its first zset in KEYS, index of its last (first - 1 when none)
-- Returns how many were dropped.
local dropped = 0
for i = 1, #ARGV, 4 do
  local member, seq = ARGV[i], ARGV[i + 1]
  local score = redis.call('ZSCORE', KEYS[1], member)
  if score and tonumber(score) == tonumber(seq) then
    redis.call('ZREM', KEYS[1], member)
    redis.call('HDEL', KEYS[2], seq)
    redis.call('HDEL', KEYS[3], member)
    for k = tonumber(ARGV[i + 2]), tonumber(ARGV[i + 3]) do
      redis.call('ZREM', KEYS[k], member)
    end
    dropped = dropped + 1
  end
end
return dropped
`;

export const RECENT_ALERTS_LUA = `
-- The newest alerts in any of some topics, newest first: the incident candidates a worker reads per job.
-- KEYS: 1 alerts hash, 2.. topic zsets (score = seq). ARGV: 1 most alerts returned.
-- Returns the alerts' JSON (nil for one trimmed meanwhile), by seq descending.
local limit = tonumber(ARGV[1])
local seqs = {}
local seen = {}
for i = 2, #KEYS do
  local flat = redis.call('ZREVRANGE', KEYS[i], 0, limit - 1, 'WITHSCORES')
  for j = 2, #flat, 2 do
    local seq = tonumber(flat[j])
    if not seen[seq] then
      seen[seq] = true
      seqs[#seqs + 1] = seq
    end
  end
end
if #seqs == 0 then return {} end
table.sort(seqs, function(a, b) return a > b end)
local fields = {}
for i = 1, math.min(limit, #seqs) do fields[i] = seqs[i] end
return redis.call('HMGET', KEYS[1], unpack(fields))
`;

export const INCIDENT_SUMMARY_LUA = `
-- Each incident's report count and, when asked, its first stored report's publishedAt (how big and how old it is).
-- KEYS: 1 alerts hash, 2.. incident zsets (score = seq). ARGV: per incident, 1 to read its start, 0 not.
-- Returns per incident: count, publishedAt (nil when not asked or not found).
local out = {}
for i = 2, #KEYS do
  local count = redis.call('ZCARD', KEYS[i])
  local started = false
  if count > 0 and ARGV[i - 1] == '1' then
    local first = redis.call('ZRANGE', KEYS[i], 0, 0, 'WITHSCORES')
    local json = redis.call('HGET', KEYS[1], first[2])
    -- '"publishedAt":"' cannot occur inside a JSON string (its quotes would be escaped): the top-level field.
    if json then started = string.match(json, '"publishedAt":"([^"]*)"') or false end
  end
  out[#out + 1] = count
  out[#out + 1] = started
end
return out
`;
