/**
 * The reference server's settings as plain values, the part of createApp's options that
 * startReferenceServer takes too. Its own file, so that the package's public types need neither
 * Express's nor pino's.
 */
import type { AuthMode } from "./case-access";

export interface AppSettings {
  /**
   * "header" (default): the caller is activeOrganisationHeader.organisationCode; "certificate": the
   * CVR of the client certificate the TLS handshake verified; "off": anyone reads anything.
   */
  auth?: AuthMode;
  /** A directory of further case files, adding to or replacing the bundled ones. */
  fixturesDir?: string;
  /** Serve the bundled sandbox cases (default true). */
  sandbox?: boolean;
  /**
   * Check every answer against the spec: those computed per request as they are written, the stored
   * case bodies when they are loaded (default false; on in tests).
   */
  validateResponses?: boolean;
  /** How long a request id is remembered, in ms (default 7 days). */
  retentionMs?: number;
  /** The most request ids remembered; at the bound the oldest is forgotten (default 100 000). */
  maxRequestIds?: number;
  /** The grant status code that means "Ukendt" and answers 409 grant-status-unknown (default 1). */
  unknownGrantStatus?: number;
}
