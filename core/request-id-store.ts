/**
 * Replay detection: the request ids seen, behind a small interface so that a shared store (e.g.
 * Redis `SET key 1 NX PX retention`) can replace the in-memory default.
 */
import { ArrivalQueue } from "./arrival-queue";

export interface RequestIdStore {
  /**
   * Remembers `id` and tells whether it was new: true the first time within the retention window,
   * false for a replay. Check and remember are one atomic step, so of concurrent calls with the
   * same id exactly one gets true.
   */
  remember(id: string): Promise<boolean>;
  /** Forgets every id (the sandbox's POST /reset), so any id may be used again. */
  clear(): Promise<void>;
}

export interface MemoryRequestIdStoreOptions {
  /** How long an id is remembered, in ms (STAR keeps ids for 7 days). */
  retentionMs?: number;
  /** The most ids held (at most MAX_MEMORY_REQUEST_IDS); at the bound the oldest id is forgotten to make room. */
  maxIds?: number;
  /** Milliseconds since the epoch; injectable for tests. */
  now?: () => number;
  /** Called once, the first time an id is forgotten early because the bound was reached. */
  onBoundReached?: (maxIds: number) => void;
}

export const REQUEST_ID_DEFAULTS = { retentionMs: 7 * 24 * 60 * 60 * 1000, maxIds: 100_000 } as const;

/** The most entries a JavaScript Set holds (V8: 2^24); one more makes `add` throw. */
export const MAX_MEMORY_REQUEST_IDS = 2 ** 24;

/**
 * The in-memory store: a Set answers "seen?" and a queue beside it holds the ids in arrival order,
 * so expiry and eviction both take from the queue's front. Every call is O(1) amortised at any fill
 * level (the Set is never iterated: iterating a Map or Set from the front walks the slots of
 * deleted entries too). Memory is bounded by `maxIds`. An id forgotten at the bound before its
 * retention ended is no longer caught as a replay.
 */
export function createMemoryRequestIdStore(options: MemoryRequestIdStoreOptions = {}): RequestIdStore {
  const { retentionMs, maxIds } = { ...REQUEST_ID_DEFAULTS, ...options };
  if (!Number.isInteger(maxIds) || maxIds < 1 || maxIds > MAX_MEMORY_REQUEST_IDS)
    throw new RangeError(`maxIds must be a whole number from 1 to ${MAX_MEMORY_REQUEST_IDS}; got ${maxIds}`);
  const now = options.now ?? (() => Date.now());
  const seen = new Set<string>();
  const arrivals = new ArrivalQueue(maxIds);
  let boundReported = false;

  function forgetExpired(time: number): void {
    while (arrivals.size > 0 && time - arrivals.oldestTime() >= retentionMs) seen.delete(arrivals.shift());
  }

  function makeRoom(): void {
    seen.delete(arrivals.shift());
    if (!boundReported) {
      boundReported = true;
      options.onBoundReached?.(maxIds);
    }
  }

  return {
    // No await between the check and the add: atomic on Node's single thread.
    async remember(id) {
      const time = now();
      forgetExpired(time);
      if (seen.has(id)) return false;
      if (seen.size >= maxIds) makeRoom();
      seen.add(id);
      arrivals.push(id, time);
      return true;
    },
    async clear() {
      seen.clear();
      arrivals.clear();
    },
  };
}
