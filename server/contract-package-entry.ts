/**
 * flexjob-contract/server: the server stubs and the reference server, re-exported from the
 * flexjob-reference-server package, which flexjob-contract declares as an optional peer
 * dependency so that a project using only the client does not install express and the rest.
 * Without it installed, importing this entry throws one error that says what to install.
 * (In this repository, tsconfig.json maps the package name to server/index.ts for type checking.)
 */
import type * as ReferenceServerPackage from "flexjob-reference-server";

const PACKAGE = "flexjob-reference-server";

function loadReferenceServer(): typeof ReferenceServerPackage {
  try {
    // A plain require, so that the error below replaces Node's stack when the package is absent.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(PACKAGE) as typeof ReferenceServerPackage;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "MODULE_NOT_FOUND" && (error as Error).message.includes(`'${PACKAGE}'`)) {
      throw new Error(
        `flexjob-contract/server needs the ${PACKAGE} package, which is not installed: npm install --save-dev ${PACKAGE} (or its tarball, see docs/packages.md)`,
      );
    }
    throw error;
  }
}

// The same values as flexjob-reference-server's entry (test/unit/package-entries.test.ts holds the
// two lists equal); its types below.
export const {
  caseFactsOf,
  caseNotFound,
  ConfigError,
  connectRedisRequestIds,
  createFlexjobApp,
  createLogger,
  createMemoryRequestIdStore,
  grantStatusUnknown,
  mayReadCase,
  notAuthorized,
  requestFacts,
  serve,
  startReferenceServer,
  StoreUnavailableError,
} = loadReferenceServer();
export type {
  AppSettings,
  AuthMode,
  Caller,
  CaseBody,
  CaseFacts,
  CaseKey,
  CaseListItem,
  CaseOperationId,
  CertificateIdentity,
  CorsOrigins,
  Fault,
  FaultMatch,
  FaultResponse,
  FlexjobAppOptions,
  Handler,
  HandlerInput,
  Handlers,
  JournalEntry,
  Listening,
  MemoryRequestIdStoreOptions,
  OperationId,
  Outcome,
  PipelineExtensions,
  PipelineSettings,
  Problem,
  RedisRequestIdsOptions,
  ReferenceServer,
  ReferenceServerOptions,
  ReferenceServerWithAdmin,
  RequestBody,
  RequestFacts,
  RequestIdStore,
  ServeOptions,
  ServerLimits,
  StartedReferenceServer,
} from "flexjob-reference-server";
