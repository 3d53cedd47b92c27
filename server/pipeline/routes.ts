/**
 * The operations, from the spec's operation table (generated/contract.ts): the only route table.
 * Each operationId names its handler, its log field and its tests.
 */
import { OPERATIONS, type OperationId } from "../../generated/contract";

export type { OperationId };

export interface OperationRoute {
  path: string;
  /** Upper-case HTTP method, as it appears in `Allow`. */
  method: string;
  operationId: OperationId;
}

/** Every (path, method) of the spec with its operationId. */
export function operationRoutes(): OperationRoute[] {
  return Object.values(OPERATIONS).map(({ path, method, operationId }) => ({ path, method, operationId }));
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
