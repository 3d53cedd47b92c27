/**
 * `--record DIR`: each upstream 200 of a case-reading operation written as a case file that
 * `--fixtures DIR` serves, with every personal value replaced (personal-data.ts, pseudonyms.ts):
 * CVR numbers and case ids stay, as they are what a test looks a case up by. The file is the 200
 * body with a `$recorded` member saying when and from where it was recorded (the case book skips
 * it). A recorded body that breaks its schema is not written; an existing file is not overwritten
 * without `force`.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Logger } from "pino";
import { OPERATIONS, type CaseOperationId } from "../../generated/contract";
import { ConfigError, loadSpec } from "../pipeline";
import { caseOf, RECORDED_KEY } from "../sandbox";
import { stringSites } from "./personal-data";
import { createPseudonyms } from "./pseudonyms";

export interface RecorderOptions {
  dir: string;
  /** Overwrite an existing case file (default false). */
  force?: boolean;
  /** The upstream's origin, said in each file (never its credentials). */
  upstream: string;
  logger: Logger;
  now?: () => Date;
}

export interface Recorder {
  /** Writes the case of an upstream 200; never throws (a failure is logged). */
  record(operationId: CaseOperationId, body: unknown): void;
}

/** Throws a ConfigError when the directory cannot be made. */
export function createRecorder(options: RecorderOptions): Recorder {
  try {
    mkdirSync(options.dir, { recursive: true });
  } catch (error) {
    throw new ConfigError(
      `--record ${options.dir} cannot be made a directory (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  const pseudonyms = createPseudonyms();
  const document = loadSpec().document;
  const now = options.now ?? (() => new Date());
  return {
    record(operationId, body) {
      const copy = structuredClone(body);
      const sites = stringSites(document, OPERATIONS[operationId].responseSchema, copy);
      // Marked values first, so that free text can lose the originals they replaced.
      for (const site of sites) {
        const { kind } = site;
        if (kind !== "text" && kind !== "identifier") put(site, (value) => pseudonyms.of(kind, value));
      }
      for (const site of sites.filter((s) => s.kind === "text")) put(site, (value) => pseudonyms.inText(value));
      const found = caseOf(copy);
      if (Array.isArray(found)) {
        const violations = found.map((v) => ({ pointer: v.pointer, rule: v.rule }));
        return options.logger.error(
          { operationId, violations },
          "not recorded: the answer, made fictitious, breaks its schema",
        );
      }
      const file = path.join(options.dir, `${operationId}-${found.id}.json`);
      if (existsSync(file) && options.force !== true)
        return options.logger.warn({ operationId, file }, "not recorded: the case file exists (--force overwrites it)");
      const recorded = { at: now().toISOString(), upstream: options.upstream, operationId };
      writeFileSync(file, `${JSON.stringify({ [RECORDED_KEY]: recorded, ...(copy as object) }, null, 2)}\n`);
      options.logger.info({ operationId, file }, "recorded");
    },
  };
}

function put(
  site: { parent: Record<string, unknown> | unknown[]; key: string | number },
  change: (value: string) => string,
): void {
  const parent = site.parent as Record<string | number, unknown>;
  parent[site.key] = change(parent[site.key] as string);
}
