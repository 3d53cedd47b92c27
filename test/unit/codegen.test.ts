import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createInterface } from "node:readline";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SANDBOX_CASES_DIR } from "../../scripts/codegen/sandbox-cases";

const repo = path.resolve(__dirname, "../..");

/** The codegen command, run on another root by one child process for this file (test/fixtures/codegen-runner.ts). */
let runner: ChildProcessWithoutNullStreams;
let answers: AsyncIterableIterator<string>;
beforeAll(() => {
  runner = spawn(process.execPath, ["--require", "tsx/cjs", path.join(repo, "test", "fixtures", "codegen-runner.ts")], {
    cwd: repo,
  });
  answers = createInterface({ input: runner.stdout })[Symbol.asyncIterator]();
});
afterAll(() => runner.kill());

async function runCodegen(root: string, check: boolean): Promise<{ code: number | null; stderr: string }> {
  runner.stdin.write(`${JSON.stringify({ root, check })}\n`);
  const { value } = await answers.next();
  return JSON.parse(value as string) as { code: number; stderr: string };
}

describe("codegen --check", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "flexjob-codegen-"));
    cpSync(path.join(repo, "spec"), path.join(dir, "spec"), { recursive: true });
    cpSync(path.join(repo, "generated"), path.join(dir, "generated"), { recursive: true });
    cpSync(path.join(repo, SANDBOX_CASES_DIR), path.join(dir, SANDBOX_CASES_DIR), { recursive: true });
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("passes when generated/ matches the spec", async () => {
    expect((await runCodegen(dir, true)).code).toBe(0);
  });

  it("fails, naming the stale files and the fix, when the spec changed", async () => {
    const spec = path.join(dir, "spec", "flexjob.yaml");
    writeFileSync(spec, readFileSync(spec, "utf8").replace("maxLength: 4000", "maxLength: 4001"));
    const result = await runCodegen(dir, true);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/generated\/flexjob\.openapi\.json is stale .*Run `npm run codegen`/);
  });

  it("fails when a generated file was edited by hand", async () => {
    const types = path.join(dir, "generated", "flexjob.d.ts");
    writeFileSync(types, readFileSync(types, "utf8").replace("vitasCaseId: string;", "vitasCaseId: number;"));
    const result = await runCodegen(dir, true);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/generated\/flexjob\.d\.ts is stale/);
  });

  it.each(["flexjob.d.ts", "flexjob.openapi.json", "contract.ts", "validators.js", "validators.d.ts"])(
    "fails naming generated/%s when it alone was edited, and names the fix",
    async (name) => {
      const file = path.join(dir, "generated", name);
      writeFileSync(file, `${readFileSync(file, "utf8")}\n`);
      const result = await runCodegen(dir, true);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split("\n")).toEqual([
        `codegen:check: generated/${name} is stale against spec/flexjob.yaml and ${SANDBOX_CASES_DIR}/. Run \`npm run codegen\` and commit the result.`,
      ]);
    },
  );

  it("fails naming generated/sandbox-cases.ts and the case files when a sandbox case changed", async () => {
    const file = path.join(dir, SANDBOX_CASES_DIR, "case-1-offer.json");
    writeFileSync(file, readFileSync(file, "utf8").replace("Plejecentret Solhøj", "Plejecentret Solhøj II"));
    const result = await runCodegen(dir, true);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "codegen:check: generated/sandbox-cases.ts is stale against server/sandbox/cases/*.json. Run `npm run codegen` and commit the result.",
    );
  });

  it("fails when generated/ holds a file codegen does not write", async () => {
    writeFileSync(path.join(dir, "generated", "problems.ts"), "export const edited = true;\n");
    const result = await runCodegen(dir, true);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/generated\/problems\.ts is not written by `npm run codegen`/);
  });

  it("fails naming the contract when a row of the spec's error table changes (and its example with it)", async () => {
    const spec = path.join(dir, "spec", "flexjob.yaml");
    writeFileSync(spec, readFileSync(spec, "utf8").replaceAll("title: Request id already used", "title: Replayed"));
    const result = await runCodegen(dir, true);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/generated\/contract\.ts is stale .*Run `npm run codegen`/);
  });

  it("stops, naming the rule, when the error table's codes and FlexjobErrorCode disagree", async () => {
    const spec = path.join(dir, "spec", "flexjob.yaml");
    writeFileSync(spec, readFileSync(spec, "utf8").replace("errorCode: 4575, title", "errorCode: 4576, title"));
    const result = await runCodegen(dir, true);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/x-problem-kinds and FlexjobErrorCode's enum disagree on 4576, 4575/);
  });

  it("stops when a schema carries a keyword JSON Schema does not know (strict mode stays on)", async () => {
    const spec = path.join(dir, "spec", "flexjob.yaml");
    writeFileSync(
      spec,
      readFileSync(spec, "utf8").replace("maxLength: 4000", "maxLength: 4000\n          nullabel: true"),
    );
    const result = await runCodegen(dir, true);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/unknown keyword: "nullabel"/);
  });

  it("rewrites stale files so that the check passes again", async () => {
    writeFileSync(path.join(dir, "generated", "flexjob.d.ts"), "// edited\n");
    expect((await runCodegen(dir, false)).code).toBe(0);
    expect((await runCodegen(dir, true)).code).toBe(0);
    expect(readFileSync(path.join(dir, "generated", "flexjob.d.ts"), "utf8")).toBe(
      readFileSync(path.join(repo, "generated", "flexjob.d.ts"), "utf8"),
    );
  });
});

