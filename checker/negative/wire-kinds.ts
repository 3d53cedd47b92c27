/**
 * Kinds of invalid requests on the wire, around a valid body: text that is not JSON, a content
 * type other than application/json, a body over the 1 MB limit (valid JSON, padded with spaces).
 */
import * as fc from "fast-check";
import { MAX_BODY_BYTES } from "../../generated/contract";
import { prescribed } from "../prescribed";
import { JSON_TYPE, type NegativeCase, type NegativeKind } from "./negative-case";

/** The spec's body limit (x-max-body-bytes). */
export const BODY_LIMIT_BYTES = MAX_BODY_BYTES;

const JUNK = ["{", "}", "[", "]", ",", ":", "'", '"', "x", "\\"] as const;

const WRONG_CONTENT_TYPES = [
  "text/plain",
  "text/html",
  "text/csv",
  "application/xml",
  "application/x-www-form-urlencoded",
  "application/octet-stream",
  "multipart/form-data; boundary=flexjob",
] as const;

export function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function notJson(text: string): fc.Arbitrary<{ how: string; text: string }> {
  const end = text.length;
  // Cross-shrinking lets a failure shrink to the simplest kind: the body cut after one character.
  return fc.oneof(
    { withCrossShrink: true },
    fc
      .nat({ max: end - 2 })
      .map((n) => ({ how: `cut after ${n + 1} character${n === 0 ? "" : "s"}`, text: text.slice(0, n + 1) })),
    fc.tuple(fc.nat({ max: end }), fc.constantFrom(...JUNK)).map(([at, c]) => ({
      how: `${JSON.stringify(c)} inserted at ${at}`,
      text: text.slice(0, at) + c + text.slice(at),
    })),
    fc.constant({ how: "a trailing comma", text: `${text.slice(0, -1)},}` }),
    fc.constant({ how: "single quotes", text: text.replace(/"/g, "'") }),
    fc.constant({ how: "two bodies", text: text + text }),
  );
}

const malformedJson: NegativeKind = {
  id: "malformed-json",
  title: "malformed JSON",
  ...prescribed("invalid-request"),
  arbitrary: ({ body }) =>
    notJson(JSON.stringify(body))
      .filter(({ text }) => text.trim() !== "" && !parses(text))
      .map(({ how, text }): NegativeCase => ({
        description: `not JSON: ${how}`,
        payload: { contentType: JSON_TYPE, text },
      })),
};

const wrongContentType: NegativeKind = {
  id: "wrong-content-type",
  title: "wrong content type",
  ...prescribed("unsupported-media-type"),
  arbitrary: ({ body }) =>
    fc.constantFrom(...WRONG_CONTENT_TYPES).map((contentType) => ({
      description: `a valid body sent as ${contentType}`,
      payload: { contentType, text: JSON.stringify(body) },
    })),
};

const oversizedBody: NegativeKind = {
  id: "oversized-body",
  title: "oversized body",
  ...prescribed("payload-too-large"),
  maxRuns: 5,
  arbitrary: ({ body }) => {
    const text = JSON.stringify(body);
    return fc.nat({ max: 256 * 1024 }).map((extra) => {
      const padding = BODY_LIMIT_BYTES + 1 + extra - Buffer.byteLength(text);
      return {
        description: `a valid body padded to ${BODY_LIMIT_BYTES + 1 + extra} bytes (limit ${BODY_LIMIT_BYTES})`,
        payload: { contentType: JSON_TYPE, text, padding },
      };
    });
  },
};

export const WIRE_KINDS: readonly NegativeKind[] = [malformedJson, wrongContentType, oversizedBody];
