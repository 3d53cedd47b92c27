/**
 * The entry point as users run it (server/main.ts in a child process): the start-up line, exit
 * code 2 with a clear message for bad configuration or case files, and a graceful shutdown that
 * finishes the request in flight. The bin without a build says so in one line.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { FIXTURES_DIR, PACKAGE_VERSION, ROOT } from "../fixtures/server-kit";
import { runServer, startServer, type ServerProcess } from "../fixtures/server-process";

jest.setTimeout(60_000);

describe("flexjob-reference-server", () => {
  describe("with --help", () => {
    it("prints the usage and exits 0", async () => {
      const { code, stdout } = await runServer(["--help"]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: flexjob-reference-server \[options\]/);
    });
  });

  describe("with --version", () => {
    it("prints the package's version and exits 0", async () => {
      await expect(runServer(["--version"])).resolves.toEqual({
        code: 0,
        stdout: `${PACKAGE_VERSION}\n`,
        stderr: "",
      });
    });
  });

  describe.each([
    {
      args: ["--port", "eighty"],
      env: {},
      message: '--port must be a whole number from 0 to 65535 (0: any free port); got "eighty"',
    },
    {
      args: [],
      env: { FLEXJOB_AUTH: "certificates" },
      message: 'FLEXJOB_AUTH must be "header", "certificate" or "off"; got "certificates"',
    },
    {
      args: ["--auth", "certificate", "--tls-cert", "server.crt", "--tls-key", "server.key"],
      env: {},
      message:
        "--auth certificate needs --tls-ca: the caller is read from a client certificate the handshake has verified",
    },
    {
      args: ["--tls-cert", "missing/server.crt", "--tls-key", "missing/server.key"],
      env: {},
      message: "--tls-cert missing/server.crt cannot be read: ENOENT",
    },
    {
      args: ["--retention", "forever"],
      env: {},
      message: '--retention must be a positive duration: 7d, 12h, 30m, 45s or whole seconds; got "forever"',
    },
    { args: ["--verbose"], env: {}, message: "Unknown option '--verbose'" },
  ])("with $args $env", ({ args, env, message }) => {
    it("exits 2 stating the rule and the value", async () => {
      const { code, stderr } = await runServer(args, env);
      expect(code).toBe(2);
      expect(stderr).toContain(`flexjob-reference-server: ${message}`);
    });
  });

  describe("with --fixtures naming a directory with a bad case file", () => {
    it("exits 2 naming the file, the JSON pointer and the broken rule", async () => {
      const dir = path.join(FIXTURES_DIR, "bad-cases", "schema-violation");
      const { code, stderr } = await runServer(["--fixtures", dir, "--port", "0"]);
      expect(code).toBe(2);
      expect(stderr).toContain(path.join(dir, "case-8-offer.json"));
      expect(stderr).toContain(
        'at /flexjobRequestResponseType/flexjobOffer/preferedStartDate: must match format "date-time" (format at #/components/schemas/FlexjobOfferType/properties/preferedStartDate)',
      );
    });
  });

  describe("started on port 0", () => {
    let server: ServerProcess;
    let url: string;

    beforeEach(async () => {
      server = startServer(["--port", "0", "--log-level", "debug"]);
      const started = await server.line((l) => typeof l.url === "string");
      url = started.url as string;
    });

    afterEach(() => {
      if (server.child.exitCode === null) server.child.kill("SIGKILL");
    });

    it("logs one start-up line with its URL and an ISO time, and answers on it", async () => {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const started = await server.line((l) => typeof l.url === "string");
      expect(started.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      const res = await fetch(`${url}/Flexjob/IsAlive`, {
        method: "POST",
        headers: { "x-requestId": "start-1", "content-type": "application/json" },
        body: "{}",
      });
      expect(res.status).toBe(200);
    });

    it.each(["SIGTERM", "SIGINT"] as const)(
      "on %s refuses new connections, finishes the request in flight and exits 0",
      async (signal) => {
        const { port, hostname } = new URL(url);
        // A request whose body is held back: in flight until the rest of the body is sent.
        const req = http.request({
          host: hostname,
          port,
          method: "POST",
          path: "/Flexjob/IsAlive",
          headers: { "x-requestId": "in-flight-1", "content-type": "application/json", "content-length": 2 },
        });
        const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
          req.on("response", (res) => {
            let body = "";
            res
              .setEncoding("utf8")
              .on("data", (c: string) => (body += c))
              .on("end", () => resolve({ status: res.statusCode ?? 0, body }));
          });
          req.on("error", reject);
        });
        req.write("{");
        await server.line((l) => l.msg === "request received" && l.requestId === "in-flight-1");

        server.child.kill(signal);
        await server.line((l) => typeof l.msg === "string" && l.msg.startsWith("shutting down"));
        await expect(
          fetch(`${url}/Flexjob/IsAlive`, { method: "POST", headers: { "x-requestId": "late-1" }, body: "{}" }),
        ).rejects.toThrow();
        expect(server.child.exitCode).toBeNull();

        req.end("}");
        expect(await answered).toEqual({
          status: 200,
          body: JSON.stringify({ isAliveResponseType: { isAlive: true } }),
        });
        expect(await server.exited).toBe(0);
        expect(server.stderr()).toBe("");
      },
    );
  });

  describe("bin/flexjob-reference-server.js (compiled JavaScript only)", () => {
    /** The bins in an empty directory, with `dist/server/main.js` as given (none when undefined). */
    function binWith(main: string | undefined): { dir: string; bin: string } {
      const dir = mkdtempSync(path.join(os.tmpdir(), "flexjob-bin-"));
      mkdirSync(path.join(dir, "bin"));
      for (const file of ["flexjob-reference-server.js", "load-built.js"])
        copyFileSync(path.join(ROOT, "bin", file), path.join(dir, "bin", file));
      if (main !== undefined) {
        mkdirSync(path.join(dir, "dist", "server"), { recursive: true });
        writeFileSync(path.join(dir, "dist", "server", "main.js"), main);
      }
      return { dir, bin: path.join(dir, "bin", "flexjob-reference-server.js") };
    }

    it("without a build under dist/, exits 1 with one line naming the missing file and how to build it", () => {
      const { dir, bin } = binWith(undefined);
      try {
        const { status, stdout, stderr } = spawnSync(process.execPath, [bin, "--port", "0"], { encoding: "utf8" });
        expect({ status, stdout, stderr }).toEqual({
          status: 1,
          stdout: "",
          stderr: `flexjob-reference-server: ${path.join(dir, "dist", "server", "main.js")} is missing; build it with \`npm run build\`\n`,
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it("without a dependency the build requires, exits 1 with one line naming it and how to install it", () => {
      const { dir, bin } = binWith('require("express-not-installed");\n');
      try {
        const { status, stdout, stderr } = spawnSync(process.execPath, [bin, "--port", "0"], { encoding: "utf8" });
        expect({ status, stdout, stderr }).toEqual({
          status: 1,
          stdout: "",
          stderr: `flexjob-reference-server: cannot find module 'express-not-installed' (required from ${path.join(dir, "dist", "server", "main.js")}); install the production dependencies (npm ci --omit=dev)\n`,
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe.each(["warn", "silent"])("started on port 0 with --log-level %s", (level) => {
    it("still logs the start-up line with its URL, once", async () => {
      const server = startServer(["--port", "0", "--log-level", level]);
      try {
        const started = await server.line((l) => typeof l.url === "string");
        expect(started).toMatchObject({ msg: `listening on ${String(started.url)}` });
        const res = await fetch(`${String(started.url)}/Flexjob/IsAlive`, {
          method: "POST",
          headers: { "x-requestId": `quiet-${level}`, "content-type": "application/json" },
          body: "{}",
        });
        expect(res.status).toBe(200);
        server.child.kill("SIGTERM");
        expect(await server.exited).toBe(0);
        expect(server.lines()).toEqual([started]);
      } finally {
        if (server.child.exitCode === null) server.child.kill("SIGKILL");
      }
    });
  });

  describe("with --no-sandbox and no --fixtures", () => {
    it("warns that no case is served, then starts", async () => {
      const server = startServer(["--no-sandbox", "--port", "0"]);
      try {
        const warning = await server.line((l) => l.level === 40);
        expect(warning.msg).toMatch(/^no case is served/);
        await server.line((l) => typeof l.url === "string");
      } finally {
        server.child.kill("SIGKILL");
      }
    });
  });

  describe("on a port already in use", () => {
    it("exits 1 naming the address, with a hint", async () => {
      const blocker = http.createServer();
      await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
      const { port } = blocker.address() as { port: number };
      try {
        const { code, stderr } = await runServer(["--port", String(port)]);
        expect(code).toBe(1);
        expect(stderr).toBe(
          `flexjob-reference-server: cannot listen on 127.0.0.1:${port}: EADDRINUSE (the port is taken: choose another with --port or PORT, or --port 0 for any free port)\n`,
        );
      } finally {
        blocker.close();
      }
    });
  });
});
