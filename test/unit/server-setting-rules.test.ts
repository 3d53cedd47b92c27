/**
 * A setting the command line shares with createApp or the server's limits has one rule: given the
 * same value, createApp's option (or the limit) and the setting's environment variable (read as
 * the flag is) are both accepted, with the same value, or both refused, stating the same rule.
 */
import { resolveAppOptions } from "../../server/sandbox/app-options";
import { ConfigError } from "../../server/pipeline/config-error";
import { parseConfig, SETTINGS } from "../../server/config";
import { resolveServerLimits } from "../../server/transport/server-limits";
import { APP_RULES, SETTING_RULES, type RuledSetting } from "../../server/config/setting-rules";

/** createApp's option, or the server's limit, as a program gives it. */
function resolveGiven(key: RuledSetting, value: unknown): Record<string, unknown> {
  return key in APP_RULES ? { ...resolveAppOptions({ [key]: value }) } : { ...resolveServerLimits({ [key]: value }) };
}

function errorOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.message;
  }
}

const envOf = (key: RuledSetting): string => SETTINGS.find((s) => s.key === key)!.env;

describe("the settings createApp and the command line share", () => {
  it("are every setting with a rule but maxInFlight, which has no flag", () => {
    const ruled = (Object.keys(SETTING_RULES) as RuledSetting[]).filter((key) => key !== "maxInFlight");
    expect(ruled.filter((key) => !SETTINGS.some((s) => s.key === key))).toEqual([]);
  });

  describe.each([
    { key: "maxRequestIds", text: "1", value: 1, ok: true },
    { key: "maxRequestIds", text: "16777216", value: 2 ** 24, ok: true },
    { key: "maxRequestIds", text: "16777217", value: 2 ** 24 + 1, ok: false },
    { key: "maxRequestIds", text: "0", value: 0, ok: false },
    { key: "maxRequestIds", text: "1.5", value: 1.5, ok: false },
    { key: "unknownGrantStatus", text: "-2147483648", value: -(2 ** 31), ok: true },
    { key: "unknownGrantStatus", text: "2147483648", value: 2 ** 31, ok: false },
    { key: "auth", text: "off", value: "off", ok: true },
    { key: "auth", text: "cert", value: "cert", ok: false },
    { key: "cors", text: "https://app.example", value: ["https://app.example"], ok: true },
    { key: "cors", text: "*", value: "*", ok: true },
    { key: "cors", text: "localhost:5173", value: ["localhost:5173"], ok: false },
    { key: "sandbox", text: "false", value: false, ok: true },
    { key: "validateResponses", text: "true", value: true, ok: true },
    { key: "retentionMs", text: "2s", value: 2000, ok: true },
    { key: "maxConnections", text: "1000000", value: 1_000_000, ok: true },
    { key: "maxConnections", text: "1000001", value: 1_000_001, ok: false },
    { key: "maxConnections", text: "0", value: 0, ok: false },
    { key: "keepAliveTimeoutMs", text: "3s", value: 3000, ok: true },
  ] as const)("$key: $text and $value", ({ key, text, value, ok }) => {
    const env = envOf(key);
    const fromEnv = () => parseConfig([], { [env]: text });
    const fromApp = () => resolveGiven(key, value);

    it(ok ? "are both accepted, as the same value" : "are both refused, stating the same rule", () => {
      if (ok) {
        const parsed = fromEnv();
        expect(parsed.print === undefined && parsed.config[key]).toEqual(value);
        expect(fromApp()[key]).toEqual(value);
      } else {
        const { rule } = SETTING_RULES[key];
        expect(errorOf(fromEnv)).toBe(`${env} ${rule}; got ${JSON.stringify(text)}`);
        expect(errorOf(fromApp)).toBe(`${key} ${rule}; got ${JSON.stringify(value)}`);
      }
    });
  });

  it.each([
    { key: "retentionMs", text: "0s", value: 0 },
    { key: "retentionMs", text: "104249991375d", value: 104_249_991_375 * 86_400_000 },
    { key: "sandbox", text: "maybe", value: "maybe" },
    { key: "sendTimeoutMs", text: "0s", value: 0 },
    { key: "headersTimeoutMs", text: "1.5s", value: 1.5 },
  ] as const)("refuse $key $text and $value alike", ({ key, text, value }) => {
    expect(errorOf(() => parseConfig([], { [envOf(key)]: text }))).toMatch(/^[A-Z_]+ must be /);
    expect(errorOf(() => resolveGiven(key, value))).toBe(
      `${key} ${SETTING_RULES[key].rule}; got ${JSON.stringify(value)}`,
    );
  });
});
