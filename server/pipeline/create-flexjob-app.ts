/**
 * createFlexjobApp: the contract's pipeline around an implementation's handlers, as an Express app
 * to serve (transport's `serve`) or to mount in an app of one's own. Everything before and after
 * the handlers is the pipeline's (contract-app.ts): the x-requestId rule and the replay store,
 * validation with violations that name the element, the caller's identity, the error table's
 * Problems, response validation when asked for, the request log. It is synchronous and throws a
 * ConfigError on a bad option.
 */
import type express from "express";
import pino, { type Logger } from "pino";
import { createMemoryRequestIdStore, type RequestIdStore } from "../stores";
import { createContractApp } from "./contract-app";
import { dispatchTo } from "./dispatch";
import { resolvePipelineOptions, type FlexjobAppOptions, type ResolvedPipelineOptions } from "./options";

export function createFlexjobApp(options: FlexjobAppOptions): express.Express {
  const config = resolvePipelineOptions(options);
  const logger = config.logger ?? pino({ enabled: false });
  return createContractApp({
    logger,
    auth: config.auth,
    cors: config.cors,
    validateResponses: config.validateResponses,
    replay: config.requestIdStore ?? defaultRequestIdStore(config, logger),
    requestChecks: "refuse",
    extensions: config.extensions,
    // 4. No caller the auth mode accepts: 403. 5.–6. The handler: 403, 404, 409 or 200.
    answer: dispatchTo(config.handlers, config.auth),
  });
}

/**
 * The in-memory request id store with the options' retention and bound, which warns once when the
 * bound makes it forget ids early.
 */
export function defaultRequestIdStore(
  options: Pick<ResolvedPipelineOptions, "retentionMs" | "maxRequestIds">,
  logger: Logger,
): RequestIdStore {
  return createMemoryRequestIdStore({
    retentionMs: options.retentionMs,
    maxIds: options.maxRequestIds,
    onBoundReached: (maxIds) =>
      logger.warn(
        { maxIds },
        "request id store full: the oldest ids are forgotten early and their replays no longer caught",
      ),
  });
}
