/**
 * CORS for the operations (`--cors`), so that a browser app can call the sandbox: preflights
 * allow the operations' methods with `content-type` and `x-requestId`, and responses expose
 * `x-requestId`. A request from an origin not listed, or with no Origin, gets no CORS header.
 */
import cors from "cors";
import type { RequestHandler } from "express";
import type { CorsOrigins } from "./cors-origins";
import type { OperationRoute } from "./routes";

export function corsForOperations(origins: CorsOrigins, routes: readonly OperationRoute[]): RequestHandler {
  const paths = new Set(routes.map((route) => route.path));
  const middleware = cors({
    origin: (origin, callback) => {
      const allowed = origin !== undefined && (origins === "*" || origins.includes(origin));
      callback(null, allowed && (origins === "*" ? "*" : origin));
    },
    methods: [...new Set(routes.map((route) => route.method))],
    allowedHeaders: ["content-type", "x-requestId"],
    exposedHeaders: ["x-requestId"],
    maxAge: 600,
  });
  return (req, res, next) => (paths.has(req.path) ? middleware(req, res, next) : next());
}
