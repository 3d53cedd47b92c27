/**
 * `npm run codegen` writes generated/ from spec/flexjob.yaml (and generated/sandbox-cases.ts from the
 * sandbox's case files); `npm run codegen:check` regenerates in
 * memory and exits 1, naming each stale file and the fix, when the committed files differ or
 * generated/ holds a file codegen does not write. Generated files are output: only this script
 * writes them.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import openapiTS, { astToString, COMMENT_HEADER } from "openapi-typescript";
import { load } from "js-yaml";
import { renderContract } from "./codegen/contract-source";
import { renderSandboxCases, SANDBOX_CASES_DIR } from "./codegen/sandbox-cases-source";
import type { SpecDocument } from "./codegen/spec-document";
import { renderValidators, renderValidatorTypes } from "./codegen/validator-source";

const repoRoot = path.resolve(__dirname, "..");

/** The header of every generated source file. */
const HEADER = `/**
 * This file was generated from spec/flexjob.yaml by \`npm run codegen\`.
 * Do not make direct changes to the file.
 */
`;

interface Output {
  file: string;
  /** What the file is generated from, when not the spec: named when the file is stale. */
  source?: string;
  /** The file's content from the spec's text (and, for the sandbox cases, the files under root). */
  render: (specText: string, root: string) => Promise<string> | string;
}

const parsed = (specText: string): SpecDocument => load(specText) as SpecDocument;

/** Every file under generated/, each a pure function of the spec's text (the sandbox cases: of the case files). */
export const outputs: readonly Output[] = [
  {
    file: "generated/flexjob.d.ts",
    render: async (specText) => COMMENT_HEADER + astToString(await openapiTS(specText)),
  },
  {
    // The spec as JSON: the server's document at run time, the schemas the checker builds requests
    // from, and the fidelity check's input.
    file: "generated/flexjob.openapi.json",
    render: (specText) => `${JSON.stringify(load(specText), null, 2)}\n`,
  },
  { file: "generated/contract.ts", render: (specText) => renderContract(parsed(specText), HEADER) },
  { file: "generated/validators.js", render: (specText) => renderValidators(parsed(specText), HEADER) },
  { file: "generated/validators.d.ts", render: (specText) => renderValidatorTypes(parsed(specText), HEADER) },
  {
    // The sandbox cases for code that reads no files (the MSW handlers); the case files stay the source.
    file: "generated/sandbox-cases.ts",
    source: `${SANDBOX_CASES_DIR}/*.json`,
    render: (_specText, root) => renderSandboxCases(root),
  },
];

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
 * 0 up to date or written, 1 stale.
 */
export async function runCodegen(root: string, check: boolean): Promise<number> {
  const specText = readFileSync(path.join(root, "spec", "flexjob.yaml"), "utf8");
  const stale: Output[] = [];
  for (const output of outputs) {
    const target = path.join(root, output.file);
    const content = await output.render(specText, root);
    if (check) {
      if (readOrEmpty(target) !== content) stale.push(output);
    } else {
      writeFileSync(target, content);
      console.log(`codegen: wrote ${output.file}`);
    }
  }
  const fix = "Run `npm run codegen` and commit the result.";
  const stray = check ? strayFiles(root) : [];
  for (const { file, source = "spec/flexjob.yaml" } of stale)
    console.error(`codegen:check: ${file} is stale against ${source}. ${fix}`);
  for (const file of stray) console.error(`codegen:check: ${file} is not written by \`npm run codegen\`; remove it.`);
  if (stale.length + stray.length > 0) return 1;
  if (check) console.log(`codegen:check: generated/ matches spec/flexjob.yaml`);
  return 0;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== "--check");
  if (unknown.length > 0) {
    console.error(`codegen: unknown argument ${unknown.join(" ")}; the only option is --check`);
    process.exit(2);
  }
  runCodegen(repoRoot, args.includes("--check")).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(
        `codegen: cannot generate from spec/flexjob.yaml: ${err instanceof Error ? err.message : String(err)}`,
      );
      process.exit(2);
    },
  );
}
