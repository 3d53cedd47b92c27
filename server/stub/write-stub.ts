/**
 * Writes a stub project (init-stub): the generated files (stub-files.ts), the sources copied from
 * template/, and with a tarballs directory the two tarballs in vendor/. Every argument is checked
 * before anything is written: a directory that is not empty (without `force`), a file in its place
 * or a tarball missing throws a ConfigError that names it. A failed write throws the fs error.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { packageVersion, type InitStubArgs } from "../config";
import { ConfigError, findSpecFile } from "../pipeline";
import { projectName, STUB_PACKAGES, stubFiles, tarballOf } from "./stub-files";

/** The template's folder: beside spec/ in this package (and in a checkout). */
function templateDir(): string {
  return path.join(path.dirname(path.dirname(findSpecFile())), "server", "stub", "template");
}

/** Every file under `dir`, relative to it, with `/` between folders. */
function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => statSync(path.join(dir, file)).isFile())
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}

/** Throws unless `dir` (named as given) is new, empty, or with `force` any directory. */
function checkTarget(dir: string, force: boolean): void {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new ConfigError(`init-stub: ${dir} exists and is not a directory`);
  if (!force && readdirSync(dir).length > 0)
    throw new ConfigError(`init-stub: ${dir} exists and is not empty; give a new or empty directory (or --force)`);
}

/** The tarballs to copy, by their name in vendor/; throws naming those `tarballsDir` lacks. */
function tarballsIn(tarballsDir: string, version: string): Record<string, string> {
  if (!existsSync(tarballsDir) || !statSync(tarballsDir).isDirectory())
    throw new ConfigError(`init-stub: --tarballs ${tarballsDir} is not a directory`);
  const names = Object.values(STUB_PACKAGES).map((pkg) => tarballOf(pkg, version));
  const missing = names.filter((name) => !existsSync(path.join(tarballsDir, name)));
  if (missing.length > 0)
    throw new ConfigError(
      `init-stub: --tarballs ${tarballsDir} holds no ${missing.join(" and no ")} (npm pack -w ${Object.values(STUB_PACKAGES).join(" -w ")} in a checkout writes them)`,
    );
  return Object.fromEntries(names.map((name) => [`vendor/${name}`, path.join(tarballsDir, name)]));
}

export interface WrittenStub {
  dir: string;
  /** The files written, relative to `dir`. */
  files: string[];
  vendored: boolean;
}

/** Writes the stub project `args` asks for; see the file comment for what it throws. */
export function writeStub(args: InitStubArgs): WrittenStub {
  checkTarget(args.dir, args.force);
  const dir = path.resolve(args.dir);
  const version = packageVersion();
  const tarballs = args.tarballsDir === undefined ? {} : tarballsIn(args.tarballsDir, version);
  const template = templateDir();
  const vendored = args.tarballsDir !== undefined;
  const generated = stubFiles({ name: projectName(path.basename(dir)), version, vendored });
  const sources = Object.fromEntries(
    filesUnder(template).map((file) => [file, readFileSync(path.join(template, file), "utf8")]),
  );
  const texts = { ...generated, ...sources };
  for (const [file, text] of Object.entries(texts)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  for (const [file, from] of Object.entries(tarballs)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    copyFileSync(from, path.join(dir, file));
  }
  return { dir, files: [...Object.keys(texts), ...Object.keys(tarballs)], vendored };
}

/** What init-stub prints once the project is written: the files and the commands to run next. */
export function nextSteps(written: WrittenStub): string {
  const install = written.vendored
    ? ["  npm install"]
    : ["  # copy the two tarballs into vendor/ and install them: README.md, Install"];
  return [
    `wrote ${written.dir}: ${written.files.join(", ")}`,
    "next:",
    `  cd ${written.dir}`,
    ...install,
    "  npm run build && npm start",
    "",
  ].join("\n");
}
