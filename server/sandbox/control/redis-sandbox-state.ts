/**
 * The sandbox state (run-time cases and faults) in Redis, shared by every instance with the same
 * Redis and prefix. Keys, all under the connection's prefix:
 * - `sandbox:cases`: a hash, field `<operationId> <caseElementIdentifier>`, value the override as JSON;
 * - `sandbox:faults`: a hash, fault id to `{ id, match, response }` as JSON;
 * - `sandbox:fault-uses`: a hash, fault id to the uses left (absent: until removed);
 * - `sandbox:fault-order`: a sorted set of fault ids, scored by arrival (`sandbox:fault-arrivals` counts them);
 * - `sandbox:fault-bucket:<bucket>`: a list of the ids of one bucket's faults (faults.ts, bucketOf),
 *   oldest first; `sandbox:fault-buckets` is the set of those keys.
 *
 * Adding, taking and clearing are one Lua script each, so check and change are one atomic step
 * across instances: the cap holds however many add at once, and a fault with `times: N` answers
 * exactly N requests. A take reads the heads of the request's buckets only (at most eight), so it
 * costs the same however many faults wait for other operations, cases or callers.
 *
 * Every command runs under the connection's deadline (redis-connection.ts). While Redis cannot
 * answer, every method rejects with a StoreUnavailableError: the service fails closed (500
 * internal-error), the admin listener answers 503.
 */
import type { RedisConnection } from "../../stores";
import { StoreUnavailableError } from "../../stores";
import type { CaseOperation } from "../../../core";
import { bucketOf, bucketsFor, type Fault } from "../../../core";
import type { CaseOverride, CaseOverrideEntry, SandboxState } from "../../../core";

export const SANDBOX_STORE = "sandbox state store";

/** KEYS: faults, uses, order, arrivals, buckets, the fault's bucket. ARGV: id, JSON, uses ("" for none), cap. */
const ADD_FAULT = `
if redis.call('HLEN', KEYS[1]) >= tonumber(ARGV[4]) then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
if ARGV[3] ~= '' then redis.call('HSET', KEYS[2], ARGV[1], ARGV[3]) end
redis.call('ZADD', KEYS[3], redis.call('INCR', KEYS[4]), ARGV[1])
redis.call('SADD', KEYS[5], KEYS[6])
redis.call('RPUSH', KEYS[6], ARGV[1])
return 1`;

/**
 * KEYS: faults, uses, order, then the request's buckets. The oldest head of those buckets, counted
 * down (removed when used up): { JSON, the uses it had before (-1: until removed) }, or nil.
 */
const TAKE_FAULT = `
local id, arrival, bucket
for i = 4, #KEYS do
  local head = redis.call('LINDEX', KEYS[i], 0)
  if head then
    local at = tonumber(redis.call('ZSCORE', KEYS[3], head))
    if not arrival or at < arrival then id, arrival, bucket = head, at, KEYS[i] end
  end
end
if not id then return nil end
local stored = redis.call('HGET', KEYS[1], id)
local left = redis.call('HGET', KEYS[2], id)
if not left then return { stored, -1 } end
left = tonumber(left)
if left <= 1 then
  redis.call('HDEL', KEYS[1], id)
  redis.call('HDEL', KEYS[2], id)
  redis.call('ZREM', KEYS[3], id)
  redis.call('LPOP', bucket)
else
  redis.call('HSET', KEYS[2], id, left - 1)
end
return { stored, left }`;

/** KEYS: faults, uses, order, arrivals, buckets. Deletes them and every bucket list. */
const CLEAR_FAULTS = `
for _, bucket in ipairs(redis.call('SMEMBERS', KEYS[5])) do redis.call('DEL', bucket) end
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5])
return 1`;

type Connection = Pick<RedisConnection, "run" | "key">;

export function createRedisSandboxState(redis: Connection): SandboxState {
  const keys = {
    faults: redis.key("sandbox", "faults"),
    uses: redis.key("sandbox", "fault-uses"),
    order: redis.key("sandbox", "fault-order"),
    arrivals: redis.key("sandbox", "fault-arrivals"),
    buckets: redis.key("sandbox", "fault-buckets"),
  };
  const cases = redis.key("sandbox", "cases");
  const bucketKey = (bucket: string): string => redis.key("sandbox", "fault-bucket", bucket);
  const faultKeys = Object.values(keys);
  const field = (operationId: string, id: string): string => `${operationId} ${id.toLowerCase()}`;
  const { run } = redis;
  const clearFaults = (): Promise<unknown> => run((c) => c.eval(CLEAR_FAULTS, { keys: faultKeys }));
  return {
    caseOverride: (operationId, id) =>
      guarded(async () => {
        const stored = await run((c) => c.hGet(cases, field(operationId, id)));
        return stored == null ? undefined : (JSON.parse(stored) as CaseOverride);
      }),
    setCaseOverride: (operationId, id, override) =>
      guarded(async () => void (await run((c) => c.hSet(cases, field(operationId, id), JSON.stringify(override))))),
    caseOverrides: () =>
      guarded(async () =>
        Object.entries(await run((c) => c.hGetAll(cases))).map(([name, value]) => entry(name, value)),
      ),
    addFault: (fault, maxFaults) =>
      guarded(async () => {
        const { remaining, ...stored } = fault;
        const args = {
          keys: [...faultKeys, bucketKey(bucketOf(fault.match))],
          arguments: [fault.id, JSON.stringify(stored), remaining === null ? "" : String(remaining), String(maxFaults)],
        };
        return (await run((c) => c.eval(ADD_FAULT, args))) === 1;
      }),
    takeFault: (subject) =>
      guarded(async () => {
        const args = {
          keys: [keys.faults, keys.uses, keys.order, ...bucketsFor(subject).map(bucketKey)],
          arguments: [],
        };
        const taken = (await run((c) => c.eval(TAKE_FAULT, args))) as [string, number] | null;
        if (taken === null) return undefined;
        const [stored, left] = taken;
        return { ...(JSON.parse(stored) as Omit<Fault, "remaining">), remaining: left === -1 ? null : left };
      }),
    faults: () => guarded(() => readFaults(run, keys)),
    clearFaults: () => guarded(async () => void (await clearFaults())),
    clear: () =>
      guarded(async () => {
        await clearFaults();
        await run((c) => c.del(cases));
      }),
  };
}

/** Every fault, oldest first, read in one transaction so that the three keys agree. */
async function readFaults(run: Connection["run"], keys: Record<"order" | "faults" | "uses", string>): Promise<Fault[]> {
  const [order, stored, uses] = (await run((c) =>
    c.multi().zRange(keys.order, 0, -1).hGetAll(keys.faults).hGetAll(keys.uses).exec(),
  )) as unknown as [string[], Record<string, string>, Record<string, string>];
  return order
    .filter((id) => stored[id] !== undefined)
    .map((id) => ({ ...(JSON.parse(stored[id]!) as Omit<Fault, "remaining">), remaining: remainingOf(uses[id]) }));
}

function remainingOf(stored: string | undefined): number | null {
  return stored === undefined ? null : Number(stored);
}

function entry(name: string, value: string): CaseOverrideEntry {
  const [operationId, caseElementIdentifier] = name.split(" ") as [CaseOperation, string];
  return { operationId, caseElementIdentifier, override: JSON.parse(value) as CaseOverride };
}

async function guarded<T>(command: () => Promise<T>): Promise<T> {
  try {
    return await command();
  } catch (error) {
    throw new StoreUnavailableError(SANDBOX_STORE, { cause: error });
  }
}
