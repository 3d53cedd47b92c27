/**
 * createFlexjobApp's options: their defaults (one literal) and their rules, which the command line
 * states too. A bad value throws a ConfigError that names the option, the rule and the value.
 */
import type { RequestHandler } from "express";
import type { Logger } from "pino";
import { OPERATIONS } from "../../generated/contract";
import { MAX_MEMORY_REQUEST_IDS, REQUEST_ID_DEFAULTS, type RequestIdStore } from "../stores";
import type { AuthMode } from "../../core";
import { ConfigError } from "./config-error";
import { CORS_RULE, parseCorsOrigins, type CorsOrigins } from "./cors-origins";
import type { Handlers } from "../../core";
import { BOOLEAN, MS, whole, type ValueRule } from "./value-rules";

/** The pipeline's settings as plain values (what the command line sets too). */
export interface PipelineSettings {
  /**
   * "header" (default): the caller of a case-reading operation is activeOrganisationHeader's
   * organisation; "certificate": the CVR of the client certificate the TLS handshake verified (serve
   * with a `tls.ca`); "off": no caller is asked for.
   */
  auth?: AuthMode;
  /**
   * Check every answer computed per request against the spec as it is written (default false); a
   * breach answers 500 / 1011. Bodies stored with `serialiseOnce` are checked when stored instead.
   */
  validateResponses?: boolean;
  /** How long the in-memory request id store remembers an id, in ms (default 7 days, as STAR). */
  retentionMs?: number;
  /** The most ids the in-memory store holds; at the bound the oldest is forgotten (default 100 000). */
  maxRequestIds?: number;
}

/**
 * Steps added to the pipeline at two fixed points of the order of checks (the reference server's
 * journal and faults use them). They read what the pipeline learnt so far with `requestFacts(res)`.
 */
export interface PipelineExtensions {
  /** Runs for every request, right after the request is logged and its x-requestId read. */
  observe?: RequestHandler;
  /** Runs for a request that passed every check, right before its caller is identified and its handler runs. */
  beforeHandler?: RequestHandler;
}

export interface FlexjobAppOptions extends PipelineSettings {
  /** One handler per operation (handler-types.ts). */
  handlers: Handlers;
  /** Where request lines go (default: nowhere). CPR-shaped values are withheld by createLogger's loggers. */
  logger?: Logger;
  /** Replaces the in-memory request id store (e.g. Redis, shared by instances); retentionMs and maxRequestIds then do not apply. */
  requestIdStore?: RequestIdStore;
  /** Browser origins allowed to call the operations ("*": any); default none. */
  cors?: CorsOrigins;
  extensions?: PipelineExtensions;
}

export const PIPELINE_DEFAULTS = {
  auth: "header",
  validateResponses: false,
  retentionMs: REQUEST_ID_DEFAULTS.retentionMs,
  maxRequestIds: REQUEST_ID_DEFAULTS.maxIds,
} as const satisfies PipelineSettings;

const AUTH_MODES: readonly unknown[] = ["header", "certificate", "off"] satisfies AuthMode[];

/** Each setting's one rule, shared with the command line. */
export const PIPELINE_RULES = {
  auth: {
    rule: 'must be "header", "certificate" or "off"',
    holds: (v): v is AuthMode => AUTH_MODES.includes(v),
  } satisfies ValueRule<AuthMode>,
  validateResponses: BOOLEAN,
  retentionMs: MS,
  maxRequestIds: whole(
    1,
    MAX_MEMORY_REQUEST_IDS,
    `must be a whole number from 1 to ${MAX_MEMORY_REQUEST_IDS} (the most the in-memory store holds)`,
  ),
  cors: {
    rule: CORS_RULE,
    holds: (v): v is CorsOrigins =>
      v === "*" ||
      (Array.isArray(v) && v.every((o) => typeof o === "string") && parseCorsOrigins(v.join(",")) !== undefined),
  } satisfies ValueRule<CorsOrigins>,
} as const satisfies { [K in keyof PipelineSettings | "cors"]: ValueRule<unknown> };

export type ResolvedPipelineOptions = Omit<FlexjobAppOptions, keyof typeof PIPELINE_DEFAULTS> &
  Required<Pick<PipelineSettings, keyof typeof PIPELINE_DEFAULTS>>;

/** `options` with the defaults filled in (undefined counts as not given); throws a ConfigError on a breach. */
export function withDefaults<T extends object, D extends object>(
  options: T,
  defaults: D,
  rules: Record<string, ValueRule<unknown>>,
): T & D {
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  const resolved = { ...defaults, ...given } as T & D;
  for (const [key, { rule, holds }] of Object.entries(rules)) {
    const value = (resolved as Record<string, unknown>)[key];
    if (value !== undefined && !holds(value)) throw new ConfigError(`${key} ${rule}; got ${JSON.stringify(value)}`);
  }
  return resolved;
}

export function resolvePipelineOptions(options: FlexjobAppOptions): ResolvedPipelineOptions {
  const resolved = withDefaults(options, PIPELINE_DEFAULTS, PIPELINE_RULES);
  const handlers = (resolved.handlers ?? {}) as unknown as Record<string, unknown>;
  for (const operationId of Object.keys(OPERATIONS))
    if (typeof handlers[operationId] !== "function")
      throw new ConfigError(`handlers.${operationId} must be a function (one handler per operation of the spec)`);
  return resolved;
}
