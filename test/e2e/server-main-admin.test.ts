/**
 * The entry point with --admin-port and --cors (bin/flexjob-reference-server.js in a child
 * process): both listeners start and log their URLs, the admin listener drives the service, and
 * SIGTERM drops a connection a hang fault holds at once, but lets a delayed answer finish.
 */
import { randomUUID } from "node:crypto";
import { adminOf, callOf } from "../fixtures/admin-kit";
import { startServer, type ServerProcess } from "../fixtures/server-process";

jest.setTimeout(60_000);

let server: ServerProcess;
let url: string;
let adminUrl: string;

beforeAll(async () => {
  server = startServer(["--port", "0", "--admin-port", "0"], { FLEXJOB_CORS: "http://localhost:5173" });
  adminUrl = String((await server.line((l) => typeof l.adminUrl === "string")).adminUrl);
  url = String((await server.line((l) => l.msg === `listening on ${String(l.url)}`)).url);
});

afterAll(() => {
  if (server.child.exitCode === null) server.child.kill("SIGKILL");
});

describe("flexjob-reference-server --admin-port 0 (FLEXJOB_CORS set)", () => {
  it("serves the admin listener on another port of the same host", () => {
    expect(new URL(adminUrl).hostname).toBe("127.0.0.1");
    expect(new URL(adminUrl).port).not.toBe(new URL(url).port);
  });

  it("applies a fault put through the admin listener, and answers preflights for the listed origin", async () => {
    expect((await adminOf(adminUrl)("POST", "/faults", { response: { status: 502 }, times: 1 })).status).toBe(201);
    expect((await callOf(url)("IsAliveAsync")).status).toBe(502);
    const preflight = await fetch(`${url}/Flexjob/IsAlive`, {
      method: "OPTIONS",
      headers: { origin: "http://localhost:5173", "access-control-request-method": "POST" },
    });
    expect([preflight.status, preflight.headers.get("access-control-allow-origin")]).toEqual([
      204,
      "http://localhost:5173",
    ]);
  });
});

describe("flexjob-reference-server --admin-port 0 on SIGTERM", () => {
  let stopping: ServerProcess;
  let service: string;
  let admin: string;
  beforeEach(async () => {
    stopping = startServer(["--port", "0", "--admin-port", "0", "--log-level", "info"]);
    admin = String((await stopping.line((l) => typeof l.adminUrl === "string")).adminUrl);
    service = String((await stopping.line((l) => typeof l.url === "string")).url);
  });
  afterEach(() => {
    if (stopping.child.exitCode === null) stopping.child.kill("SIGKILL");
  });

  const isAlive = (at: string) =>
    fetch(`${at}/Flexjob/IsAlive`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-requestId": randomUUID() },
      body: "{}",
    }).then(
      (response) => response.status,
      (error: unknown) => error,
    );

  it("drops a connection a hang fault holds without waiting for it, says so, and exits 0", async () => {
    await adminOf(admin)("POST", "/faults", { response: { connection: "hang" }, times: 1000 });
    const hanging = isAlive(service);
    await untilFaultMet(admin);
    stopping.child.kill("SIGTERM");
    expect(await stopping.exited).toBe(0);
    expect(await hanging).toMatchObject({ name: "TypeError" });
    expect(await stopping.line((l) => l.msg === "stopped")).toMatchObject({ result: "drained", hangsDropped: 1 });
  });

  it("cuts off a request still delayed when --shutdown-grace ends, says so, and exits 1", async () => {
    stopping.child.kill("SIGKILL");
    stopping = startServer(["--port", "0", "--admin-port", "0", "--shutdown-grace", "1"]);
    admin = String((await stopping.line((l) => typeof l.adminUrl === "string")).adminUrl);
    service = String((await stopping.line((l) => typeof l.url === "string")).url);
    await adminOf(admin)("POST", "/faults", { response: { delayMs: 10_000 }, times: 1000 });
    const delayed = isAlive(service);
    await untilFaultMet(admin);
    stopping.child.kill("SIGTERM");
    expect(await delayed).toMatchObject({ name: "TypeError" });
    expect(await stopping.exited).toBe(1);
    expect(await stopping.line((l) => l.msg === "stopped")).toMatchObject({ result: "cut off" });
  });

  it("lets a request a delayMs fault holds finish with its answer, then exits 0", async () => {
    await adminOf(admin)("POST", "/faults", { response: { delayMs: 1500 }, times: 1000 });
    const delayed = isAlive(service);
    await untilFaultMet(admin);
    stopping.child.kill("SIGTERM");
    expect(await delayed).toBe(200);
    expect(await stopping.exited).toBe(0);
    expect(await stopping.line((l) => l.msg === "stopped")).toMatchObject({ result: "drained" });
  });
});

/** Until a request has met the fault (its count went down from 1000). */
async function untilFaultMet(admin: string): Promise<void> {
  for (;;) {
    const [fault] = (await adminOf(admin)("GET", "/faults")).body.faults as { remaining: number }[];
    if (fault?.remaining === 999) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
