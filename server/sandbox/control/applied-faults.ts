/** The fault applied to a request, kept beside the response for the journal. */
import type { Response } from "express";
import type { FaultResponse } from "../../../core";

export interface AppliedFault {
  id: string;
  response: FaultResponse;
}

const applied = new WeakMap<Response, AppliedFault>();

export function recordFault(res: Response, fault: AppliedFault): void {
  applied.set(res, fault);
}

export function appliedFault(res: Response): AppliedFault | undefined {
  return applied.get(res);
}
