/**
 * Replay detection: the request ids seen, behind a small interface so that a shared store (e.g.
 * Redis `SET key 1 NX PX retention`) can replace the in-memory default.
 */

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
  /** The most ids held; at the bound the oldest id is forgotten to make room. */
  maxIds?: number;
  /** Milliseconds since the epoch; injectable for tests. */
  now?: () => number;
  /** Called once, the first time an id is forgotten early because the bound was reached. */
  onBoundReached?: (maxIds: number) => void;
}

export const REQUEST_ID_DEFAULTS = { retentionMs: 7 * 24 * 60 * 60 * 1000, maxIds: 100_000 } as const;

/**
 * The in-memory store. Ids are kept in insertion (= arrival) order, so expiry and eviction both
 * take from the front: O(1) amortised per call, memory bounded by `maxIds`. An id forgotten at
 * the bound before its retention ended is no longer caught as a replay.
 */
export function createMemoryRequestIdStore(options: MemoryRequestIdStoreOptions = {}): RequestIdStore {
  const { retentionMs, maxIds } = { ...REQUEST_ID_DEFAULTS, ...options };
  const now = options.now ?? (() => Date.now());
  const seenAt = new Map<string, number>();
  let boundReported = false;

  function forgetExpired(time: number): void {
    for (const [id, at] of seenAt) {
      if (time - at < retentionMs) return;
      seenAt.delete(id);
    }
  }

  function makeRoom(): void {
    const oldest = seenAt.keys().next();
    if (oldest.done) return;
    seenAt.delete(oldest.value);
    if (!boundReported) {
      boundReported = true;
      options.onBoundReached?.(maxIds);
    }
  }

  return {
    // No await between the check and the set: atomic on Node's single thread.
    async remember(id) {
      const time = now();
      forgetExpired(time);
      if (seenAt.has(id)) return false;
      if (seenAt.size >= maxIds) makeRoom();
      seenAt.set(id, time);
      return true;
    },
    async clear() {
      seenAt.clear();
    },
  };
}
