/**
 * Every code block of README.md and docs/*.md is held to something (test/fixtures/doc-blocks.ts):
 * a ts block is an example the typecheck compiles, a sql block a worked example's schema that its
 * e2e test runs, a sh block is run by test/e2e/doc-commands.test.ts or marked as not run with a
 * reason, a json block parses, a yaml block parses and, if it is a GitHub Actions workflow, is run
 * by test/e2e/github-workflow.test.ts. A block that is none of these fails here, so no block can
 * drift unnoticed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { load } from "js-yaml";
import {
  ALL_BLOCKS,
  DOC_FILES,
  EXAMPLE_SOURCES,
  EXAMPLES,
  GITHUB_WORKFLOW_MARK,
  NOT_RUN,
  where,
  type DocBlock,
} from "../fixtures/doc-blocks";

const ROOT = path.resolve(__dirname, "../..");
const RUNNABLE = ["sh", "bash"];

/** Why a block is not acceptable, or undefined when it is. */
function problem(block: DocBlock): string | undefined {
  switch (block.lang) {
    case "ts":
      return [...EXAMPLES, ...EXAMPLE_SOURCES].some((example) => example.code === block.code)
        ? undefined
        : "is no example of test/readme/ or docs/examples/ (from its first import on, imports as a consumer writes them)";
    case "sql":
      return EXAMPLE_SOURCES.some((source) => source.file.endsWith(".sql") && source.code === block.code)
        ? undefined
        : "is no .sql file of docs/examples/";
    case "sh":
    case "bash":
      return block.notRun === "" ? "is marked as not run without a reason" : undefined;
    case "console":
      return block.notRun ? undefined : "is a console transcript: mark it <!-- not run: REASON -->";
    case "json":
      try {
        JSON.parse(block.code);
        return undefined;
      } catch (error) {
        return `is not JSON: ${(error as Error).message}`;
      }
    case "yaml": {
      let parsed: unknown;
      try {
        parsed = load(block.code);
      } catch (error) {
        return `is not YAML: ${(error as Error).message}`;
      }
      const workflow = typeof parsed === "object" && parsed !== null && "jobs" in parsed;
      return !workflow || block.mark === GITHUB_WORKFLOW_MARK
        ? undefined
        : `is a GitHub Actions workflow without ${GITHUB_WORKFLOW_MARK} right before it`;
    }
    case "text":
      return undefined;
    default:
      return `has language "${block.lang}"; give it one of ts, sql, sh, bash, console, json, yaml or text`;
  }
}

describe("the code blocks of README.md and docs/", () => {
  it("are found", () => {
    expect(DOC_FILES).toEqual(expect.arrayContaining(["README.md", "docs/server.md", "docs/client.md"]));
    expect(ALL_BLOCKS.filter((block) => block.lang === "ts").length).toBeGreaterThanOrEqual(EXAMPLES.length);
    expect(ALL_BLOCKS.some((block) => RUNNABLE.includes(block.lang) && block.notRun === undefined)).toBe(true);
  });

  it("are each compiled, run, marked as not run with a reason, or output", () => {
    const problems = ALL_BLOCKS.flatMap((block) => {
      const why = problem(block);
      return why === undefined ? [] : [`${where(block)}: the ${block.lang || "untagged"} block ${why}`];
    });
    expect(problems).toEqual([]);
  });

  it("are marked as not run only where a code block follows the mark", () => {
    const dangling = DOC_FILES.flatMap((file) => {
      const lines = readFileSync(path.join(ROOT, file), "utf8").split("\n");
      return lines.flatMap((line, i) => {
        if (!NOT_RUN.test(line)) return [];
        const next = lines.slice(i + 1).find((l) => l.trim() !== "");
        return next?.trim().startsWith("```") ? [] : [`${file}:${i + 1}`];
      });
    });
    expect(dangling).toEqual([]);
  });
});

describe("the examples in test/readme/", () => {
  it("are each shown by a ts block of README.md or docs/", () => {
    const shown = new Set(ALL_BLOCKS.filter((block) => block.lang === "ts").map((block) => block.code));
    expect(EXAMPLES.filter((example) => !shown.has(example.code)).map((example) => example.file)).toEqual([]);
  });
});
