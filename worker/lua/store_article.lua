-- Store one article's timeline atomically and idempotently.
-- KEYS: article, events stream, index zset, event data hash, stats hash
-- ARGV: article_id, version, timeline_json, stream_maxlen, then (event_id, score, event_json) per event
local article_key, stream, index, data, stats = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
local article_id, version, record, maxlen = ARGV[1], ARGV[2], ARGV[3], ARGV[4]

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

local new_ids = {}
for i = 5, #ARGV, 3 do
  local event_id, score, event = ARGV[i], ARGV[i + 1], ARGV[i + 2]
  new_ids[event_id] = true
  local op = old_ids[event_id] and 'update' or 'add'
  redis.call('XADD', stream, 'MAXLEN', '~', maxlen, '*',
    'op', op, 'event_id', event_id, 'article_id', article_id, 'event', event)
  redis.call('ZADD', index, score, event_id)
  redis.call('HSET', data, event_id, event)
end
for event_id in pairs(old_ids) do
  if not new_ids[event_id] then
    redis.call('XADD', stream, 'MAXLEN', '~', maxlen, '*',
      'op', 'retract', 'event_id', event_id, 'article_id', article_id, 'event', '')
    redis.call('ZREM', index, event_id)
    redis.call('HDEL', data, event_id)
  end
end
redis.call('SET', article_key, record)
redis.call('HINCRBY', stats, 'processed', 1)
redis.call('HINCRBY', stats, 'events', (#ARGV - 4) / 3)
return 1