describe("codegen and the spec's examples", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "flexjob-codegen-"));
    for (const part of ["spec", "generated", SANDBOX_CASES_DIR])
      cpSync(path.join(repo, part), path.join(dir, part), { recursive: true });
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const edit = (file: string, change: (text: string) => string): void =>
    writeFileSync(path.join(dir, file), change(readFileSync(path.join(dir, file), "utf8")));

  it("stop codegen (exit 2, nothing written), naming the case file, the pointer and the rule, when a sandbox case breaks its schema", async () => {
    edit(`${SANDBOX_CASES_DIR}/case-2-offer.json`, (text) =>
      text.replace(/"companyName": "[^"]*"/, '"companyName": 5'),
    );
    const result = await runCodegen(dir, false);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([
      "codegen: the example at #/paths/~1Flexjob~1GetFlexjob/post/responses/200/content/application~1json/examples/case-2-offer (server/sandbox/cases/case-2-offer.json) breaks FlexjobOfferResponse: /flexjobRequestResponseType/company/companyName [type at #/components/schemas/CompanyType/properties/companyName] must be string",
    ]);
    expect(readFileSync(path.join(dir, "generated", "flexjob.openapi.json"), "utf8")).toBe(
      readFileSync(path.join(repo, "generated", "flexjob.openapi.json"), "utf8"),
    );
  });

  it("stop naming each example of the spec that breaks its schema or its row of the error table", async () => {
    edit("spec/flexjob.yaml", (text) =>
      text
        .replace(
          "isAliveResponseType:\n                  isAlive: true",
          "isAliveResponseType:\n                  isAlive: 1",
        )
        .replace("status 'Ukendt'.\n            errorCode: 80003", "status 'Ukendt'.\n            errorCode: 80002"),
    );
    const result = await runCodegen(dir, true);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([
      "codegen: the example at #/paths/~1Flexjob~1IsAlive/post/responses/200/content/application~1json/example breaks IsAliveResponse: /isAliveResponseType/isAlive [type at #/components/schemas/IsAliveResponseType/properties/isAlive] must be boolean",
      "codegen: the example at #/components/responses/GrantStatusUnknown/content/application~1problem+json/example has errorCode 80002, but its x-problem-kind grant-status-unknown gives 80003",
    ]);
  });

  it("stop, saying where to repoint, when the sandbox folder holds no case file", async () => {
    rmSync(path.join(dir, SANDBOX_CASES_DIR), { recursive: true });
    mkdirSync(path.join(dir, SANDBOX_CASES_DIR));
    const result = await runCodegen(dir, true);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      `codegen: ${SANDBOX_CASES_DIR} holds no sandbox case (*.json); if they moved, repoint SANDBOX_CASES_DIR`,
    );
  });

  it("fail the check, naming the spec's JSON copy, when a sandbox case changed since the last codegen", async () => {
    edit(`${SANDBOX_CASES_DIR}/case-1-offer.json`, (text) =>
      text.replace("Plejecentret Solhøj", "Plejecentret Solbakken"),
    );
    const result = await runCodegen(dir, true);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /generated\/flexjob\.openapi\.json is stale against spec\/flexjob\.yaml and server\/sandbox\//,
    );
  });
});
