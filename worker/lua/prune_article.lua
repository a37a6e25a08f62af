-- Remove one stored article and its events from the index and the event data (retention).
-- KEYS: article, index zset, event data hash, stats hash
-- ARGV: processed_at as the caller read it: the record is removed only if it is still that version
-- (a newer store in between keeps it). The events stream is left alone: it is trimmed by MAXLEN.
local article_key, index, data, stats = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local CHUNK = 500

local record = redis.call('GET', article_key)
if not record then
  return 0
end
local doc = cjson.decode(record)
if doc['processed_at'] ~= ARGV[1] then
  return 0
end
local ids = {}
for _, event in ipairs(doc['events']) do
  ids[#ids + 1] = event['event_id']
end
for i = 1, #ids, CHUNK do
  local last = math.min(i + CHUNK - 1, #ids)
  redis.call('ZREM', index, unpack(ids, i, last))
  redis.call('HDEL', data, unpack(ids, i, last))
end
redis.call('DEL', article_key)
redis.call('HINCRBY', stats, 'pruned', 1)
return 1
