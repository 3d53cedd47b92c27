/**
 * init-stub's parts that need no process: its arguments, the stub's name, and the generated
 * package.json and tsconfig.json (test/e2e/init-stub.test.ts installs, builds and checks a stub).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { ConfigError, parseInitStubArgs } from "../../server/config";
import { projectName, STUB_DEV_VERSIONS, stubFiles } from "../../server/stub";

const ROOT = path.resolve(__dirname, "..", "..");

describe("parseInitStubArgs", () => {
  it.each([
    { given: ["stub"], want: { dir: "stub", tarballsDir: undefined, force: false } },
    { given: ["stub", "--tarballs", "packed", "--force"], want: { dir: "stub", tarballsDir: "packed", force: true } },
    { given: ["--force", "stub"], want: { dir: "stub", tarballsDir: undefined, force: true } },
  ])("reads $given", ({ given, want }) => {
    expect(parseInitStubArgs(given)).toEqual({ args: want });
  });

  it.each([["--help"], ["-h"], ["stub", "--help"]])("answers help for %j", (...given) => {
    expect(parseInitStubArgs(given)).toEqual({ print: "help" });
  });

  it.each([
    {
      given: [],
      message: "init-stub needs the directory to write the project to: init-stub DIR [--tarballs DIR] [--force]",
    },
    {
      given: [""],
      message: "init-stub needs the directory to write the project to: init-stub DIR [--tarballs DIR] [--force]",
    },
    { given: ["a", "b"], message: 'init-stub takes one directory; got 2: "a" "b"' },
    {
      given: ["stub", "--tarballs"],
      message: expect.stringMatching(/^init-stub: .*--tarballs.* \(see init-stub --help\)$/),
    },
    { given: ["stub", "--tarballs="], message: "init-stub: --tarballs needs a directory" },
    { given: ["stub", "--port", "1"], message: expect.stringMatching(/^init-stub: Unknown option '--port'/) },
  ])("refuses $given with a ConfigError", ({ given, message }) => {
    expect(() => parseInitStubArgs(given)).toThrow(ConfigError);
    expect(() => parseInitStubArgs(given)).toThrow(expect.objectContaining({ message }));
  });
});

describe("projectName", () => {
  it.each([
    { given: "my-flexjob", want: "my-flexjob" },
    { given: "My Flexjob", want: "my-flexjob" },
    { given: ".hidden", want: "hidden" },
    { given: "øæå", want: "flexjob-stub" },
  ])("names $given's project $want", ({ given, want }) => {
    expect(projectName(given)).toBe(want);
  });
});

describe("the generated files", () => {
  const root = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
    devDependencies: Record<string, string>;
  };
  const manifest = (vendored: boolean) =>
    JSON.parse(stubFiles({ name: "stub", version: "1.2.3", vendored })["package.json"]!) as Record<string, unknown>;

  it("pin TypeScript and @types/node as this repository does", () => {
    expect(STUB_DEV_VERSIONS).toEqual({
      typescript: root.devDependencies.typescript,
      "@types/node": root.devDependencies["@types/node"],
    });
  });

  it("depend on the tarballs in vendor/ when they were copied", () => {
    expect(manifest(true)).toMatchObject({
      dependencies: { "flexjob-reference-server": "file:vendor/flexjob-reference-server-1.2.3.tgz" },
      devDependencies: {
        ...STUB_DEV_VERSIONS,
        "flexjob-contract-check": "file:vendor/flexjob-contract-check-1.2.3.tgz",
      },
    });
  });

  it("name no package npm cannot install when they were not", () => {
    expect({ dependencies: manifest(false).dependencies, devDependencies: manifest(false).devDependencies }).toEqual({
      dependencies: undefined,
      devDependencies: STUB_DEV_VERSIONS,
    });
  });

  it("compile strict, from src/ to dist/, which npm start runs", () => {
    const tsconfig = JSON.parse(stubFiles({ name: "stub", version: "1.2.3", vendored: true })["tsconfig.json"]!);
    expect(tsconfig.compilerOptions).toMatchObject({ strict: true, rootDir: "src", outDir: "dist" });
    expect(manifest(true).scripts).toMatchObject({ start: "node dist/main.js" });
  });
});
