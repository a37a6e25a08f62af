-- Store one article's timeline atomically and idempotently.
-- KEYS: article, events stream, index zset, event data hash, stats hash
-- ARGV: article_id, version, timeline_json, stream_maxlen, then (event_id, score, event_json) per event
-- One XADD per event (one stream entry each); the index and the event data get one multi-member ZADD/HSET
-- (and ZREM/HDEL) per article, in chunks to stay far below Lua's unpack limit.
local article_key, stream, index, data, stats = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
local article_id, version, record, maxlen = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local CHUNK = 500

local function flush(command, key, items)
  for i = 1, #items, CHUNK * 2 do
    redis.call(command, key, unpack(items, i, math.min(i + CHUNK * 2 - 1, #items)))
  end
end

local old_ids = {}
local old = redis.call('GET', article_key)
if old then
  local previous = cjson.decode(old)
  if previous['content_hash'] .. '|' .. previous['extractor'] == version then
    redis.call('HINCRBY', stats, 'unchanged', 1)
    return 0
  end
  for _, event in ipairs(previous['events']) do
    old_ids[event['event_id']] = true
  end
  redis.call('HINCRBY', stats, 'replaced', 1)
end

local new_ids, scored, fields = {}, {}, {}
for i = 5, #ARGV, 3 do
  local event_id, score, event = ARGV[i], ARGV[i + 1], ARGV[i + 2]
  new_ids[event_id] = true
  local op = old_ids[event_id] and 'update' or 'add'
  redis.call('XADD', stream, 'MAXLEN', '~', maxlen, '*',
    'op', op, 'event_id', event_id, 'article_id', article_id, 'event', event)
  scored[#scored + 1] = score
  scored[#scored + 1] = event_id
  fields[#fields + 1] = event_id
  fields[#fields + 1] = event
end
flush('ZADD', index, scored)
flush('HSET', data, fields)
local gone = {}
for event_id in pairs(old_ids) do
  if not new_ids[event_id] then
    redis.call('XADD', stream, 'MAXLEN', '~', maxlen, '*',
      'op', 'retract', 'event_id', event_id, 'article_id', article_id, 'event', '')
    gone[#gone + 1] = event_id
  end
end
for i = 1, #gone, CHUNK do
  local last = math.min(i + CHUNK - 1, #gone)
  redis.call('ZREM', index, unpack(gone, i, last))
  redis.call('HDEL', data, unpack(gone, i, last))
end
redis.call('SET', article_key, record)
redis.call('HINCRBY', stats, 'processed', 1)
redis.call('HINCRBY', stats, 'events', (#ARGV - 4) / 3)
return 1
