/**
 * Fictitious stand-ins for personal data, the same for the same input within one recording (a
 * proxy run), so that cases sharing a person still do. The originals are held in memory only.
 * - CPR numbers: born on 30 or 31 February, a date no one is born on, so no real person has one;
 *   they keep the original's form (a hyphen or space after the sixth digit, or none);
 * - names: drawn from short lists of common Danish names, numbered past the lists' end;
 * - e-mail addresses: person-N@example.com (a domain reserved for examples, RFC 2606);
 * - phone numbers: +45 0NNNNNNN (no Danish number begins with 0).
 */
import type { PersonalDataKind } from "./personal-data";

const GIVEN = ["Anna", "Mads", "Sofie", "Jonas", "Ida", "Mikkel", "Freja", "Lukas", "Emma", "Oskar"];
const MIDDLE = ["Marie", "Juul", "Skov", "Lund"];
const FAMILY = ["Hansen", "Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen"];

/**
 * A run of ten digits, with or without a hyphen or a space after the sixth, not part of a longer
 * run of digits (the log's rule withholds those too; a recording keeps a case id whole).
 */
export const CPR_RUN = /(?<!\d)\d{6}[- ]?\d{4}(?!\d)/g;

export interface Pseudonyms {
  /** The stand-in for `original` of `kind`. */
  of(kind: PersonalDataKind, original: string): string;
  /** Free text with every CPR-shaped run and every original already replaced elsewhere replaced. */
  inText(text: string): string;
}

export function createPseudonyms(): Pseudonyms {
  const seen = new Map<string, string>();
  const counts = new Map<string, number>();
  const next = (group: string): number => {
    const n = counts.get(group) ?? 0;
    counts.set(group, n + 1);
    return n;
  };
  const fresh = (kind: PersonalDataKind): string => {
    switch (kind) {
      case "cpr":
        return fictitiousCpr(next("cpr"));
      case "given-name":
        return numbered(GIVEN, next(kind));
      case "middle-name":
        return numbered(MIDDLE, next(kind));
      case "family-name":
        return numbered(FAMILY, next(kind));
      case "full-name": {
        const n = next(kind);
        return `${numbered(GIVEN, n)} ${numbered(FAMILY, n)}`;
      }
      case "email":
        return `person-${next(kind) + 1}@example.com`;
      case "phone":
        return `+450${String(next(kind) + 1).padStart(7, "0")}`;
    }
  };
  const of = (kind: PersonalDataKind, original: string): string => {
    if (original === "") return original;
    // CPR numbers compare by their digits: 010190-1234 and 0101901234 are one person.
    const key = kind === "cpr" ? `cpr ${original.replace(/\D/g, "")}` : `${kind} ${original}`;
    let stand = seen.get(key);
    if (stand === undefined) {
      stand = fresh(kind);
      seen.set(key, stand);
    }
    return kind === "cpr" ? withFormOf(original, stand) : stand;
  };
  return {
    of,
    inText(text) {
      let replaced = text.replace(CPR_RUN, (run) => of("cpr", run));
      for (const [key, stand] of seen) {
        const original = key.slice(key.indexOf(" ") + 1);
        if (!key.startsWith("cpr ") && original.length >= 3) replaced = replaced.split(original).join(stand);
      }
      return replaced;
    },
  };
}

function numbered(names: readonly string[], n: number): string {
  const name = names[n % names.length]!;
  const round = Math.floor(n / names.length);
  return round === 0 ? name : `${name}${round + 1}`;
}

/** The n-th fictitious CPR number, as ten digits: 30 or 31 February, any year, any serial. */
function fictitiousCpr(n: number): string {
  const day = 30 + (Math.floor(n / 1_000_000) % 2);
  const year = Math.floor(n / 10_000) % 100;
  const serial = n % 10_000;
  return `${day}02${String(year).padStart(2, "0")}${String(serial).padStart(4, "0")}`;
}

/** `digits` (ten) written the way `original` is: with its hyphen or space after the sixth digit. */
function withFormOf(original: string, digits: string): string {
  const separator = /^\d{6}([- ])\d{4}$/.exec(original)?.[1];
  return separator === undefined ? digits : `${digits.slice(0, 6)}${separator}${digits.slice(6)}`;
}
