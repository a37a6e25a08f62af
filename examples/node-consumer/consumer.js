#!/usr/bin/env node
// A consumer of event-timeline's events stream, written with the `redis` npm package only.
//
// It joins a consumer group on `<prefix>events` (default `timeline:events`) and, in a loop:
//   1. re-reads entries it was given before a crash but never acknowledged (XREADGROUP ... 0),
//   2. claims entries another member read but left unacknowledged for CLAIM_IDLE_MS (XAUTOCLAIM):
//      that member died, so its work would otherwise be lost,
//   3. reads new entries (XREADGROUP ... >, blocking up to BLOCK_MS),
// and handles each entry, then acknowledges it (XACK): at-least-once delivery.
//
// Each handled event is printed as one JSON line on stdout; replace handle() with your own logic.
//
// Environment: REDIS_URL (redis://localhost:6379/0), TIMELINE_PREFIX (timeline:), TIMELINE_GROUP
// (node-consumers), TIMELINE_CONSUMER (node-<host>-<pid>), CLAIM_IDLE_MS (60000), BATCH (100), BLOCK_MS (5000).
// Flags: --once (exit when nothing is left), --max N (stop after N entries), --no-ack (read without
// acknowledging, then exit: simulates a consumer that dies mid-work), --from ID (where a new group starts: 0 or $).
"use strict";

const os = require("os");
const { createClient } = require("redis");

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const config = {
  url: process.env.REDIS_URL || "redis://localhost:6379/0",
  prefix: process.env.TIMELINE_PREFIX || "timeline:",
  group: process.env.TIMELINE_GROUP || "node-consumers",
  consumer: process.env.TIMELINE_CONSUMER || `node-${os.hostname()}-${process.pid}`,
  claimIdleMs: Number(process.env.CLAIM_IDLE_MS || 60000),
  batch: Number(process.env.BATCH || 100),
  blockMs: Number(process.env.BLOCK_MS || 5000),
  once: process.argv.includes("--once"),
  ack: !process.argv.includes("--no-ack"),
  max: Number(option("--max", "0")) || Infinity,
  from: option("--from", "0"),
};
const stream = `${config.prefix}events`;
let handled = 0;
let stopping = false;

function log(message) {
  process.stderr.write(`[${config.consumer}] ${message}\n`);
}

// Stream replies: an array of {name, messages} (RESP2) or a map keyed by stream name (RESP3).
function messagesOf(reply) {
  if (!reply) return [];
  const streams = Array.isArray(reply) ? reply : Object.entries(reply).map(([name, messages]) => ({ name, messages }));
  return streams.flatMap((s) => s.messages || []);
}

// The application's work. Fields follow the Redis contract (README): op (add | retract), event_id,
// article_id, and event (the Event as JSON, absent for retractions).
function handle(entry, source) {
  const fields = entry.message || {};
  const event = fields.event ? JSON.parse(fields.event) : null;
  const line = {
    stream_id: entry.id,
    source, // new | pending (mine, from before a restart) | claimed (from a dead consumer)
    consumer: config.consumer,
    op: fields.op || "add",
    event_id: fields.event_id,
    article_id: fields.article_id,
    value: event && event.value,
    granularity: event && event.granularity,
    start: event && event.start,
    end: event && event.end,
    description: event && (event.description || event.sentence),
  };
  process.stdout.write(JSON.stringify(line) + "\n");
}

async function process_(client, entries, source) {
  for (const entry of entries) {
    if (!entry) continue; // deleted from the stream (trimmed) while pending
    if (handled >= config.max) return false;
    handle(entry, source);
    handled += 1;
    if (config.ack) await client.xAck(stream, config.group, entry.id);
  }
  return handled < config.max;
}

async function joinGroup(client) {
  try {
    await client.xGroupCreate(stream, config.group, config.from, { MKSTREAM: true });
    log(`created group ${config.group} on ${stream} from ${config.from}`);
  } catch (error) {
    if (!String(error.message).includes("BUSYGROUP")) throw error;
  }
}

async function recoverPending(client) {
  // Entries delivered to this consumer name earlier and never acknowledged (e.g. we crashed mid-batch).
  let count = 0;
  for (;;) {
    const entries = messagesOf(await client.xReadGroup(config.group, config.consumer, { key: stream, id: "0" },
                                                       { COUNT: config.batch }));
    const live = entries.filter((e) => e && e.message);
    if (live.length === 0) return count;
    count += live.length;
    if (!(await process_(client, live, "pending")) || !config.ack) return count;
  }
}

async function claimStale(client) {
  // XAUTOCLAIM: take over entries idle for at least CLAIM_IDLE_MS in other members' pending lists.
  let cursor = "0-0";
  let count = 0;
  do {
    const reply = await client.xAutoClaim(stream, config.group, config.consumer, config.claimIdleMs, cursor,
                                          { COUNT: config.batch });
    cursor = reply.nextId;
    const entries = (reply.messages || []).filter(Boolean);
    count += entries.length;
    if (!(await process_(client, entries, "claimed"))) break;
  } while (cursor !== "0-0" && !stopping);
  return count;
}

async function main() {
  const client = createClient({ url: config.url });
  client.on("error", (error) => log(`redis error: ${error.message}`));
  await client.connect();
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => { stopping = true; });
  await joinGroup(client);
  const pending = await recoverPending(client);
  if (pending) log(`re-read ${pending} pending entries`);
  let lastClaim = 0;
  while (!stopping && handled < config.max) {
    if (Date.now() - lastClaim >= Math.min(config.claimIdleMs, 30000)) {
      const claimed = await claimStale(client);
      if (claimed) log(`claimed ${claimed} entries left by a dead consumer`);
      lastClaim = Date.now();
      if (handled >= config.max) break;
    }
    const reply = await client.xReadGroup(config.group, config.consumer, { key: stream, id: ">" },
                                          { COUNT: Math.min(config.batch, config.max - handled), BLOCK: config.once ? 100 : config.blockMs });
    const entries = messagesOf(reply);
    if (entries.length === 0 && config.once) break;
    await process_(client, entries, "new");
  }
  log(`handled ${handled} entries${config.ack ? "" : " (not acknowledged)"}`);
  await client.quit();
}

main().catch((error) => {
  log(`failed: ${error.stack || error}`);
  process.exit(1);
});
