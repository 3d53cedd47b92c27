/**
 * Listening and graceful shutdown: stop accepting, let in-flight requests finish, then resolve.
 * The server holds its clients to its limits (server/transport/server-limits.ts, server/transport/connection-guard.ts).
 */
import type { AddressInfo } from "node:net";
import { createServer, IncomingMessage, ServerResponse, type Server } from "node:http";
import { createServer as createHttpsServer, type ServerOptions as TlsOptions } from "node:https";
import type { Express } from "express";
import pino, { type Logger } from "pino";
import { answerClientErrors } from "./client-errors";
import { guardConnections } from "./connection-guard";
import { originFormOf } from "../pipeline";
import { resolveServerLimits, SHUTDOWN_GRACE_MS, TIMEOUT_CHECK_INTERVAL_MS, type ServerLimits } from "./server-limits";

export interface Listening {
  server: Server;
  /** e.g. http://127.0.0.1:8080, or https://... when serving HTTPS */
  url: string;
  /**
   * Stops accepting connections and resolves "drained" once every in-flight request has been
   * answered, or "cut off" if that took longer than `graceMs` (the rest are then closed).
   */
  close(graceMs?: number): Promise<"drained" | "cut off">;
}

export interface ServeOptions {
  /** The port (default 0: any free port, read it from the `url` listening resolves to). */
  port?: number;
  /** The interface (default 127.0.0.1; "0.0.0.0" or "::" for every one). */
  host?: string;
  /** Where the server's own lines go (refused handshakes, parser errors, closed connections). */
  logger?: Logger;
  /** Serve HTTPS with these options of https.createServer (add `ca` and `requestCert` for client certificates). */
  tls?: TlsOptions;
  /** The limits the server holds its clients to (server-limits.ts); each left out keeps its default. */
  limits?: Partial<ServerLimits>;
}

/**
 * Serves `app` (createFlexjobApp's, or an app of one's own that mounts it): resolves once it
 * listens, with its URL and a graceful close. Rejects with the listen error (e.g. EADDRINUSE) or
 * a ConfigError for a bad limit.
 */
export function serve(app: Express, options: ServeOptions = {}): Promise<Listening> {
  return listen(app, options.port ?? 0, options.host ?? "127.0.0.1", options.logger, options.tls, options.limits);
}

/**
 * Listens on host:port (0: any free port); rejects with the listen error (e.g. EADDRINUSE).
 * Requests the HTTP parser rejects get a Problem too (logged to `logger`). With `tls`, serves
 * HTTPS; a refused handshake (e.g. no client certificate from the CA) is logged with its reason.
 * Bad `limits` reject with a ConfigError.
 */
export function listen(
  app: Express,
  port: number,
  host: string,
  logger: Logger = pino({ enabled: false }),
  tls?: TlsOptions,
  limits: Partial<ServerLimits> = {},
): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = createLimitedServer(app, resolveServerLimits(limits), logger, tls);
    server.listen(port, host);
    answerClientErrors(server, logger);
    if (tls) logRefusedHandshakes(server, logger);
    const inFlight = new Set<ServerResponse>();
    server.on("request", (req: IncomingMessage, res: ServerResponse) => {
      if (req.socket.destroyed) return;
      inFlight.add(res);
      res.on("close", () => inFlight.delete(res));
    });
    server.once("error", reject);
    server.once("listening", () => {
      server.off("error", reject);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
      resolve({
        server,
        url: `${tls ? "https" : "http"}://${shownHost}:${address.port}`,
        close: (grace) => closeGracefully(server, inFlight, grace),
      });
    });
  });
}

/** A server for `app` (HTTPS with `tls`) with the limits' timeouts and the connection guard. */
function createLimitedServer(app: Express, limits: ServerLimits, logger: Logger, tls: TlsOptions | undefined): Server {
  const options = {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS,
    ...appClasses(app),
  };
  // An https.Server runs the same HTTP machinery over TLS sockets (Node's _http_server).
  const server: Server = tls
    ? createHttpsServer({ ...tls, ...options, handshakeTimeout: limits.handshakeTimeoutMs })
    : createServer(options);
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  const admit = guardConnections(server, limits, logger, tls !== undefined);
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    req.url = originFormOf(req.url ?? "/");
    if (admit(req, res)) void app(req, res);
  });
  // Without a listener Node answers an Expect other than 100-continue with a bare 417; the app
  // answers it with the spec's Problem instead.
  server.on("checkExpectation", (req, res) => server.emit("request", req, res));
  return server;
}

/**
 * The request and response classes of `app`: their instances have app.request and app.response as
 * prototypes from the start. Express gives every request and response these prototypes as it enters
 * the app (Object.setPrototypeOf); on objects Node created with another prototype, that change
 * throws away V8's optimisations for them, which cost more CPU per request than all of this
 * server's own steps together and kept the garbage collector busy (expressjs/express#5998). On
 * objects created with them already, the change is a no-op.
 */
function appClasses(app: Express): { IncomingMessage: typeof IncomingMessage; ServerResponse: typeof ServerResponse } {
  return {
    IncomingMessage: withPrototype(IncomingMessage, app.request),
    ServerResponse: withPrototype(ServerResponse, app.response),
  };
}

/**
 * A constructor that builds what `base` builds, with `prototype` as the new object's prototype.
 * Node's IncomingMessage and ServerResponse are function constructors, called on `this` the way
 * their own subclasses in Node call them (Reflect.construct with another new.target would do the
 * same at several times the cost).
 */
function withPrototype<C extends new (...args: never[]) => object>(base: C, prototype: object): C {
  // A class cannot be called on `this`: should Node's become classes, its own are kept (and Express
  // switches prototypes again, slowly but correctly).
  if (Function.prototype.toString.call(base).startsWith("class")) return base;
  const initialise = base as unknown as (this: object, ...args: unknown[]) => void;
  function Constructed(this: object, ...args: unknown[]): void {
    initialise.call(this, ...args);
  }
  Constructed.prototype = prototype;
  return Constructed as unknown as C;
}

function logRefusedHandshakes(server: Server, logger: Logger): void {
  server.on(
    "tlsClientError",
    (error: NodeJS.ErrnoException & { reason?: string }, socket: { remoteAddress?: string }) => {
      // OpenSSL's errors carry their short reason, e.g. "peer did not return a certificate".
      const reason = error.code === "ECONNRESET" ? "the client closed the connection" : (error.reason ?? error.message);
      logger.info({ peer: socket.remoteAddress, reason, code: error.code }, "TLS handshake refused");
    },
  );
}

function closeGracefully(
  server: Server,
  inFlight: Set<ServerResponse>,
  graceMs = SHUTDOWN_GRACE_MS,
): Promise<"drained" | "cut off"> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.closeAllConnections();
      resolve("cut off");
    }, graceMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve("drained");
    });
    // Connections of in-flight requests close once answered instead of staying alive.
    for (const res of inFlight) {
      if (!res.headersSent) res.setHeader("Connection", "close");
      res.on("finish", () => setImmediate(() => server.closeIdleConnections()));
    }
    server.closeIdleConnections();
  });
}
