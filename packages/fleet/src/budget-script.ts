/**
 * The shared budget's one Lua script: the same rules as the poller's in-process `RateLimiter` (a token
 * bucket, at most `requestsPerSecond` reservations in any window of one second plus a guard for late sends, pauses, halving
 * after a 429 and a gradual recovery), kept in Redis and run atomically, on Redis's own clock so that the
 * machines' clocks do not matter.
 *
 * Every call also publishes the caller's pending tasks on the key (when it gives them) and answers the sum
 * the other callers published within the time to live; `pending` does only that.
 *
 * KEYS: 1 state hash, 2 list of recent reserved times (newest first), 3 sorted set of the processes seen,
 *       4 hash of the pending tasks published (caller id → "count time", Redis's clock).
 * ARGV: 1 operation (`reserve`, `limited`, `pause`, `pending`), 2 requests per second, 3 burst, 4 process id,
 *       5 pause in ms (`limited`, `pause`), 6 how long ago the request that got a 429 was sent, in ms,
 *       7 the window guard in ms the caller measured (how late its sends leave; the largest any process
 *       reported in the last 10 s is kept), 8 the earliest time the caller may send (Redis's clock, ms; 0: now),
 *       9 the caller's pending tasks on the key (-1: none to publish), 10 the caller's id for them,
 *       11 how long a published count stays counted, in ms.
 * Returns `{ the reserved time, Redis's time now (both ms, Redis's clock), processes seen in the last 30 s,
 * the other callers' pending tasks }` (`pending`: `{ 0, now, 0, the others' pending tasks }`).
 */
export const BUDGET_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local operation = ARGV[1]

-- The pending tasks: publish the caller's, drop the counts not refreshed within their time to live, sum the others'.
local ownPending = tonumber(ARGV[9]) or -1
local pendingTtl = tonumber(ARGV[11]) or 10000
if ownPending >= 0 then
  redis.call('HSET', KEYS[4], ARGV[10], string.format('%d %d', ownPending, now))
end
local others = 0
local published = redis.call('HGETALL', KEYS[4])
for index = 1, #published, 2 do
  local count, at = string.match(published[index + 1], '^(%d+) (%d+)$')
  if count == nil or now - tonumber(at) > pendingTtl then
    redis.call('HDEL', KEYS[4], published[index])
  elseif published[index] ~= ARGV[10] then
    others = others + tonumber(count)
  end
end
redis.call('PEXPIRE', KEYS[4], 600000)
if operation == 'pending' then
  return { 0, now, 0, others }
end

local configured = tonumber(ARGV[2])
local burst = tonumber(ARGV[3])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'updatedAt', 'pausedUntil', 'slowedRate', 'slowedAt', 'lastAt', 'guard', 'guardAt')
local tokens = tonumber(state[1]) or burst
local updatedAt = tonumber(state[2]) or now
local pausedUntil = tonumber(state[3]) or 0
local slowedRate = tonumber(state[4]) or configured
local slowedAt = tonumber(state[5]) or 0
local lastAt = tonumber(state[6]) or 0
local guard = tonumber(ARGV[7]) or 50
local storedGuard = tonumber(state[7]) or 0
local guardAt = tonumber(state[8]) or 0
if guard >= storedGuard or now - guardAt > 10000 then
  storedGuard = guard
  guardAt = now
else
  guard = storedGuard
end

local function rate(at)
  if slowedRate >= configured then return configured end
  local recovered = slowedRate + configured * 0.02 * ((at - slowedAt) / 1000)
  if recovered >= configured then
    slowedRate = configured
    return configured
  end
  return recovered
end

local function refill(at)
  if at <= updatedAt then return end
  tokens = math.min(burst, tokens + ((at - updatedAt) / 1000) * rate(at))
  updatedAt = at
end

local reserved = now
if operation == 'reserve' then
  local at = math.max(now, lastAt, pausedUntil, tonumber(ARGV[8]) or 0)
  refill(at)
  local current = rate(at)
  if tokens < 1 then
    at = updatedAt + ((1 - tokens) / current) * 1000
    refill(at)
  end
  local cap = math.max(1, math.floor(current))
  local logSize = math.min(1024, math.max(1, math.ceil(configured)))
  if cap <= 1024 and redis.call('LLEN', KEYS[2]) >= cap then
    local windowEnd = tonumber(redis.call('LINDEX', KEYS[2], cap - 1)) + (cap / current) * 1000 + guard
    if windowEnd > at then
      at = windowEnd
      refill(at)
    end
  end
  tokens = tokens - 1
  lastAt = at
  redis.call('LPUSH', KEYS[2], tostring(at))
  redis.call('LTRIM', KEYS[2], 0, logSize - 1)
  reserved = math.ceil(at)
elseif operation == 'limited' then
  local sentAt = now - tonumber(ARGV[6])
  if sentAt >= slowedAt then
    slowedRate = math.max(configured * 0.1, rate(now) * 0.5)
    slowedAt = now
    refill(now)
    tokens = math.min(tokens, 0)
  end
  pausedUntil = math.max(pausedUntil, now + tonumber(ARGV[5]))
elseif operation == 'pause' then
  pausedUntil = math.max(pausedUntil, now + tonumber(ARGV[5]))
end

redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'updatedAt', tostring(updatedAt), 'pausedUntil', tostring(pausedUntil),
  'slowedRate', tostring(slowedRate), 'slowedAt', tostring(slowedAt), 'lastAt', tostring(lastAt),
  'guard', tostring(storedGuard), 'guardAt', tostring(guardAt))
redis.call('ZADD', KEYS[3], now, ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - 30000)
local processes = redis.call('ZCARD', KEYS[3])
-- An idle budget is forgotten after ten minutes (and starts again with a full bucket).
redis.call('PEXPIRE', KEYS[1], 600000)
redis.call('PEXPIRE', KEYS[2], 600000)
redis.call('PEXPIRE', KEYS[3], 600000)
return { reserved, now, processes, others }
`;
