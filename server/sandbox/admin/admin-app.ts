/**
 * createAdminApp builds the admin listener's app (spec/admin.yaml) over a sandbox control that a
 * service app was created with (createApp({ control })). It listens on its own port, so the
 * service port keeps exactly STAR's surface.
 */
import express from "express";
import * as OpenApiValidator from "express-openapi-validator";
import pino, { type Logger } from "pino";
import type { SandboxControl } from "../control/sandbox-control";
import { adminErrorHandler } from "./admin-problems";
import { adminRoutes, checkCaseBody } from "./admin-routes";
import { loadAdminSpec } from "./admin-spec";

type ValidatorOptions = Parameters<typeof OpenApiValidator.middleware>[0];

export interface AdminAppOptions {
  /** Validate every admin response against spec/admin.yaml (default false; on in tests). */
  validateResponses?: boolean;
  logger?: Logger;
}

export function createAdminApp(control: SandboxControl, options: AdminAppOptions = {}): express.Express {
  const document = loadAdminSpec();
  const app = express();
  app.disable("x-powered-by");
  app.disable("etag");
  app.set("case sensitive routing", true);
  app.set("strict routing", true);
  const documentJson = JSON.stringify(document, null, 2);
  app.get("/openapi.json", (_req, res) => void res.type("application/json").send(documentJson));
  app.use(express.json({ limit: "1mb", strict: false }));
  // A case body is checked exactly as a case file is, with its errors; the validator then agrees.
  app.put("/cases", checkCaseBody());
  app.use(
    OpenApiValidator.middleware({
      // A mutable copy: the validator rewrites the document it is given.
      apiSpec: structuredClone(document) as unknown as ValidatorOptions["apiSpec"],
      validateRequests: { allErrors: true, coerceTypes: false, allowUnknownQueryParameters: false },
      validateResponses: options.validateResponses === true && { allErrors: true, removeAdditional: false },
      validateFormats: true,
      ajvFormats: { mode: "full" },
      validateSecurity: false,
      fileUploader: false,
    }) as express.RequestHandler[],
  );
  app.use(adminRoutes(control));
  app.use(adminErrorHandler(options.logger ?? pino({ enabled: false })));
  return app;
}
