/** A generated invalid request and the kinds of invalidity, each with what the contract prescribes for it. */
import type * as fc from "fast-check";
import type { Site } from "./sites";

export interface Payload {
  contentType: string;
  text: string;
  /** Spaces sent before `text` (oversized bodies stay printable as a short command). */
  padding?: number;
}

export interface NegativeCase {
  /** What is wrong, e.g. "/activeOrganisationHeader/organisationCode: 21 characters (maxLength 20)". */
  description: string;
  payload: Payload;
}

/** What a kind of invalidity is generated from. */
export interface KindInput {
  /** A valid body with every optional element present. */
  body: unknown;
  sites: readonly Site[];
  /** True when `value`, sent as JSON, breaks the request schema (the oracle every case must pass). */
  breaksSchema: (value: unknown) => boolean;
}

export interface NegativeKind {
  id: string;
  /** Names the check: "negative <operationId> <title>". */
  title: string;
  /** The status the spec's error table prescribes, and its errorCode. */
  status: number;
  errorCode?: number;
  /** A bound on the runs (each oversized case sends over 1 MB). */
  maxRuns?: number;
  /** The generator, or undefined when the operation's schema gives nothing to break this way. */
  arbitrary(input: KindInput): fc.Arbitrary<NegativeCase> | undefined;
}

export const JSON_TYPE = "application/json";

export function bodyText(payload: Payload): string {
  return " ".repeat(payload.padding ?? 0) + payload.text;
}

export function jsonCase(description: string, value: unknown): NegativeCase {
  return { description, payload: { contentType: JSON_TYPE, text: JSON.stringify(value) } };
}

/** A value shown in a description, cut short. */
export function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
