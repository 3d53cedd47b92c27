/**
 * Connections a fault holds open (a delay, or `connection: "hang"`), so that closing the server
 * can end them instead of waiting for them.
 */
import type { ServerResponse } from "node:http";

/** Why a fault holds a response: a delay before its answer, or `hang`, no answer ever. */
export type Hold = "delay" | "hang";

/** Responses held by a fault's delay or `connection: "hang"`. */
export interface HeldResponses {
  hold(res: ServerResponse, why: Hold): void;
  /** Destroys every held connection (the in-process server's close, which does not wait for delays). */
  release(): void;
  /**
   * Destroys the connections `hang` faults hold, which would never be answered, and tells how many
   * there were; delayed answers are left to finish (main's graceful shutdown).
   */
  dropHanging(): number;
}

export function createHeldResponses(): HeldResponses {
  const held = new Map<ServerResponse, Hold>();
  const drop = (which: (why: Hold) => boolean): number => {
    let dropped = 0;
    for (const [res, why] of held) {
      if (!which(why)) continue;
      res.destroy();
      held.delete(res);
      dropped += 1;
    }
    return dropped;
  };
  return {
    hold(res, why) {
      held.set(res, why);
      res.on("close", () => held.delete(res));
    },
    release: () => void drop(() => true),
    dropHanging: () => drop((why) => why === "hang"),
  };
}
