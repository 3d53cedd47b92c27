/**
 * Bounds what one client can cost the server, whatever it sends or leaves unread:
 * - at most `maxInFlight` requests in flight per connection: Node parses a whole read of
 *   pipelined requests at once, so a connection that sends more ahead of its answers is closed
 *   and its surplus requests never reach the app;
 * - answers waiting `sendTimeoutMs` on a client that reads none of them close the connection;
 * - at `maxConnections` the connection that has gone longest without being served an answer,
 *   and is not waiting for one the server is computing, is closed to make room: silent,
 *   slow-sending and non-reading clients make way for the next one. Over HTTPS that includes
 *   connections still in (or not yet in) their TLS handshake, which Node's limit counts too.
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { Logger } from "pino";
import type { ServerLimits } from "./server-limits";

interface Connection {
  /** What to destroy to end it: the TLS socket once its handshake is done, else the TCP socket. */
  socket: Socket;
  /** When an answer on it was last sent in full (or when it opened). */
  servedAt: number;
  /** Requests received and not yet answered in full. */
  exchanges: Set<{ req: IncomingMessage; res: ServerResponse }>;
  /** Since when its answers have waited on the client without any finishing. */
  waitingSince?: number;
}

const SWEEP_MS = 1_000;

/** Installs the guard on `server`; the returned function tells whether a request may reach the app. */
export function guardConnections(
  server: Server,
  limits: ServerLimits,
  logger: Logger,
  tls = false,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  // Every TCP connection, in connect order, from the moment it is accepted: Node's maxConnections
  // counts them all, handshake or not, so all of them must be evictable.
  const connections = new Map<Socket, Connection>();
  // The same records by the socket requests come on (an HTTPS server's are its TLS sockets).
  const bySocket = new WeakMap<Socket, Connection>();
  const track = (socket: Socket): Connection => {
    const connection: Connection = { socket, servedAt: Date.now(), exchanges: new Set() };
    connections.set(socket, connection);
    bySocket.set(socket, connection);
    socket.once("close", () => connections.delete(socket));
    return connection;
  };
  const close = (socket: Socket, why: string): void => {
    logger.info({ reason: why }, "connection closed by the server");
    socket.destroy();
  };
  server.maxConnections = limits.maxConnections;
  server.on("connection", (socket: Socket) => {
    track(socket);
    if (connections.size >= limits.maxConnections) evictOne(connections, socket, close);
  });
  // A TLS socket wraps the TCP socket it was accepted on (its _parent, Node's _tls_wrap).
  if (tls)
    server.on("secureConnection", (secure: Socket & { _parent?: Socket }) => {
      const connection = secure._parent && connections.get(secure._parent);
      if (!connection) return;
      connection.socket = secure;
      bySocket.set(secure, connection);
    });
  const sweep = setInterval(() => closeStalled(connections, limits.sendTimeoutMs, close), SWEEP_MS);
  sweep.unref();
  server.once("close", () => clearInterval(sweep));
  return (req, res) => {
    const socket = req.socket;
    if (socket.destroyed) return false;
    const connection = bySocket.get(socket) ?? track(socket);
    if (connection.exchanges.size >= limits.maxInFlight) {
      close(socket, `more than ${limits.maxInFlight} requests in flight on one connection`);
      return false;
    }
    const exchange = { req, res };
    connection.exchanges.add(exchange);
    res.once("finish", () => {
      connection.exchanges.delete(exchange);
      connection.servedAt = Date.now();
      connection.waitingSince = undefined;
    });
    res.once("close", () => connection.exchanges.delete(exchange));
    return true;
  };
}

/** Closes connections whose finished answers have waited `sendTimeoutMs` on a client that does not read. */
function closeStalled(
  connections: Map<Socket, Connection>,
  sendTimeoutMs: number,
  close: (socket: Socket, why: string) => void,
): void {
  const now = Date.now();
  for (const connection of connections.values()) {
    const waiting = [...connection.exchanges].some(({ res }) => res.writableEnded && !res.writableFinished);
    if (!waiting) {
      connection.waitingSince = undefined;
      continue;
    }
    connection.waitingSince ??= now;
    if (now - connection.waitingSince >= sendTimeoutMs)
      close(connection.socket, `answers unread by the client for ${sendTimeoutMs} ms`);
  }
}

/** Closes the connection longest unserved that is not waiting for an answer being computed. */
function evictOne(
  connections: Map<Socket, Connection>,
  newcomer: Socket,
  close: (socket: Socket, why: string) => void,
): void {
  let victim: Socket | undefined;
  let oldest = Infinity;
  for (const [socket, connection] of connections) {
    if (socket === newcomer || computing(connection) || connection.servedAt >= oldest) continue;
    victim = connection.socket;
    oldest = connection.servedAt;
  }
  if (victim) close(victim, "connection limit reached; this connection had gone longest without an answer");
}

/** Whether the server owes an answer it is still computing (a request received whole, its answer not ended). */
function computing(connection: Connection): boolean {
  return [...connection.exchanges].some(({ req, res }) => req.complete && !res.writableEnded);
}
