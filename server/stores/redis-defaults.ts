/** The defaults of `--redis-prefix` and `--redis-connect-timeout`, in a file that loads no Redis client. */
export const REDIS_DEFAULTS = {
  /** Put before every key, so that sandboxes can share one Redis. */
  prefix: "flexjob:",
  /** How long start-up waits for Redis before giving up, in ms. */
  connectTimeoutMs: 10_000,
} as const;
