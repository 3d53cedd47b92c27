/**
 * `npm run codegen` writes generated/ from spec/flexjob.yaml and the sandbox case files (which the
 * spec's JSON copy shows as examples, and generated/sandbox-cases.ts holds for code that reads no
 * files); `npm run codegen:check` regenerates in memory and exits 1, naming each stale file and the
 * fix, when the committed files differ or generated/ holds a file codegen does not write. Either
 * stops (exit 2) before writing or comparing anything when an example breaks its schema, naming
 * the example and the rule. Generated files are output: only this script writes them.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import openapiTS, { astToString, COMMENT_HEADER } from "openapi-typescript";
import { load } from "js-yaml";
import { checkErrorCodes, operationRows, renderContract } from "./codegen/contract-source";
import { checkExamples } from "./codegen/example-check";
import { readSandboxCases, SANDBOX_CASES_DIR, SandboxCaseError } from "./codegen/sandbox-cases";
import { renderSandboxCases } from "./codegen/sandbox-cases-source";
import type { SpecDocument } from "./codegen/spec-document";
import { ExampleError, withSandboxExamples } from "./codegen/spec-examples";
import { renderValidators, renderValidatorTypes } from "./codegen/validator-source";

const repoRoot = path.resolve(__dirname, "..");

/** The header of every generated source file. */
const HEADER = `/**
 * This file was generated from spec/flexjob.yaml by \`npm run codegen\`.
 * Do not make direct changes to the file.
 */
`;

/** What generated/ is made from: the spec's text, and the spec with the sandbox cases as examples. */
export interface CodegenInput {
  /** The checkout (or copy) generated/ is written under. */
  root: string;
  specText: string;
  withExamples: SpecDocument;
}

interface Output {
  file: string;
  /** What the file is generated from, when not the spec and the case files: named when the file is stale. */
  source?: string;
  render: (input: CodegenInput) => Promise<string> | string;
}

const parsed = (specText: string): SpecDocument => load(specText) as SpecDocument;

/** Every file under generated/, each a pure function of the spec's text and the sandbox cases. */
export const outputs: readonly Output[] = [
  {
    file: "generated/flexjob.d.ts",
    render: async ({ specText }) => COMMENT_HEADER + astToString(await openapiTS(specText)),
  },
  {
    // The spec as JSON, with the sandbox cases as examples of the 200 bodies: the server's document
    // at run time (/openapi.json, /docs), the schemas the checker builds requests from, and the
    // fidelity check's input.
    file: "generated/flexjob.openapi.json",
    render: ({ withExamples }) => `${JSON.stringify(withExamples, null, 2)}\n`,
  },
  { file: "generated/contract.ts", render: ({ specText }) => renderContract(parsed(specText), HEADER) },
  { file: "generated/validators.js", render: ({ specText }) => renderValidators(parsed(specText), HEADER) },
  { file: "generated/validators.d.ts", render: ({ specText }) => renderValidatorTypes(parsed(specText), HEADER) },
  {
    // The sandbox cases for code that reads no files (the MSW handlers); the case files stay the source.
    file: "generated/sandbox-cases.ts",
    source: `${SANDBOX_CASES_DIR}/*.json`,
    render: ({ root }) => renderSandboxCases(root),
  },
];

/** The spec and the sandbox cases under root, every example checked; throws naming each broken one. */
export function readInput(root: string): CodegenInput {
  const specText = readFileSync(path.join(root, "spec", "flexjob.yaml"), "utf8");
  const document = parsed(specText);
  // The error table first: the examples are held to it.
  checkErrorCodes(document);
  const cases = readSandboxCases(root);
  const { document: withExamples, files } = withSandboxExamples(document, cases, operationRows(document));
  checkExamples(withExamples, files);
  return { root, specText, withExamples };
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/** Files in generated/ that no output writes. */
function strayFiles(root: string): string[] {
  const written = new Set(outputs.map((o) => path.basename(o.file)));
  let names: string[];
  try {
    names = readdirSync(path.join(root, "generated"));
  } catch {
    return [];
  }
  return names.filter((name) => !written.has(name)).map((name) => `generated/${name}`);
}

/**
 * Writes (or, with check, compares) every output for the spec under root. Returns the exit code:
 * 0 up to date or written, 1 stale, 2 an example or a sandbox case file that cannot be used.
 */
export async function runCodegen(root: string, check: boolean): Promise<number> {
  let input: CodegenInput;
  try {
    input = readInput(root);
  } catch (error) {
    if (error instanceof ExampleError) for (const problem of error.problems) console.error(`codegen: ${problem}`);
    else if (error instanceof SandboxCaseError) console.error(`codegen: ${error.message}`);
    else throw error;
    return 2;
  }
  const stale: Output[] = [];
  for (const output of outputs) {
    const target = path.join(root, output.file);
    const content = await output.render(input);
    if (check) {
      if (readOrEmpty(target) !== content) stale.push(output);
    } else {
      writeFileSync(target, content);
      console.log(`codegen: wrote ${output.file}`);
    }
  }
  const fix = "Run `npm run codegen` and commit the result.";
  const sources = `spec/flexjob.yaml and ${SANDBOX_CASES_DIR}/`;
  const stray = check ? strayFiles(root) : [];
  for (const { file, source = sources } of stale)
    console.error(`codegen:check: ${file} is stale against ${source}. ${fix}`);
  for (const file of stray) console.error(`codegen:check: ${file} is not written by \`npm run codegen\`; remove it.`);
  if (stale.length + stray.length > 0) return 1;
  if (check) console.log(`codegen:check: generated/ matches ${sources}`);
  return 0;
}

/** runCodegen as the command runs it: an unexpected failure is one line on stderr and exit code 2. */
export function codegenCommand(root: string, check: boolean): Promise<number> {
  return runCodegen(root, check).catch((err: unknown) => {
    console.error(
      `codegen: cannot generate from spec/flexjob.yaml: ${err instanceof Error ? err.message : String(err)}`,
    );
    return 2;
  });
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== "--check");
  if (unknown.length > 0) {
    console.error(`codegen: unknown argument ${unknown.join(" ")}; the only option is --check`);
    process.exit(2);
  }
  void codegenCommand(repoRoot, args.includes("--check")).then((code) => process.exit(code));
}
