/**
 * Runs every sh and bash block of README.md and docs/*.md that is not marked
 * `<!-- not run: REASON -->` (test/unit/doc-blocks.test.ts holds every other block to something),
 * as a reader would: with bash -euo pipefail, in order, in a scratch directory that mirrors the
 * checkout by symlinks (so `npm run ...` works there and files a block writes stay there), against
 * one reference server started here. The one substitution is that server's URL for the address the
 * docs give the reference server, `http://127.0.0.1:8080`.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startReferenceServer, type JournalEntry, type ReferenceServerWithAdmin } from "../../server";
import { ALL_BLOCKS, where, type DocBlock } from "../fixtures/doc-blocks";

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "../..");
const DOCUMENTED_URL = "http://127.0.0.1:8080";
const RUN = ALL_BLOCKS.filter((block) => ["sh", "bash"].includes(block.lang) && block.notRun === undefined);

let server: ReferenceServerWithAdmin;
let scratch: string;

beforeAll(async () => {
  server = await startReferenceServer({ port: 0, adminPort: 0 });
  scratch = mkdtempSync(path.join(tmpdir(), "flexjob-doc-commands-"));
  for (const entry of readdirSync(ROOT).filter((name) => !name.startsWith(".")))
    symlinkSync(path.join(ROOT, entry), path.join(scratch, entry));
});
afterAll(async () => {
  await server?.close();
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
  const response = await fetch(`${server.adminUrl}/requests`);
  return ((await response.json()) as { requests: JournalEntry[] }).requests;
}

describe("the sh blocks of README.md and docs/", () => {
  it("include some that are run", () => {
    expect(RUN.length).toBeGreaterThan(0);
  });

  it.each(RUN.map((block): [string, DocBlock] => [where(block), block]))("%s runs", async (_, block) => {
    await fetch(`${server.adminUrl}/reset`, { method: "POST" });
    const result = await runBash(block.code.replaceAll(DOCUMENTED_URL, server.url));
    if (result.code !== 0) throw new Error(`${where(block)} exited ${result.code}:\n${result.output}`);
    if (!block.code.includes(DOCUMENTED_URL)) return;
    // A block that calls the server reaches an operation each time (a wrong path would still exit 0).
    const requests = await journal();
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((request) => request.operationId === null)).toEqual([]);
  });
});
