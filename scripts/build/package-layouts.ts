/**
 * What each published package under packages/ holds. The sources keep one layout (client/,
 * server/, checker/, generated/ at the top); the build compiles them once to dist/ and copies each
 * package's share into packages/<name>/ under the same relative paths, so that the compiled
 * modules' relative imports and the server's look-ups (spec/ above dist/, server/sandbox/cases and
 * init-stub's server/stub/template beside spec/, dist/vendor) hold inside every package alone.
 */
export interface PackageLayout {
  name: string;
  /**
   * Modules under dist/ whose closure over relative imports the package ships. An `.mjs` entry is
   * the ES module wrapper the build writes beside the CommonJS entry of the same name
   * (module-formats.ts); `esm/...` entries are the ES modules for bundlers.
   */
  entries: readonly string[];
  /** Ship the declarations (.d.ts) of the shipped modules: the package has a typed API. */
  declarations: boolean;
  /** Files or directories copied as they are, relative to the repository root. */
  copies: readonly string[];
}

export const PACKAGE_LAYOUTS: readonly PackageLayout[] = [
  {
    name: "flexjob-contract",
    entries: [
      ...[
        "client/index",
        "client/node",
        "client/validate",
        "client/raw",
        "msw/index",
        "server/contract-package-entry",
      ].flatMap((entry) => [`${entry}.js`, `${entry}.mjs`]),
      "esm/client/index.js",
      "esm/client/validate.js",
      "esm/client/raw.js",
      "esm/msw/index.js",
    ],
    declarations: true,
    copies: ["spec/flexjob.yaml", "dist/generated/flexjob.openapi.json", "dist/generated/flexjob.d.ts", "LICENSE"],
  },
  {
    name: "flexjob-reference-server",
    entries: ["server/index.js", "server/index.mjs", "server/main.js", "server/sandbox-certs/cli.js"],
    declarations: true,
    copies: [
      "spec/flexjob.yaml",
      "spec/admin.yaml",
      "server/sandbox/cases",
      "server/stub/template",
      "dist/vendor",
      "bin/load-built.js",
      "bin/flexjob-reference-server.js",
      "bin/flexjob-sandbox-certs.js",
      "LICENSE",
    ],
  },
  {
    name: "flexjob-contract-check",
    entries: ["checker/cli.js"],
    declarations: false,
    copies: ["bin/load-built.js", "bin/flexjob-contract-check.js", "LICENSE"],
  },
];

/** The CommonJS entries that get an ES module wrapper (the `.mjs` entries, as `.js`). */
export function wrappedEntries(): string[] {
  return PACKAGE_LAYOUTS.flatMap((layout) => layout.entries)
    .filter((entry) => entry.endsWith(".mjs"))
    .map((entry) => entry.replace(/\.mjs$/, ".js"));
}
