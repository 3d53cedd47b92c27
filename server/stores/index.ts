/**
 * Replay stores: the interface the pipeline checks x-requestIds with, the in-memory store and the
 * error a shared store that cannot answer raises. The Redis connection and the stores in Redis are
 * loaded only with `--redis` (sandbox/optional-modules.ts requires their files directly; and
 * connectRedisRequestIds when called), so importing this door never loads node-redis.
 */
export {
  createMemoryRequestIdStore,
  MAX_MEMORY_REQUEST_IDS,
  REQUEST_ID_DEFAULTS,
  type MemoryRequestIdStoreOptions,
  type RequestIdStore,
} from "../../core";
export { StoreUnavailableError } from "./store-unavailable";
export type { RedisConnection, RedisConnectionOptions } from "./redis-connection";
export { REDIS_DEFAULTS } from "./redis-defaults";
export { connectRedisRequestIds, type RedisRequestIdsOptions } from "./redis-request-ids";
