/**
 * The one ajv setup for the spec's OpenAPI 3.0 schemas on the Node side (the server's case files,
 * the contract checker, the tests): every violation reported, full format checks (30 February is
 * no date-time; ajv-formats also knows OpenAPI's int32 and double), and strict mode kept on, with
 * OpenAPI's annotation keywords declared rather than unknown keywords ignored. The client has its
 * own, browser-safe setup over the JSON copy of the spec.
 */
import Ajv from "ajv";
import addFormats from "ajv-formats";

/** Keywords an OpenAPI 3.0 schema may carry that JSON Schema lacks; annotations only. */
const OPENAPI_ANNOTATIONS = ["example", "xml", "externalDocs"];

export function createSpecAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv, { mode: "full" });
  ajv.addVocabulary(OPENAPI_ANNOTATIONS);
  return ajv;
}

/** The id under which `addSpecComponents` registers the spec's component schemas. */
export const SPEC_COMPONENTS_ID = "urn:flexjob-contract:spec-components";

/**
 * Registers `components.schemas` so that `{ $ref: componentRef("AdresseDto") }` compiles, the
 * components' own `#/components/schemas/...` refs resolving within the registered document.
 */
export function addSpecComponents(ajv: Ajv, components: { schemas: Record<string, unknown> }): Ajv {
  ajv.addVocabulary(["components"]);
  ajv.addSchema({ $id: SPEC_COMPONENTS_ID, components: structuredClone(components) });
  return ajv;
}

export function componentRef(name: string): string {
  return `${SPEC_COMPONENTS_ID}#/components/schemas/${name}`;
}
