/**
 * createApp builds the reference server's app: the sandbox's handlers (its cases, read from the
 * case files and, with the admin listener, the run-time ones over them) and, with a control, its
 * journal and faults, given to the contract's pipeline, createFlexjobApp. It is synchronous and
 * throws a FixtureError on a bad case file, a ConfigError on a bad option.
 */
import type express from "express";
import pino from "pino";
import { CASE_OPERATIONS, OPERATIONS, PROBLEM_KINDS } from "../../generated/contract";
import {
  createFlexjobApp,
  defaultRequestIdStore,
  serialiseChecked,
  type PipelineExtensions,
  type RequestIdStore,
} from "../pipeline";
import { resolveAppOptions, type AppOptions } from "./app-options";
import { loadCaseBook, sandboxDir, type CaseBook } from "./case-book";
import { createCaseRegistry } from "../../core";
import { applyFaults } from "./control/fault-step";
import { journalRequests } from "./control/journal-step";
import type { JournalEntry } from "../../core";
import type { SandboxControl } from "./control/sandbox-control";
import { ALIVE_BODY, createHandlers } from "../../core";

export type { AppOptions } from "./app-options";

/** IsAlive's answer, checked and serialised once for every app. */
const ALIVE = serialiseChecked(OPERATIONS.IsAliveAsync.responseSchema, ALIVE_BODY);

export function createApp(options: AppOptions = {}): express.Express {
  const config = resolveAppOptions(options);
  const { control, sandbox, fixturesDir } = config;
  const logger = config.logger ?? pino({ enabled: false });
  const book = loadCaseBook([...(sandbox ? [sandboxDir()] : []), ...(fixturesDir ? [fixturesDir] : [])]);
  if (CASE_OPERATIONS.every((operationId) => book[operationId].size === 0)) {
    const { status, errorCode } = PROBLEM_KINDS["case-not-found"];
    logger.warn(
      { sandbox, fixturesDir },
      `no case is served (sandbox off, no case file given): every case lookup answers ${status} / ${errorCode}`,
    );
  }
  // The admin listener's reset forgets the request ids, so the control needs the store itself.
  const requestIdStore = config.requestIdStore ?? defaultRequestIdStore(config, logger);
  const cases = control ? connect(control, book, requestIdStore) : book;
  return createFlexjobApp({
    handlers: createHandlers({ cases, unknownGrantStatus: config.unknownGrantStatus, alive: ALIVE }),
    auth: config.auth,
    validateResponses: config.validateResponses,
    logger,
    requestIdStore,
    cors: config.cors,
    extensions: control && sandboxExtensions(control),
  });
}

/**
 * The control's steps at the pipeline's extension points: every request journaled, and the faults
 * applied to a request that passed every check. `violationsOf` adds a proxy's findings to the journal.
 */
export function sandboxExtensions(
  control: SandboxControl,
  violationsOf?: (res: express.Response) => JournalEntry["violations"],
): PipelineExtensions {
  return {
    observe: journalRequests(control.journal, violationsOf),
    beforeHandler: applyFaults(control.state, control.held),
  };
}

/** Run-time cases over the start-up ones; the control reaches them and the request ids. */
function connect(control: SandboxControl, book: CaseBook, requestIds: RequestIdStore) {
  const cases = createCaseRegistry(book, control.state);
  control.connect({ cases, requestIds });
  return cases.source;
}
