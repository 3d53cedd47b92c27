/**
 * Case files as the server reads them at start-up (--fixtures): only regular files, at most 5 MB,
 * with or without a UTF-8 byte order mark; a file that cannot be read says what failed; and one
 * run names every bad file (exit 2) instead of hanging or stopping at the first.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { caseRequest, newRequestId, PATHS, SANDBOX_DIR } from "../fixtures/server-kit";
import { rawRequest, sendRaw, firstAnswer, startListening, stopServer } from "../fixtures/raw-http";
import { startServer } from "../fixtures/server-process";

jest.setTimeout(30_000);

const CASE_7 = "77777777-7777-4777-8777-777777777777";
const CASE_7_OFFER = path.join(__dirname, "..", "fixtures", "extra-cases", "case-7-offer.json");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "flexjob-cases-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the server on `dir` until it exits, or for at most 10 s (then code is "still running"). */
async function start(): Promise<{ code: number | null | "still running"; stderr: string }> {
  const server = startServer(["--fixtures", dir, "--no-sandbox", "--port", "0"]);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"still running">((resolve) => (timer = setTimeout(() => resolve("still running"), 10_000)));
  const code = await Promise.race([server.exited, late]);
  clearTimeout(timer);
  await stopServer(server);
  return { code, stderr: server.stderr() };
}

describe("flexjob-reference-server --fixtures", () => {
  describe("with a FIFO named *.json", () => {
    it("exits 2 at once naming it as no regular file (instead of waiting for a writer)", async () => {
      execFileSync("mkfifo", [path.join(dir, "pipe.json")]);
      const { code, stderr } = await start();
      expect(code).toBe(2);
      expect(stderr).toContain(
        `cannot serve ${path.join(dir, "pipe.json")}:\n  at /: must be a regular file (it is a FIFO)`,
      );
    });
  });

  describe("with a symlink to /dev/zero", () => {
    it("exits 2 naming it as no regular file (instead of reading without end)", async () => {
      symlinkSync("/dev/zero", path.join(dir, "zero.json"));
      const { code, stderr } = await start();
      expect(code).toBe(2);
      expect(stderr).toContain("zero.json:\n  at /: must be a regular file (it is a character device)");
    });
  });

  describe("with a file over 5 MB", () => {
    it("exits 2 naming the file and the limit", async () => {
      writeFileSync(path.join(dir, "huge.json"), `{"padding": "${"x".repeat(5 * 1024 * 1024)}"}`);
      const { code, stderr } = await start();
      expect(code).toBe(2);
      expect(stderr).toContain("huge.json:\n  at /: must be at most 5 MB (5242880 bytes); it is larger");
    });
  });

  describe("with a dangling symlink", () => {
    it("exits 2 saying the file cannot be read and why, not that it is malformed JSON", async () => {
      symlinkSync(path.join(dir, "nowhere"), path.join(dir, "gone.json"));
      const { code, stderr } = await start();
      expect(code).toBe(2);
      expect(stderr).toContain("gone.json:\n  at /: must be readable (ENOENT: no such file or directory)");
      expect(stderr).not.toContain("well-formed JSON");
    });
  });

  describe("with a case file starting with a UTF-8 byte order mark", () => {
    it("serves it", async () => {
      const text = readFileSync(CASE_7_OFFER, "utf8");
      writeFileSync(path.join(dir, "bom.json"), `\uFEFF${text}`);
      const { server, port } = await startListening(["--fixtures", dir, "--no-sandbox"]);
      try {
        const body = JSON.stringify(caseRequest(CASE_7, "11111114"));
        const headers: [string, string][] = [
          ["x-requestId", newRequestId()],
          ["Content-Type", "application/json"],
        ];
        const answer = firstAnswer(await sendRaw(port, rawRequest("POST", PATHS.GetFlexjob, headers, body)));
        expect(answer.status).toBe(200);
        expect(answer.body).toEqual(JSON.parse(text));
      } finally {
        await stopServer(server);
      }
    });
  });

  describe("with several bad files", () => {
    it("names every one of them in one run", async () => {
      execFileSync("mkfifo", [path.join(dir, "a-pipe.json")]);
      writeFileSync(path.join(dir, "b-malformed.json"), "{");
      writeFileSync(path.join(dir, "c-good.json"), readFileSync(path.join(SANDBOX_DIR, "case-1-offer.json")));
      writeFileSync(path.join(dir, "d-wrapper.json"), "{}");
      const { code, stderr } = await start();
      expect(code).toBe(2);
      for (const name of ["a-pipe.json", "b-malformed.json", "d-wrapper.json"])
        expect(stderr).toContain(`cannot serve ${path.join(dir, name)}:`);
      expect(stderr).not.toContain("c-good.json");
    });
  });
});
