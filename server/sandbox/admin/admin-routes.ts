/**
 * The admin operations of spec/admin.yaml, over the sandbox control. Requests reach them already
 * validated against that document.
 */
import { randomUUID } from "node:crypto";
import { Router, type RequestHandler } from "express";
import {
  caseOf,
  faultResponseViolation,
  shownFault,
  type CaseKey,
  type Fault,
  type FaultMatch,
  type FaultResponse,
} from "../../../core";
import type { SandboxControl } from "../control/sandbox-control";
import { sendAdminProblem } from "./admin-problems";
import { loadAdminSpec } from "./admin-spec";

interface FaultRequest {
  match?: FaultMatch;
  response: FaultResponse;
  times?: number;
}

/** PUT /cases, before the validator: a body is checked exactly as a case file is. */
export function checkCaseBody(): RequestHandler {
  return (req, res, next) => {
    if (!req.is("application/json")) return next();
    const found = caseOf(req.body);
    if (!Array.isArray(found)) return next();
    const errors = found.map((v) => ({ path: `/body${v.pointer}`, message: `${v.message} (${v.rule})` }));
    sendAdminProblem(res, "invalid-request", "The body is no valid case file; see errors.", errors);
  };
}

/** Every admin operation; each group is one concern of the sandbox. */
export function adminRoutes(control: SandboxControl): Router {
  const router = Router({ caseSensitive: true, strict: true });
  caseRoutes(router, control);
  faultRoutes(router, control);
  journalRoutes(router, control);
  router.post("/reset", async (_req, res) => {
    await control.reset();
    res.status(204).end();
  });
  return router;
}

function caseRoutes(router: Router, control: SandboxControl): void {
  // In proxy mode the upstream answers every case: there are none to list, put or delete.
  router.use("/cases", (_req, res, next) => {
    if (control.servesCases()) return next();
    sendAdminProblem(
      res,
      "no-cases",
      "In proxy mode (--upstream) the upstream answers every case; the admin listener has none.",
    );
  });
  router.get("/cases", async (_req, res) => void res.json({ cases: await control.cases().list() }));
  router.put("/cases", async (req, res) => {
    const put = await control.cases().put(req.body);
    // checkCaseBody has let only a valid case through.
    if (Array.isArray(put)) throw new Error("a case body passed its check and then failed it");
    const { replaced, ...key } = put;
    res.status(replaced ? 200 : 201).json(key);
  });
  router.delete("/cases/:operationId/:caseElementIdentifier", async (req, res) => {
    // The validator has checked both path parameters against spec/admin.yaml.
    const key = req.params as unknown as CaseKey;
    if (await control.cases().remove(key)) return void res.status(204).end();
    sendAdminProblem(res, "not-found", `${key.operationId} serves no case ${key.caseElementIdentifier}.`);
  });
}

/** The most faults that wait at once: spec/admin.yaml's FaultList. */
function maxFaults(): number {
  const { FaultList } = loadAdminSpec().components.schemas as {
    FaultList: { properties: { faults: { maxItems: number } } };
  };
  return FaultList.properties.faults.maxItems;
}

function faultRoutes(router: Router, control: SandboxControl): void {
  const max = maxFaults();
  router.get("/faults", async (_req, res) => void res.json({ faults: (await control.state.faults()).map(shownFault) }));
  router.post("/faults", async (req, res) => {
    const { match = {}, response, times } = req.body as FaultRequest;
    const violation = faultResponseViolation(response);
    if (violation) {
      const errors = [{ path: "/body/response", message: violation }];
      return sendAdminProblem(res, "invalid-request", `The fault ${violation}.`, errors);
    }
    const fault: Fault = { id: randomUUID(), match, response, remaining: times ?? null };
    if (!(await control.state.addFault(fault, max)))
      return sendAdminProblem(
        res,
        "too-many-faults",
        `${max} faults are waiting, the most the sandbox holds; remove some first (DELETE /faults).`,
      );
    res.status(201).json(shownFault(fault));
  });
  router.delete("/faults", async (_req, res) => {
    await control.state.clearFaults();
    res.status(204).end();
  });
}

function journalRoutes(router: Router, control: SandboxControl): void {
  router.get("/requests", (req, res) => {
    const limit = req.query.limit === undefined ? undefined : Number(req.query.limit);
    res.json({ requests: control.journal.entries(limit) });
  });
  router.delete("/requests", (_req, res) => {
    control.journal.clear();
    res.status(204).end();
  });
}
