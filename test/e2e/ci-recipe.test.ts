/**
 * The CI recipe of docs/packages.md, run verbatim with `bash -e` in this checkout (where
 * node_modules/.bin/flexjob-reference-server is the built package's bin, as in a project that
 * installed it): it starts the server, waits for it, runs `npm test` (here a stand-in on PATH
 * that calls the server and exits with the status the test chooses) and, whether the tests pass
 * or fail, leaves no server process behind.
 */
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, processesWithPort, refused } from "../fixtures/ports";

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, "..", "..");
const MARKER = "<!-- ci-recipe: run verbatim by test/e2e/ci-recipe.test.ts -->";

/** The shell block right after the marker. */
function recipe(): string {
  const doc = readFileSync(path.join(ROOT, "docs", "packages.md"), "utf8");
  const block = /^```sh\n([\s\S]*?)^```$/m.exec(doc.slice(doc.indexOf(MARKER)));
  if (!doc.includes(MARKER) || !block) throw new Error(`docs/packages.md lost its marked CI recipe (${MARKER})`);
  return block[1]!;
}

/** Runs the recipe; the stand-in `npm` checks the server answers, then exits with testsExit. */
async function runRecipe(testsExit: number): Promise<{ code: number | null; output: string; port: number }> {
  const port = await freePort();
  const bin = mkdtempSync(path.join(os.tmpdir(), "flexjob-ci-recipe-"));
  writeFileSync(
    path.join(bin, "npm"),
    `#!/bin/sh\nnode -e "fetch(process.env.FLEXJOB_URL + '/openapi.json').then((r) => console.log('npm', process.argv[1], r.status))" "$1"\nexit ${testsExit}\n`,
  );
  chmodSync(path.join(bin, "npm"), 0o755);
  try {
    const child = spawn("bash", ["-e", "-c", recipe()], {
      cwd: ROOT,
      env: { PATH: `${bin}:${process.env.PATH}`, PORT: String(port) },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    // "exit", not "close": a server left behind would hold the output pipes open.
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    return { code, output, port };
  } finally {
    rmSync(bin, { recursive: true, force: true });
  }
}

describe("the CI recipe of docs/packages.md", () => {
  it.each([
    ["pass", 0],
    ["fail", 1],
  ])("when the tests %s, exits with their status and leaves no server process behind", async (_name, testsExit) => {
    const { code, output, port } = await runRecipe(testsExit);
    const left = processesWithPort(port);
    left.forEach(({ pid }) => process.kill(pid, "SIGKILL"));
    expect(left).toEqual([]);
    expect({ code, ran: output.includes("npm test 200") }).toEqual({ code: testsExit, ran: true });
    expect(await refused(port)).toBe(true);
  });
});
