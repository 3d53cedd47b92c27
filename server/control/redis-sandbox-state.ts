/**
 * The sandbox state (run-time cases and faults) in Redis, shared by every instance with the same
 * Redis and prefix. Keys, all under the connection's prefix:
 * - `sandbox:cases`: a hash, field `<operationId> <caseElementIdentifier>`, value the override as JSON;
 * - `sandbox:fault-order`: a list of fault ids, oldest first;
 * - `sandbox:faults`: a hash, fault id to `{ id, match, response }` as JSON;
 * - `sandbox:fault-uses`: a hash, fault id to the uses left (absent: until removed).
 *
 * A fault is taken by one Lua script that counts it down and removes it when used up, so a fault
 * with `times: N` answers exactly N requests across all instances. The matching stays in
 * TypeScript (faults.ts): the instance reads the faults, picks the oldest that matches, and the
 * script takes it only if it is still there; if another instance used it up meanwhile, the next
 * one that matches is tried. A script rather than WATCH/MULTI: with many instances racing for one
 * fault, WATCH would abort and retry the losers, and it needs a connection of its own.
 *
 * While Redis cannot answer, every method rejects with a StoreUnavailableError: the service fails
 * closed (500 internal-error), the admin listener answers 503.
 */
import type { RedisConnection } from "../redis-connection";
import { StoreUnavailableError } from "../store-unavailable";
import type { CaseOperation } from "../fixture-schemas";
import { matches, type Fault } from "./faults";
import type { CaseOverride, CaseOverrideEntry, SandboxState } from "./sandbox-state";

export const SANDBOX_STORE = "sandbox state store";

/** The uses a fault had before this take; -1: until removed; nil: gone (used up or cleared). */
const TAKE_FAULT = `
if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 0 then return nil end
local left = redis.call('HGET', KEYS[3], ARGV[1])
if not left then return -1 end
left = tonumber(left)
if left <= 1 then
  redis.call('LREM', KEYS[1], 1, ARGV[1])
  redis.call('HDEL', KEYS[2], ARGV[1])
  redis.call('HDEL', KEYS[3], ARGV[1])
else
  redis.call('HSET', KEYS[3], ARGV[1], left - 1)
end
return left`;

type Connection = Pick<RedisConnection, "client" | "key">;

export function createRedisSandboxState(redis: Connection): SandboxState {
  const keys = {
    cases: redis.key("sandbox", "cases"),
    order: redis.key("sandbox", "fault-order"),
    faults: redis.key("sandbox", "faults"),
    uses: redis.key("sandbox", "fault-uses"),
  };
  const field = (operationId: string, id: string): string => `${operationId} ${id.toLowerCase()}`;
  const { client } = redis;
  return {
    caseOverride: (operationId, id) =>
      guarded(async () => {
        const stored = await client.hGet(keys.cases, field(operationId, id));
        return stored == null ? undefined : (JSON.parse(stored) as CaseOverride);
      }),
    setCaseOverride: (operationId, id, override) =>
      guarded(async () => void (await client.hSet(keys.cases, field(operationId, id), JSON.stringify(override)))),
    caseOverrides: () =>
      guarded(async () => Object.entries(await client.hGetAll(keys.cases)).map(([name, value]) => entry(name, value))),
    addFault: (fault) =>
      guarded(async () => {
        const { remaining, ...stored } = fault;
        const add = client.multi().hSet(keys.faults, fault.id, JSON.stringify(stored));
        if (remaining !== null) add.hSet(keys.uses, fault.id, remaining);
        await add.rPush(keys.order, fault.id).exec();
      }),
    takeFault: (subject) =>
      guarded(async () => {
        for (const fault of (await readFaults(redis, keys)).filter((f) => matches(f.match, subject))) {
          const args = { keys: [keys.order, keys.faults, keys.uses], arguments: [fault.id] };
          const left = (await client.eval(TAKE_FAULT, args)) as number | null;
          if (left !== null) return { ...fault, remaining: left === -1 ? null : left };
        }
        return undefined;
      }),
    faults: () => guarded(() => readFaults(redis, keys)),
    clearFaults: () => guarded(async () => void (await client.del([keys.order, keys.faults, keys.uses]))),
    clear: () => guarded(async () => void (await client.del(Object.values(keys)))),
  };
}

/** Every fault, oldest first, read in one transaction so that the three keys agree. */
async function readFaults(redis: Connection, keys: Record<"order" | "faults" | "uses", string>): Promise<Fault[]> {
  const [order, stored, uses] = (await redis.client
    .multi()
    .lRange(keys.order, 0, -1)
    .hGetAll(keys.faults)
    .hGetAll(keys.uses)
    .exec()) as unknown as [string[], Record<string, string>, Record<string, string>];
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
