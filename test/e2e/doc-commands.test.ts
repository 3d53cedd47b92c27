/**
 * Runs every sh and bash block of README.md and docs/*.md that is not marked
 * `<!-- not run: REASON -->` (test/unit/doc-blocks.test.ts holds every other block to something),
 * as a reader would: with bash -euo pipefail, in order, in a scratch directory that mirrors the
 * checkout by symlinks (so `npm run ...` works there and files a block writes stay there), against
 * one reference server started here (the entry point in its own process, as `npm run dev` runs
 * it). The one substitution is that server's URL for the address the docs give the reference
 * server, `http://127.0.0.1:8080`.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { JournalEntry } from "../../server";
import { startServer, type ServerProcess } from "../fixtures/server-process";
import { ALL_BLOCKS, where, type DocBlock } from "../fixtures/doc-blocks";

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "../..");
const DOCUMENTED_URL = "http://127.0.0.1:8080";
const CHECKER = /flexjob-contract-check|check:contract/;
const RUN = ALL_BLOCKS.filter((block) => ["sh", "bash"].includes(block.lang) && block.notRun === undefined);

let server: ServerProcess;
let url: string;
let adminUrl: string;
let scratch: string;

beforeAll(async () => {
  server = startServer(["--port", "0", "--admin-port", "0", "--log-level", "warn"]);
  url = (await server.line((line) => typeof line.url === "string")).url as string;
  adminUrl = (await server.line((line) => typeof line.adminUrl === "string")).adminUrl as string;
  scratch = mkdtempSync(path.join(tmpdir(), "flexjob-doc-commands-"));
  for (const entry of readdirSync(ROOT).filter((name) => !name.startsWith(".")))
    symlinkSync(path.join(ROOT, entry), path.join(scratch, entry));
});
afterAll(async () => {
  server?.child.kill("SIGTERM");
  await server?.exited;
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function runBash(code: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile("bash", ["-euo", "pipefail", "-c", code], { cwd: scratch, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) || 1 : 0, output: `${stdout}${stderr}` }),
    );
  });
}

async function journal(): Promise<JournalEntry[]> {
  const response = await fetch(`${adminUrl}/requests`);
  return ((await response.json()) as { requests: JournalEntry[] }).requests;
}

describe("the sh blocks of README.md and docs/", () => {
  it("include some that are run", () => {
    expect(RUN.length).toBeGreaterThan(0);
  });

  it.each(RUN.map((block): [string, DocBlock] => [where(block), block]))("%s runs", async (_, block) => {
    await fetch(`${adminUrl}/reset`, { method: "POST" });
    const result = await runBash(block.code.replaceAll(DOCUMENTED_URL, url));
    if (result.code !== 0) throw new Error(`${where(block)} exited ${result.code}:\n${result.output}`);
    if (!block.code.includes(DOCUMENTED_URL)) return;
    const requests = await journal();
    expect(requests.filter((request) => request.operationId !== null).length).toBeGreaterThan(0);
    // curl exits 0 on any answer, so a wrong path would pass unseen: every request must reach an
    // operation. The checker sends wrong paths and methods on purpose and judges the answers itself.
    if (!CHECKER.test(block.code)) expect(requests.filter((request) => request.operationId === null)).toEqual([]);
  });
});
