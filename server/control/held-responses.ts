/**
 * Connections a fault holds open (a delay, or `connection: "hang"`), so that closing the server
 * drops them instead of waiting for them.
 */
import type { ServerResponse } from "node:http";

/** Responses held by a fault's delay or `connection: "hang"`; dropped when the server closes. */
export interface HeldResponses {
  hold(res: ServerResponse): void;
  /** Destroys every held connection. */
  release(): void;
}

export function createHeldResponses(): HeldResponses {
  const held = new Set<ServerResponse>();
  return {
    hold(res) {
      held.add(res);
      res.on("close", () => held.delete(res));
    },
    release() {
      for (const res of held) res.destroy();
      held.clear();
    },
  };
}
