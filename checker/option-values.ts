/**
 * The rules of the options' values: each turns a flag's text into its value or throws a
 * UsageError stating the flag, the rule and the value.
 */
import { isCaseElementIdentifier } from "../generated/contract";
import { CHECK_GROUPS, type CheckGroup } from "./check-groups";
import { UsageError } from "./usage-error";

export function baseUrl(value: string): string {
  return httpUrl("--base-url", value);
}

export function httpUrl(flag: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${flag} must be an absolute http(s) URL; got ${JSON.stringify(value)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UsageError(`${flag} must be an http or https URL; got ${JSON.stringify(value)}`);
  }
  if (url.search || url.hash)
    throw new UsageError(`${flag} must not carry a query or fragment; got ${JSON.stringify(value)}`);
  return url.href.replace(/\/+$/, "");
}

export function organisation(value: string): string {
  if (value.length < 1 || value.length > 20) {
    throw new UsageError(`--organisation must be 1 to 20 characters (organisationCode); got ${JSON.stringify(value)}`);
  }
  return value;
}

export function caseId(value: string, flag: string): string {
  if (!isCaseElementIdentifier(value)) throw new UsageError(`${flag} must be a uuid; got ${JSON.stringify(value)}`);
  return value;
}

/** A case id, or "none" for a check the user leaves out. */
export function optionalCaseId(value: string, flag: string): string | undefined {
  if (value === "none") return undefined;
  if (!isCaseElementIdentifier(value))
    throw new UsageError(`${flag} must be a uuid or none; got ${JSON.stringify(value)}`);
  return value;
}

/** Check groups from comma-separated lists (the flag may be repeated); an unknown one lists the groups. */
export function groupList(texts: readonly string[], flag: string): CheckGroup[] {
  const names = texts.flatMap((text) => text.split(",")).map((name) => name.trim());
  const known = CHECK_GROUPS as readonly string[];
  const unknown = names.filter((name) => !known.includes(name));
  if (names.length === 0 || unknown.length > 0) {
    const got = unknown.length > 0 ? unknown.map((n) => JSON.stringify(n)).join(", ") : '""';
    throw new UsageError(`${flag} takes check groups, comma-separated, from ${CHECK_GROUPS.join(", ")}; got ${got}`);
  }
  return CHECK_GROUPS.filter((group) => names.includes(group));
}

export function integer(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}; got ${JSON.stringify(value)}`);
  }
  return n;
}

/** A percentage from 0 to 100, whole or with decimals. */
export function percentage(flag: string, value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || n > 100)
    throw new UsageError(`${flag} must be a percentage from 0 to 100; got ${JSON.stringify(value)}`);
  return n;
}

export function nonEmpty(flag: string, value: string): string {
  if (value.trim() === "") throw new UsageError(`${flag} needs a file name`);
  return value;
}
