/**
 * Serving an app: listening over HTTP or HTTPS with the limits, parser errors answered as the
 * spec's Problems, and graceful shutdown.
 */
export { listen, serve, type Listening, type ServeOptions } from "./serve";
export {
  LIMIT_RULES,
  resolveServerLimits,
  SERVER_LIMIT_DEFAULTS,
  SHUTDOWN_GRACE_MS,
  type ServerLimits,
} from "./server-limits";
