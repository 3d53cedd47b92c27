/**
 * The reference server's settings as plain values, the part of createApp's options that
 * startReferenceServer takes too: the pipeline's (pipeline/options.ts) and the sandbox's own. Its
 * own file, so that the package's public types need neither Express's nor pino's.
 */
import type { PipelineSettings } from "../pipeline";

export interface SandboxSettings {
  /** A directory of further case files, adding to or replacing the bundled ones. */
  fixturesDir?: string;
  /** Serve the bundled sandbox cases (default true). */
  sandbox?: boolean;
  /** The grant status code that means "Ukendt" and answers 409 grant-status-unknown (default 1). */
  unknownGrantStatus?: number;
}

export interface AppSettings extends PipelineSettings, SandboxSettings {}
