/**
 * The spec's examples, for /docs and other OpenAPI tools: the sandbox cases shown as the examples
 * of their operation's 200 body (added to the spec's JSON copy, so the case files stay their one
 * source), beside the examples the spec itself gives (a Problem per documented error status,
 * IsAlive's answer). Every one of them is held to its schema, and a Problem to its row of the
 * error table: a broken example stops codegen and codegen:check, naming it and the rule.
 */
import type { OperationRow } from "./operation-row";
import type { SandboxCase } from "./sandbox-cases";
import { resolveResponse, type ExampleObject, type SpecDocument } from "./spec-document";

/** The sandbox cases as examples added to a copy of the document, and the file each came from. */
export interface WithExamples {
  document: SpecDocument;
  files: Map<ExampleObject, string>;
}

export function withSandboxExamples(
  source: SpecDocument,
  cases: readonly SandboxCase[],
  rows: readonly OperationRow[],
): WithExamples {
  const document = structuredClone(source);
  const files = new Map<ExampleObject, string>();
  for (const { file, body } of cases) {
    const wrapper = Object.keys(body as object)[0] ?? "";
    const row = rows.find((r) => r.case?.responseWrapper === wrapper);
    if (row === undefined)
      throw new ExampleError([`${file}: its wrapper ${JSON.stringify(wrapper)} is no operation's 200 body`]);
    const ok = resolveResponse(document, document.paths[row.path]![row.method.toLowerCase()]!.responses!["200"]!);
    const media = ok.content!["application/json"]!;
    if (media.example !== undefined)
      throw new ExampleError([
        `${row.operationId} 200 gives an example in the spec; its examples are the sandbox cases`,
      ]);
    const id = (body as Record<string, { caseElementIdentifier?: unknown }>)[wrapper]?.caseElementIdentifier;
    const example: ExampleObject = {
      summary: `Sandbox case ${String(id)}`,
      description: `The body the reference server keeps for this case (${file}).`,
      value: body,
    };
    media.examples = { ...media.examples, [stem(file)]: example };
    files.set(example, file);
  }
  return { document, files };
}

/** "server/sandbox/case-1-offer.json" → "case-1-offer". */
function stem(file: string): string {
  return file.slice(file.lastIndexOf("/") + 1).replace(/\.json$/, "");
}

/** Examples that break their schema or their row of the error table. */
export class ExampleError extends Error {
  override readonly name = "ExampleError";
  constructor(readonly problems: readonly string[]) {
    super(problems.join("\n"));
  }
}
