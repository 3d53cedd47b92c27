/**
 * README.md is a front door (at most 15 KB), and every relative link of README.md and docs/*.md
 * reaches a file of the repository and, where it names one, a heading of that file.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { DOC_FILES } from "../fixtures/doc-blocks";

const ROOT = path.resolve(__dirname, "../..");

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchorOf = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");

const withoutBlocks = (markdown: string): string => markdown.replace(/^\s*```[\s\S]*?^\s*```/gm, "");

function anchors(file: string): Set<string> {
  const headings = withoutBlocks(readFileSync(file, "utf8")).match(/^#+ .*$/gm) ?? [];
  return new Set(headings.map((line) => anchorOf(line.replace(/^#+ /, ""))));
}

function brokenLinks(doc: string): string[] {
  const markdown = withoutBlocks(readFileSync(path.join(ROOT, doc), "utf8")).replace(/`[^`\n]*`/g, "");
  const targets = [...markdown.matchAll(/\]\(([^)\s]+)\)|^\[[^\]]+\]: (\S+)$/gm)].map((m) => (m[1] ?? m[2])!);
  return targets
    .filter((target) => !/^[a-z]+:/.test(target))
    .flatMap((target) => {
      const [file, anchor] = target.split("#");
      const resolved = file ? path.resolve(path.dirname(path.join(ROOT, doc)), file) : path.join(ROOT, doc);
      if (!existsSync(resolved)) return [`${doc}: ${target} (no such file)`];
      if (anchor && resolved.endsWith(".md") && !anchors(resolved).has(anchor))
        return [`${doc}: ${target} (no such heading)`];
      return [];
    });
}

describe("README.md", () => {
  it("is at most 15 KB", () => {
    expect(statSync(path.join(ROOT, "README.md")).size).toBeLessThanOrEqual(15 * 1024);
  });

  it("does not tell readers to install from a registry that does not serve the packages", () => {
    expect(readFileSync(path.join(ROOT, "README.md"), "utf8")).not.toMatch(/npm install flexjob-contract\b/);
  });
});

describe.each(DOC_FILES)("%s", (doc) => {
  it("links only files and headings that exist", () => {
    expect(brokenLinks(doc)).toEqual([]);
  });
});
