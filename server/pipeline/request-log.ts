/**
 * One JSON line per request: operationId, status, durationMs, requestId and caller organisation
 * (and at debug level one more when a request arrives, and one saying why a request was refused:
 * see refusal-log.ts). Never a body or a query string, and an unknown path only at debug level and
 * with a CPR-shaped one withheld. The caller chooses x-requestId and organisationCode freely, so
 * either could be or contain a CPR number: such a value is logged as a placeholder (the logger of
 * server/pipeline/logger.ts withholds them anywhere else too).
 */
import type { RequestHandler } from "express";
import type { Logger } from "pino";
import { withoutCpr } from "../../core";
import { factsOf } from "./http-adapter";
import { refusalOf } from "./refusal-log";

export function logRequests(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    if (logger.isLevelEnabled("debug"))
      logger.debug({ method: req.method, requestId: withoutCpr(factsOf(res).requestId) }, "request received");
    let logged = false;
    const log = (): void => {
      if (logged) return;
      logged = true;
      const facts = factsOf(res);
      const line = {
        operationId: facts.operation?.operationId,
        method: req.method,
        status: res.headersSent ? res.statusCode : undefined,
        durationMs: Number(process.hrtime.bigint() - started) / 1e6,
        requestId: withoutCpr(facts.requestId),
        callerOrganisation: withoutCpr(facts.callerOrganisation),
      };
      if (!res.writableFinished) logger.warn(line, "request ended before its response was sent");
      else if (res.statusCode >= 500) logger.error(line, "request");
      else logger.info(line, "request");
      const refusal = logger.isLevelEnabled("debug") ? refusalOf(req, res, withoutCpr) : undefined;
      if (refusal) logger.debug({ requestId: line.requestId, status: line.status, ...refusal }, "request refused");
    };
    res.on("finish", log);
    res.on("close", log);
    next();
  };
}
