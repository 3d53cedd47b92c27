/**
 * The operations, read from the spec's `paths`: the only route table. Each operationId names its
 * handler, its log field and its tests.
 */
import type { operations } from "../generated/flexjob";
import type { SpecDocument } from "./spec";

export type OperationId = keyof operations;

export interface OperationRoute {
  path: string;
  /** Upper-case HTTP method, as it appears in `Allow`. */
  method: string;
  operationId: OperationId;
}

const HTTP_METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/** Every (path, method) of the spec with its operationId. */
export function operationRoutes(document: Readonly<SpecDocument>): OperationRoute[] {
  const routes: OperationRoute[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!HTTP_METHODS.has(method)) continue;
      if (!operation.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      routes.push({ path, method: method.toUpperCase(), operationId: operation.operationId as OperationId });
    }
  }
  return routes;
}

/** Path → method → route, for answering 404 and 405 before any other check. */
export function routeIndex(routes: readonly OperationRoute[]): Map<string, Map<string, OperationRoute>> {
  const index = new Map<string, Map<string, OperationRoute>>();
  for (const route of routes) {
    const byMethod = index.get(route.path) ?? new Map<string, OperationRoute>();
    byMethod.set(route.method, route);
    index.set(route.path, byMethod);
  }
  return index;
}
