/**
 * The PostgreSQL example (docs/examples/postgres/) shows that the pipeline, not an implementation,
 * owns the contract: none of its sources, comments included, mentions an errorCode of the spec's
 * error table, the x-requestId header or its 412, a 4xx or 5xx status literal, or a limit of the
 * contract. Its answers other than 200 come from the outcome helpers. Each rule is shown to catch
 * what it is for, so that a rule that matches nothing cannot pass unnoticed.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { MAX_BODY_BYTES, PROBLEM_KINDS, REQUEST_ID_RULE } from "../../generated/contract";

const DIR = path.join(__dirname, "..", "..", "docs", "examples", "postgres");
const SOURCES = readdirSync(DIR).filter((name) => /\.(ts|sql)$/.test(name));

const ERROR_CODES = Object.values(PROBLEM_KINDS).flatMap(({ errorCode }) => (errorCode === null ? [] : [errorCode]));
const REPLAY_STATUS = PROBLEM_KINDS["replayed-request-id"].status;
const either = (words: readonly (string | number)[]) => new RegExp(`\\b(?:${words.join("|")})\\b`);

const RULES = {
  "an errorCode of the error table": either(ERROR_CODES),
  "the x-requestId header": /x-request-?id/i,
  "the replay status": either([REPLAY_STATUS]),
  "a 4xx or 5xx status literal": /\bstatus(?:Code)?\s*[:=]\s*[45]\d\d\b/,
  "a limit of the contract": either([REQUEST_ID_RULE.maxLength, MAX_BODY_BYTES, "minLength", "maxLength"]),
};

/** Each line of `text` that breaks a rule, as `line N: rule`. */
function breaches(text: string): string[] {
  return text.split("\n").flatMap((line, i) =>
    Object.entries(RULES)
      .filter(([, pattern]) => pattern.test(line))
      .map(([rule]) => `line ${i + 1}: ${rule}`),
  );
}

describe("the PostgreSQL example's sources", () => {
  it("are found: the schema, the loader, the handlers, the app and main", () => {
    expect(SOURCES).toEqual(
      expect.arrayContaining(["schema.sql", "load-cases.ts", "handlers.ts", "app.ts", "main.ts"]),
    );
  });

  it.each(SOURCES)("%s leaves every code, status and limit of the contract to the pipeline", (name) => {
    expect(breaches(readFileSync(path.join(DIR, name), "utf8"))).toEqual([]);
  });
});

describe("the rules", () => {
  it.each([
    { given: "return { status: 404, body: problem };", want: ["line 1: a 4xx or 5xx status literal"] },
    { given: "res.statusCode = 500;", want: ["line 1: a 4xx or 5xx status literal"] },
    ...ERROR_CODES.map((code) => ({ given: `errorCode: ${code},`, want: ["line 1: an errorCode of the error table"] })),
    { given: 'const id = req.get("x-requestId");', want: ["line 1: the x-requestId header"] },
    { given: `if (seen) return ${REPLAY_STATUS};`, want: ["line 1: the replay status"] },
    { given: `id.length <= ${REQUEST_ID_RULE.maxLength}`, want: ["line 1: a limit of the contract"] },
    { given: "return { status: 200 as const, body: found };\nreturn caseNotFound(input);", want: [] },
  ])("find $want in $given", ({ given, want }) => {
    expect(breaches(given)).toEqual(want);
  });
});
