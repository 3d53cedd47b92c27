/**
 * A request as a curl command that replays it against the same base URL. A fresh x-requestId is
 * made by node at replay time (the server remembers every id it has seen), unless the request id
 * itself is what is being checked.
 */
import { FORMAT_PATTERNS } from "../generated/contract";
import type { OutgoingRequest } from "./http";

/** A shell word that expands to a fresh uuid. */
export const FRESH_ID = `$(node -e 'console.log(crypto.randomUUID())')`;

export interface CurlOptions {
  /** Spaces sent before the body (the oversized bodies). */
  padding?: number;
  /** The shell word for the x-requestId; default: FRESH_ID for a uuid, else the id itself. */
  requestIdWord?: string;
}

export function curlCommand(baseUrl: string, request: OutgoingRequest, options: CurlOptions = {}): string {
  const parts = ["curl -i", `-X ${request.method}`, shellQuote(baseUrl + request.path)];
  if (request.contentType !== undefined) parts.push(`-H ${shellQuote(`content-type: ${request.contentType}`)}`);
  parts.push(...requestIdHeader(request.requestId, options.requestIdWord));
  if (request.body === undefined) return parts.join(" ");
  if (!options.padding) return [...parts, `--data-binary ${shellQuote(request.body)}`].join(" ");
  const body = request.body.slice(options.padding);
  return `{ printf '%*s' ${options.padding} ''; printf '%s' ${shellQuote(body)}; } | ${parts.join(" ")} --data-binary @-`;
}

function requestIdHeader(id: string | undefined, word: string | undefined): string[] {
  if (id === undefined) return [];
  // curl sends a header with an empty value only in the "name;" form.
  if (id === "") return [`-H 'x-requestId;'`];
  if (word !== undefined) return [`-H "x-requestId: ${word}"`];
  return [FORMAT_PATTERNS.uuid.test(id) ? `-H "x-requestId: ${FRESH_ID}"` : `-H ${shellQuote(`x-requestId: ${id}`)}`];
}

/** One shell word: '...' for printable text, $'...' with escapes when it holds control characters. */
export function shellQuote(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[\x00-\x1f\x7f]/.test(text)) return `'${text.replace(/'/g, `'\\''`)}'`;
  const escaped = [...text]
    .map((c) => {
      const code = c.charCodeAt(0);
      if (c === "\\" || c === "'") return `\\${c}`;
      return code < 0x20 || code === 0x7f ? `\\x${code.toString(16).padStart(2, "0")}` : c;
    })
    .join("");
  return `$'${escaped}'`;
}
