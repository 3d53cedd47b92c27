/** The settings of proxy mode (`--upstream URL`): the upstream, its mutual TLS, and recording. */
import { UPSTREAM_PASSPHRASE_ENV, type ServerConfig } from "./server-config";
import type { Setting } from "./setting";
import { bool, duration } from "./text-values";

const file = (t: string): string | undefined => (t.trim() === "" ? undefined : t);
const FILE_RULE = "must be a file path";

export function proxySettings(): Setting<keyof ServerConfig>[] {
  return [
    {
      key: "upstreamUrl",
      flag: "upstream",
      env: "FLEXJOB_UPSTREAM",
      what: "proxy mode: forward each request the contract accepts to this service and relay its answer, checked against the contract (docs/proxy.md)",
      rule: "must be an http:// or https:// URL",
      parse: (t) => (/^https?:$/.test(URL.canParse(t) ? new URL(t).protocol : "") ? t : undefined),
    },
    {
      key: "upstreamCert",
      flag: "upstream-cert",
      env: "FLEXJOB_UPSTREAM_CERT",
      what: "the proxy's client certificate towards the upstream (PEM), with --upstream-key",
      rule: FILE_RULE,
      parse: file,
    },
    {
      key: "upstreamKey",
      flag: "upstream-key",
      env: "FLEXJOB_UPSTREAM_KEY",
      what: `the PEM key of --upstream-cert (passphrase: $${UPSTREAM_PASSPHRASE_ENV})`,
      rule: FILE_RULE,
      parse: file,
    },
    {
      key: "upstreamPfx",
      flag: "upstream-pfx",
      env: "FLEXJOB_UPSTREAM_PFX",
      what: `the proxy's client certificate and key as PKCS#12 instead (passphrase: $${UPSTREAM_PASSPHRASE_ENV})`,
      rule: FILE_RULE,
      parse: file,
    },
    {
      key: "upstreamCa",
      flag: "upstream-ca",
      env: "FLEXJOB_UPSTREAM_CA",
      what: "the CAs the upstream's certificate must chain to (PEM); default Node's",
      rule: FILE_RULE,
      parse: file,
    },
    {
      key: "upstreamTimeoutMs",
      flag: "upstream-timeout",
      env: "FLEXJOB_UPSTREAM_TIMEOUT",
      what: "how long the upstream may take to answer in full (504 after it)",
      rule: "must be a positive duration: 30s, 2m or whole seconds",
      shownDefault: "30s",
      parse: duration,
    },
    {
      key: "upstreamForwardInvalid",
      flag: "upstream-forward-invalid",
      env: "FLEXJOB_UPSTREAM_FORWARD_INVALID",
      boolean: true,
      what: "forward a request the contract refuses too, and only report it (default: answer it with the sandbox's Problem)",
      rule: "must be true or false",
      parse: bool,
    },
    {
      key: "recordDir",
      flag: "record",
      env: "FLEXJOB_RECORD",
      what: "write each upstream case (200) to this directory as a case file for --fixtures, personal data replaced",
      rule: "must be a directory path",
      parse: file,
    },
    {
      key: "recordForce",
      flag: "force",
      env: "FLEXJOB_RECORD_FORCE",
      boolean: true,
      what: "let --record overwrite an existing case file",
      rule: "must be true or false",
      parse: bool,
    },
  ];
}
