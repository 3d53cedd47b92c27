/** One setting of the command line: its flag, its environment variable, its rule and its parser. */
import type { ServerConfig } from "./server-config";

export interface Setting<K extends keyof ServerConfig> {
  key: K;
  flag: string;
  env: string;
  /** Flags without a value: present means true. */
  boolean?: true;
  /** What the setting does, for --help. */
  what: string;
  rule: string;
  /** The default as --help shows it, when not the value itself. */
  shownDefault?: string;
  parse: (text: string) => ServerConfig[K] | undefined;
}
