/** The --help text, from the settings and their defaults. */
import { CONFIG_DEFAULTS, TLS_PASSPHRASE_ENV } from "./server-config";
import { SETTINGS } from "./settings";

/** The --help text, from SETTINGS and CONFIG_DEFAULTS. */
export function usage(): string {
  const blocks = SETTINGS.map((s) => {
    const fallback = s.shownDefault ?? String(CONFIG_DEFAULTS[s.key] ?? "none");
    // A boolean's rule is its environment variable's: the flag itself takes no value.
    if (s.boolean) return line(`--${s.flag}`, `${s.env}=true|false, default ${fallback}`, `${s.what}; takes no value`);
    return line(`--${s.flag} <value>`, `${s.env}, default ${fallback}`, `${s.what}; ${s.rule}`);
  });
  return [
    "Usage: flexjob-reference-server [options]",
    "       flexjob-reference-server init-stub DIR [--tarballs DIR] [--force]",
    "",
    "Serves STAR's Virksomhedsordning.FlexjobService (spec/flexjob.yaml) from validated sandbox cases.",
    "A flag wins over its environment variable. A bad value exits with code 2.",
    "init-stub writes a TypeScript project implementing the service on this package's pipeline into DIR,",
    "answering 404 / 80002 for every case until you fill in its handlers (init-stub --help).",
    "",
    ...blocks,
    line(TLS_PASSPHRASE_ENV, "(environment only)", "the passphrase of --tls-key or --tls-pfx"),
    line("-h, --help", "", "this text"),
    line("--version", "", "the version"),
    "",
  ].join("\n");
}

function line(flag: string, env: string, what: string): string {
  return `  ${flag.padEnd(32)}${env}`.trimEnd() + `\n      ${what}`;
}
