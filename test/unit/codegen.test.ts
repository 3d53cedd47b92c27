import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const repo = path.resolve(__dirname, "../..");

/**
 * Runs scripts/codegen.ts on another root in a child process: openapi-typescript loads ESM
 * dependencies through require(), which Node supports and jest's module runtime does not.
 */
function runCodegen(root: string, check: boolean): { code: number | null; stderr: string } {
  const script = `require(${JSON.stringify(path.join(repo, "scripts/codegen.ts"))})
    .runCodegen(${JSON.stringify(root)}, ${check}).then((code) => process.exit(code))`;
  const run = spawnSync(process.execPath, ["--require", "tsx/cjs", "-e", script], { cwd: repo, encoding: "utf8" });
  return { code: run.status, stderr: run.stderr };
}

describe("codegen --check", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "flexjob-codegen-"));
    cpSync(path.join(repo, "spec"), path.join(dir, "spec"), { recursive: true });
    cpSync(path.join(repo, "generated"), path.join(dir, "generated"), { recursive: true });
    cpSync(path.join(repo, "server", "sandbox", "cases"), path.join(dir, "server", "sandbox", "cases"), {
      recursive: true,
    });
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("passes when generated/ matches the spec", () => {
    expect(runCodegen(dir, true).code).toBe(0);
  });

  it("fails, naming the stale files and the fix, when the spec changed", () => {
    const spec = path.join(dir, "spec", "flexjob.yaml");
    writeFileSync(spec, readFileSync(spec, "utf8").replace("maxLength: 4000", "maxLength: 4001"));
    const result = runCodegen(dir, true);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/generated\/flexjob\.openapi\.json is stale .*Run `npm run codegen`/);
  });

  it("fails when a generated file was edited by hand", () => {
    const types = path.join(dir, "generated", "flexjob.d.ts");
    writeFileSync(types, readFileSync(types, "utf8").replace("vitasCaseId: string;", "vitasCaseId: number;"));
    const result = runCodegen(dir, true);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/generated\/flexjob\.d\.ts is stale/);
  });

  it.each(["flexjob.d.ts", "flexjob.openapi.json", "contract.ts", "validators.js", "validators.d.ts"])(
    "fails naming generated/%s when it alone was edited, and names the fix",
    (name) => {
      const file = path.join(dir, "generated", name);
      writeFileSync(file, `${readFileSync(file, "utf8")}\n`);
      const result = runCodegen(dir, true);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split("\n")).toEqual([
        `codegen:check: generated/${name} is stale against spec/flexjob.yaml. Run \`npm run codegen\` and commit the result.`,
      ]);
    },
  );

  it("fails naming generated/sandbox-cases.ts and the case files when a sandbox case changed", () => {
    const file = path.join(dir, "server", "sandbox", "cases", "case-1-offer.json");
    writeFileSync(file, readFileSync(file, "utf8").replace("Plejecentret Solhøj", "Plejecentret Solhøj II"));
    const result = runCodegen(dir, true);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      "codegen:check: generated/sandbox-cases.ts is stale against server/sandbox/cases/*.json. Run `npm run codegen` and commit the result.",
    ]);
  });

  it("fails when generated/ holds a file codegen does not write", () => {
    writeFileSync(path.join(dir, "generated", "problems.ts"), "export const edited = true;\n");
    const result = runCodegen(dir, true);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/generated\/problems\.ts is not written by `npm run codegen`/);
  });

  it("fails naming the contract when a row of the spec's error table changes", () => {
    const spec = path.join(dir, "spec", "flexjob.yaml");
    writeFileSync(spec, readFileSync(spec, "utf8").replace("title: Request id already used", "title: Replayed"));
    const result = runCodegen(dir, true);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/generated\/contract\.ts is stale .*Run `npm run codegen`/);
  });

  it("stops, naming the rule, when the error table's codes and FlexjobErrorCode disagree", () => {
    const spec = path.join(dir, "spec", "flexjob.yaml");
    writeFileSync(spec, readFileSync(spec, "utf8").replace("errorCode: 4575, title", "errorCode: 4576, title"));
    const result = runCodegen(dir, true);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/x-problem-kinds and FlexjobErrorCode's enum disagree on 4576, 4575/);
  });

  it("stops when a schema carries a keyword JSON Schema does not know (strict mode stays on)", () => {
    const spec = path.join(dir, "spec", "flexjob.yaml");
    writeFileSync(
      spec,
      readFileSync(spec, "utf8").replace("maxLength: 4000", "maxLength: 4000\n          nullabel: true"),
    );
    const result = runCodegen(dir, true);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/unknown keyword: "nullabel"/);
  });

  it("rewrites stale files so that the check passes again", () => {
    writeFileSync(path.join(dir, "generated", "flexjob.d.ts"), "// edited\n");
    expect(runCodegen(dir, false).code).toBe(0);
    expect(runCodegen(dir, true).code).toBe(0);
    expect(readFileSync(path.join(dir, "generated", "flexjob.d.ts"), "utf8")).toBe(
      readFileSync(path.join(repo, "generated", "flexjob.d.ts"), "utf8"),
    );
  });
});
