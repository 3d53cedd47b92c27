/**
 * What only `--redis` (`redis`) or `--admin-port` (`adminPort`) needs, loaded when it is on: the
 * Redis client and the admin listener's validator cost a start without them over a third of its
 * time, and node-redis keeps a timer of its own from its import on. Both the entry point and
 * startReferenceServer load them through here.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
export const optional = {
  redis: () => require("../stores/redis-connection") as typeof import("../stores/redis-connection"),
  redisRequestIds: () =>
    require("../stores/redis-request-id-store") as typeof import("../stores/redis-request-id-store"),
  redisSandboxState: () => require("./control/redis-sandbox-state") as typeof import("./control/redis-sandbox-state"),
  admin: () => require("./admin/admin-app") as typeof import("./admin/admin-app"),
};
/* eslint-enable @typescript-eslint/no-require-imports */
