/**
 * The command line's flags in one table (OPTIONS): each flag's value placeholder, help text,
 * default and parser. parseCommand (options.ts) reads the flags by it, and --help (usage-text.ts)
 * is written from it.
 */
import { CASE_FLAGS } from "./case-flags";
import type { Flag } from "./flag";
import { RUN_FLAGS } from "./run-flags";

/** Every flag, in --help order. */
export const OPTIONS: readonly Flag[] = [...CASE_FLAGS, ...RUN_FLAGS];
