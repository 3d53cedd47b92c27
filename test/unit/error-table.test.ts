/**
 * The error table is written once for code, in the spec's x-problem-kinds, from which codegen
 * writes generated/contract.ts (what the server sends and the client and checker expect). It is
 * also shown to readers in the spec's info.description and in docs/server.md, and stated
 * independently in the tests' expectations (test/fixtures/server-kit.ts). They must agree row
 * for row: type, status, errorCode, and where given the title.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { load } from "js-yaml";
import { PROBLEM_KINDS } from "../../generated/contract";
import { ERROR_TABLE, ROOT } from "../fixtures/server-kit";

interface Row {
  kind: string;
  status: number;
  errorCode: number | undefined;
  title?: string;
}

const ROW =
  /^\|\s*(\d{3})\s*\|\s*(\d*|\(none\))\s*\|\s*`urn:flexjob-contract:problem:([a-z-]+)`\s*\|(?:\s*([^|]+?)\s*\|)?/;

/** The rows of every markdown table whose third cell is a problem type. */
function tableRows(markdown: string, withTitle: boolean): Row[] {
  return markdown.split("\n").flatMap((line): Row[] => {
    const match = ROW.exec(line.trim());
    if (!match) return [];
    const [, status, code, kind, title] = match;
    const errorCode = code === "" || code === "(none)" ? undefined : Number(code);
    return [{ kind: kind!, status: Number(status), errorCode, ...(withTitle ? { title: title! } : {}) }];
  });
}

function serverRows(withTitle: boolean): Row[] {
  return Object.entries(PROBLEM_KINDS).map(([kind, row]): Row => ({
    kind,
    status: row.status,
    errorCode: row.errorCode ?? undefined,
    ...(withTitle ? { title: row.title } : {}),
  }));
}

const byKind = (rows: Row[]): Row[] => [...rows].sort((a, b) => a.kind.localeCompare(b.kind));

describe("the error table", () => {
  it("in the generated contract has the spec's x-problem-kinds, each type named after its kind", () => {
    const spec = load(readFileSync(path.join(ROOT, "spec", "flexjob.yaml"), "utf8")) as {
      "x-problem-kinds": Record<string, { status: number; errorCode?: number; title: string }>;
    };
    const fromSpec = Object.entries(spec["x-problem-kinds"]).map(([kind, row]) => ({
      kind,
      status: row.status,
      errorCode: row.errorCode,
      title: row.title,
    }));
    expect(byKind(fromSpec)).toEqual(byKind(serverRows(true)));
    for (const [kind, row] of Object.entries(PROBLEM_KINDS))
      expect(row.type).toBe(`urn:flexjob-contract:problem:${kind}`);
  });

  it("in the spec's info.description has exactly the server's problem kinds, statuses and codes", () => {
    const spec = load(readFileSync(path.join(ROOT, "spec", "flexjob.yaml"), "utf8")) as {
      info: { description: string };
    };
    const rows = tableRows(spec.info.description, false);
    expect(rows.length).toBeGreaterThan(0);
    expect(byKind(rows)).toEqual(byKind(serverRows(false)));
  });

  it("in docs/server.md has exactly the server's problem kinds, statuses, codes and titles", () => {
    const rows = tableRows(readFileSync(path.join(ROOT, "docs", "server.md"), "utf8"), true);
    expect(byKind(rows)).toEqual(byKind(serverRows(true)));
  });

  it("in the tests' expectations has exactly the server's problem kinds, statuses, codes and titles", () => {
    const rows = Object.entries(ERROR_TABLE).map(([kind, row]) => ({
      kind,
      status: row.status,
      errorCode: "errorCode" in row ? row.errorCode : undefined,
      title: row.title,
    }));
    expect(byKind(rows)).toEqual(byKind(serverRows(true)));
  });
});
