/**
 * `npm run fidelity [-- PAGE]`: compares spec/flexjob.yaml (as codegen's JSON copy in generated/)
 * with STAR's documentation page (default: the copy in spec/source/) and prints every difference. Exit 0 when they agree, 1 when
 * they differ, 2 when a file cannot be read. Run it against a new page when STAR publishes one.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import specJson from "../generated/flexjob.openapi.json";
import { parseDocPage } from "./fidelity/doc-page";
import { compareSpecToPage } from "./fidelity/compare-spec";
import type { OpenApiDocument } from "./fidelity/compare";

const root = path.resolve(__dirname, "..");
export const DEFAULT_PAGE = path.join(root, "spec", "source", "Virksomhedsordning.FlexjobService-v1-2025-1.txt");
/** The spec, from generated/ (run `npm run codegen` after editing spec/flexjob.yaml). */
export const SPEC_DOCUMENT = specJson as unknown as OpenApiDocument;

function read(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (err) {
    console.error(`fidelity: cannot read ${file}: ${(err as Error).message}`);
    process.exit(2);
  }
}

if (require.main === module) {
  const page = path.resolve(process.argv[2] ?? DEFAULT_PAGE);
  const result = compareSpecToPage(SPEC_DOCUMENT, parseDocPage(read(page)));
  for (const line of result.mismatches) console.log(`  ${line}`);
  console.log(
    `fidelity: compared ${result.compared} documented elements of ${path.relative(process.cwd(), page)}: ` +
      (result.mismatches.length === 0 ? "the spec agrees" : `${result.mismatches.length} differences`),
  );
  process.exit(result.mismatches.length === 0 ? 0 : 1);
}
