/**
 * startReferenceServer: the reference server in the test's own process, on free ports by
 * default, with the admin listener when `adminPort` is given.
 */
import { createAdminApp } from "./admin/admin-app";
import { createApp } from "./app";
import pino from "pino";
import type { AppSettings } from "./app-settings";
import type { LogLevel } from "./config";
import { createSandboxControl, type SandboxControlOptions } from "./control/sandbox-control";
import { CORS_RULE, parseCorsOrigins, type CorsOrigins } from "./cors-origins";
import { listen, type Listening } from "./serve";
import { ConfigError } from "./config-error";

export interface ReferenceServerOptions extends AppSettings {
  /** The service's port (default 0: any free port). */
  port?: number;
  /** The interface both listeners use (default 127.0.0.1). */
  host?: string;
  /** The admin listener's port (0: any free port); no admin listener when left out. */
  adminPort?: number;
  /** Origins allowed to call the operations from a browser ("*": any), as `--cors`. */
  cors?: readonly string[] | string;
  /** The most journal entries the admin listener keeps (default 1000). */
  journalSize?: SandboxControlOptions["journalSize"];
  /** Request lines as JSON on stdout from this level on (default "silent"). */
  logLevel?: LogLevel;
}

export interface ReferenceServer {
  /** The service, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Stops both listeners, dropping connections held by faults, once in-flight requests are answered. */
  close(): Promise<void>;
}

/** With `adminPort`, the server also has its admin listener's URL (a string when `adminPort` surely is a number). */
export type StartedReferenceServer<O extends ReferenceServerOptions> = ReferenceServer &
  (O extends { adminPort: number }
    ? { adminUrl: string }
    : O extends { adminPort?: undefined }
      ? { adminUrl?: undefined }
      : { adminUrl?: string });

/** What `startReferenceServer({ adminPort: 0 })` resolves to. */
export type ReferenceServerWithAdmin = StartedReferenceServer<{ adminPort: number }>;

/** Resolves once both listeners listen; rejects with a bad option, a bad case file or a listen error. */
export async function startReferenceServer<O extends ReferenceServerOptions>(
  options: O = {} as O,
): Promise<StartedReferenceServer<O>> {
  const { port = 0, host = "127.0.0.1", adminPort, cors, journalSize, logLevel = "silent", ...settings } = options;
  const logger = pino({ level: logLevel, enabled: logLevel !== "silent" });
  const control = adminPort === undefined ? undefined : createSandboxControl({ journalSize });
  const app = createApp({ ...settings, logger, control, cors: typeof cors === "string" ? corsList(cors) : cors });
  const service = await listen(app, port, host, logger);
  let admin: Listening | undefined;
  if (control) {
    const adminApp = createAdminApp(control, { validateResponses: settings.validateResponses, logger });
    admin = await listen(adminApp, adminPort!, host, logger).catch(async (error: unknown) => {
      await service.close();
      throw error;
    });
  }
  const close = async (): Promise<void> => {
    control?.held.release();
    await Promise.all([service.close(), admin?.close()]);
  };
  // adminUrl is set exactly when adminPort was given, as the conditional type says.
  return { url: service.url, adminUrl: admin?.url, close } as unknown as StartedReferenceServer<O>;
}

function corsList(text: string): CorsOrigins {
  const origins = parseCorsOrigins(text);
  if (origins === undefined) throw new ConfigError(`cors ${CORS_RULE}; got ${JSON.stringify(text)}`);
  return origins;
}
