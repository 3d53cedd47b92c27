/**
 * The GitHub Actions workflow of docs/github-actions.md, its `run` steps run as GitHub's runner
 * runs them: in order, each with `bash --noprofile --norc -eo pipefail`, the job's environment
 * (the ports replaced by free ones) and what earlier steps wrote to $GITHUB_ENV, a step after a
 * failure only when it says `if: always()`. The project is an integrator's: the packed tarballs in
 * vendor/, recorded in package.json and its lockfile, an `npm test` that calls the sandbox, a
 * baseline of known failures. The `uses` steps are GitHub's own and are not run.
 */
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { load } from "js-yaml";
import { baselineText } from "../../checker/baseline";
import { GITHUB_WORKFLOW_MARK } from "../fixtures/doc-blocks";
import { packedPackages } from "../fixtures/packed-packages";
import { freePort, processesWithPort, refused } from "../fixtures/ports";

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, "..", "..");
const MARKER = GITHUB_WORKFLOW_MARK;

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Workflow {
  env?: Record<string, string>;
  jobs: Record<string, { env?: Record<string, string>; steps: Step[] }>;
}

/** The yaml block right after the marker. */
function workflow(): Workflow {
  const doc = readFileSync(path.join(ROOT, "docs", "github-actions.md"), "utf8");
  const block = /^```yaml\n([\s\S]*?)^```$/m.exec(doc.slice(doc.indexOf(MARKER)));
  if (!doc.includes(MARKER) || !block) throw new Error(`docs/github-actions.md lost its marked workflow (${MARKER})`);
  return load(block[1]!) as Workflow;
}

const NPM_TEST = `fetch(process.env.FLEXJOB_URL + "/Flexjob/IsAlive", {
  method: "POST",
  headers: { "x-requestId": crypto.randomUUID(), "content-type": "application/json" },
  body: "{}",
}).then(
  (r) => {
    console.log("integration tests: IsAlive", r.status, "admin", process.env.FLEXJOB_ADMIN_URL ? "given" : "missing");
    process.exit(r.ok && process.env.INTEGRATION_TESTS !== "fail" ? 0 : 1);
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
`;

/** An integrator's project: the tarballs in vendor/, package.json and its lockfile, a test, a baseline. */
async function integratorProject(): Promise<string> {
  const tarballs = await packedPackages();
  const project = mkdtempSync(path.join(os.tmpdir(), "flexjob-workflow-"));
  mkdirSync(path.join(project, "vendor"));
  const devDependencies: Record<string, string> = {};
  for (const name of ["flexjob-reference-server", "flexjob-contract-check"] as const) {
    const file = path.basename(tarballs[name]);
    copyFileSync(tarballs[name], path.join(project, "vendor", file));
    devDependencies[name] = `file:vendor/${file}`;
  }
  const manifest = {
    name: "integration",
    private: true,
    scripts: { test: "node integration.test.js" },
    devDependencies,
  };
  writeFileSync(path.join(project, "package.json"), JSON.stringify(manifest, null, 2));
  writeFileSync(path.join(project, "integration.test.js"), NPM_TEST);
  writeFileSync(path.join(project, "flexjob-baseline.json"), baselineText([]));
  execFileSync("npm", ["install", "--package-lock-only", "--prefer-offline", "--no-audit", "--no-fund"], {
    cwd: project,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return project;
}

interface StepRun {
  name: string;
  outcome: "success" | "failure" | "skipped" | "done";
}

function bash(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], { cwd, env });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    // "close": a step whose background process kept the output open would never end, as on GitHub.
    child.once("close", (code) => resolve({ code, output }));
  });
}

/** Lines NAME=value that steps appended to $GITHUB_ENV. */
function githubEnv(file: string): Record<string, string> {
  if (!existsSync(file)) return {};
  return Object.fromEntries(
    readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => line.includes("="))
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
}

/**
 * Runs the job's `run` steps in the project; returns each step's outcome and the output. Steps
 * before `from` are taken as done already (the project installed by an earlier run), "done".
 */
