/**
 * Step 3 up to parsing, as the reference server reads a body (its requireJsonBody step, then
 * express.json, that is body-parser): none 400, not application/json 415, a charset other than
 * UTF-8/16/32 415, over 1 MB 413, not well-formed JSON 400 with the parser's own message.
 */
import { MAX_BODY_BYTES } from "../generated/contract";
import { malformedJson, missingBody, payloadTooLarge, problem, unsupportedMediaType } from "../core";

type Outcome = { status: number; body: unknown };

export async function readBody(request: Request, requestId: string): Promise<{ body: unknown } | { refused: Outcome }> {
  const bytes = request.body === null ? new Uint8Array() : new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength === 0) return { refused: missingBody(requestId) };
  const contentType = request.headers.get("content-type") ?? undefined;
  const [mediaType = "", ...parameters] = (contentType ?? "").split(";");
  if (mediaType.trim().toLowerCase() !== "application/json")
    return { refused: unsupportedMediaType(contentType, requestId) };
  const charset = parameters
    .map((parameter) => /^\s*charset\s*=\s*"?([^";]*)"?\s*$/i.exec(parameter)?.[1])
    .find((value) => value !== undefined);
  // body-parser decodes UTF-8, -16 and -32 only; this reads UTF-8 (what browsers send).
  if (charset !== undefined && !charset.toLowerCase().startsWith("utf-")) {
    const detail = `The body must be application/json (unsupported charset "${charset.toUpperCase()}").`;
    return { refused: problem("unsupported-media-type", detail, { requestId }) };
  }
  if (bytes.byteLength > MAX_BODY_BYTES) return { refused: payloadTooLarge(requestId) };
  const text = new TextDecoder("utf-8").decode(bytes);
  // body-parser reads an empty text (a byte order mark alone) as {}.
  if (text.length === 0) return { body: {} };
  try {
    return { body: JSON.parse(text) as unknown };
  } catch (error) {
    return { refused: malformedJson((error as Error).message, requestId) };
  }
}
