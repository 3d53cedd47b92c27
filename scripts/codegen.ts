/**
 * `npm run codegen` writes generated/ from spec/flexjob.yaml; `npm run codegen:check` regenerates in
 * memory and exits 1, naming the fix, when the committed files differ. Generated files are output:
 * only this script writes them.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import openapiTS, { astToString, COMMENT_HEADER } from "openapi-typescript";
import { load } from "js-yaml";

const repoRoot = path.resolve(__dirname, "..");

interface Output {
  file: string;
  render: (specText: string) => Promise<string>;
}

/** Every file under generated/, each a pure function of the spec's text. */
export const outputs: readonly Output[] = [
  {
    file: "generated/flexjob.d.ts",
    render: async (specText) => COMMENT_HEADER + astToString(await openapiTS(specText)),
  },
  {
    // The spec as JSON, for code that cannot read YAML at run time (the client in a browser).
    file: "generated/flexjob.openapi.json",
    render: async (specText) => `${JSON.stringify(load(specText), null, 2)}\n`,
  },
];

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/**
 * Writes (or, with check, compares) every output for the spec under root. Returns the exit code:
 * 0 up to date or written, 1 stale.
 */
export async function runCodegen(root: string, check: boolean): Promise<number> {
  const specText = readFileSync(path.join(root, "spec", "flexjob.yaml"), "utf8");
  const stale: string[] = [];
  for (const output of outputs) {
    const target = path.join(root, output.file);
    const content = await output.render(specText);
    if (check) {
      if (readOrEmpty(target) !== content) stale.push(output.file);
    } else {
      writeFileSync(target, content);
      console.log(`codegen: wrote ${output.file}`);
    }
  }
  if (stale.length > 0) {
    console.error(
      `codegen:check: ${stale.join(", ")} ${stale.length === 1 ? "is" : "are"} stale against spec/flexjob.yaml. ` +
        "Run `npm run codegen` and commit the result.",
    );
    return 1;
  }
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