async function runJob(project: string, ports: Record<string, string>, extraEnv: Record<string, string>, from?: string) {
  const { env: workflowEnv, jobs } = workflow();
  const [job] = Object.values(jobs);
  const temp = mkdtempSync(path.join(os.tmpdir(), "flexjob-runner-"));
  const envFile = path.join(temp, "github-env");
  const { FORCE_COLOR: _force, NO_COLOR: _none, ...inherited } = process.env;
  const steps: StepRun[] = [];
  let failed = false;
  let output = "";
  let reached = from === undefined;
  for (const step of job!.steps) {
    const name = step.name ?? step.uses ?? "(unnamed)";
    reached ||= name === from;
    if (!reached) {
      steps.push({ name, outcome: step.run === undefined ? "skipped" : "done" });
      continue;
    }
    if (step.if !== undefined && step.if !== "always()") throw new Error(`${name}: this test runs no if: ${step.if}`);
    if (step.run === undefined || (failed && step.if !== "always()")) {
      steps.push({ name, outcome: "skipped" });
      continue;
    }
    const env = {
      ...inherited,
      CI: "true",
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: project,
      GITHUB_ENV: envFile,
      RUNNER_TEMP: temp,
      ...workflowEnv,
      ...job!.env,
      ...ports,
      ...step.env,
      ...githubEnv(envFile),
      ...extraEnv,
    };
    const result = await bash(step.run, project, env);
    output += `== ${name}\n${result.output}`;
    failed ||= result.code !== 0;
    steps.push({ name, outcome: result.code === 0 ? "success" : "failure" });
  }
  rmSync(temp, { recursive: true, force: true });
  return { steps, output };
}

describe("the GitHub Actions workflow of docs/github-actions.md", () => {
  let project: string;

  beforeAll(async () => {
    project = await integratorProject();
  }, 180_000);
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  async function run(testsPass: boolean, from?: string) {
    const [port, adminPort] = await Promise.all([freePort(), freePort()]);
    const ports = { PORT: String(port), FLEXJOB_ADMIN_PORT: String(adminPort) };
    rmSync(path.join(project, "reports"), { recursive: true, force: true });
    const result = await runJob(project, ports, testsPass ? {} : { INTEGRATION_TESTS: "fail" }, from);
    const left = processesWithPort(port);
    left.forEach(({ pid }) => process.kill(pid, "SIGKILL"));
    return { ...result, left, refused: await refused(port), adminRefused: await refused(adminPort) };
  }

  it("with tests that pass: installs, starts the sandbox, passes the tests and the checker, writes the reports, stops the server", async () => {
    const { steps, output, left, refused: stopped, adminRefused } = await run(true);
    expect({ steps, left, stopped, adminRefused }).toEqual({
      steps: [
        { name: "actions/checkout@v4", outcome: "skipped" },
        { name: "actions/setup-node@v4", outcome: "skipped" },
        { name: "Install, the flexjob tarballs of vendor/ included", outcome: "success" },
        { name: "Start the reference server", outcome: "success" },
        { name: "Integration tests", outcome: "success" },
        { name: "Contract checker", outcome: "success" },
        { name: "Stop the reference server", outcome: "success" },
        { name: "actions/upload-artifact@v4", outcome: "skipped" },
      ],
      left: [],
      stopped: true,
      adminRefused: true,
    });
    expect(output).toContain("integration tests: IsAlive 200 admin given");
    expect(output).toContain("baseline flexjob-baseline.json: 0 known failures still fail, 0 fixed, 0 new");
    expect(output).toContain("25 of 25 documented outcomes reached (100%), --min-coverage 100 met");
    expect(readFileSync(path.join(project, "reports", "flexjob-contract.xml"), "utf8")).toMatch(
      /<testsuite name="flexjob-contract-check" tests="\d+" failures="0"/,
    );
    expect(JSON.parse(readFileSync(path.join(project, "reports", "flexjob-failures.har"), "utf8"))).toMatchObject({
      log: { version: "1.2", entries: [] },
    });
  });

  it("with tests that fail: the job fails, the checker does not run, and the server is stopped all the same", async () => {
    // Installed by the run above: npm ci again would take its 10 s for nothing this test looks at.
    const { steps, left, refused: stopped } = await run(false, "Start the reference server");
    expect({ steps: steps.map((s) => `${s.name}: ${s.outcome}`), left, stopped }).toEqual({
      steps: [
        "actions/checkout@v4: skipped",
        "actions/setup-node@v4: skipped",
        "Install, the flexjob tarballs of vendor/ included: done",
        "Start the reference server: success",
        "Integration tests: failure",
        "Contract checker: skipped",
        "Stop the reference server: success",
        "actions/upload-artifact@v4: skipped",
      ],
      left: [],
      stopped: true,
    });
    expect(existsSync(path.join(project, "reports"))).toBe(false);
  });
});
