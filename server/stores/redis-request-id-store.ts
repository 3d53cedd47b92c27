/**
 * Replay detection shared by every server instance with the same Redis and prefix: an id is the
 * key `<prefix>request-id:<id>`, set by one `SET key 1 NX PX retention`, so check and remember are
 * one atomic step across instances and Redis forgets the id when its retention ends. There is no
 * bound on the number of ids but Redis's own memory (its maxmemory policy applies).
 *
 * While Redis cannot answer, `remember` rejects with a StoreUnavailableError: the request fails
 * closed (500 internal-error). A SET that reached Redis but whose reply was lost leaves the id remembered,
 * so the caller's retry with the same id gets 412; a new id is the documented remedy anyway.
 */
import type { RedisConnection } from "./redis-connection";
import type { RequestIdStore } from "../../core";
import { StoreUnavailableError } from "./store-unavailable";

export interface RedisRequestIdStoreOptions {
  /** How long an id is remembered, in ms. */
  retentionMs: number;
}

export const REPLAY_STORE = "replay store";

export function createRedisRequestIdStore(
  redis: Pick<RedisConnection, "run" | "key">,
  options: RedisRequestIdStoreOptions,
): RequestIdStore {
  return {
    async remember(id) {
      let reply: string | null;
      try {
        reply = await redis.run((client) =>
          client.set(redis.key("request-id", id), "1", {
            condition: "NX",
            expiration: { type: "PX", value: options.retentionMs },
          }),
        );
      } catch (error) {
        throw new StoreUnavailableError(REPLAY_STORE, { cause: error });
      }
      // "OK" when the key was set; null when it existed: a replay.
      return reply === "OK";
    },
    // The admin listener's reset: every id of this prefix is forgotten, page by page, each page
    // under the command deadline.
    async clear() {
      const match = redis.key("request-id", "").replace(/[*?[\]\\]/g, "\\$&") + "*";
      try {
        let cursor = "0";
        do {
          const page = await redis.run((client) => client.scan(cursor, { MATCH: match, COUNT: 500 }));
          if (page.keys.length > 0) await redis.run((client) => client.unlink(page.keys));
          cursor = page.cursor;
        } while (cursor !== "0");
      } catch (error) {
        throw new StoreUnavailableError(REPLAY_STORE, { cause: error });
      }
    },
  };
}
