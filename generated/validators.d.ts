/**
 * This file was generated from spec/flexjob.yaml by `npm run codegen`.
 * Do not make direct changes to the file.
 */

import type { Violation } from "./contract";

/** The schemas with a precompiled validator: every request body, every 200 body and Problem. */
export type ValidatedSchema = "FlexjobAllocationResponse" | "FlexjobOfferResponse" | "GetCaseElementRequest" | "IsAliveRequest" | "IsAliveResponse" | "Problem";

/** Every violation of the named schema by value; [] when it conforms. No schema is compiled at run time. */
export declare function violationsOf(schema: ValidatedSchema, value: unknown): Violation[];
