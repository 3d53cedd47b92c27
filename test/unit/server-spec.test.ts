import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { operationRoutes, routeIndex } from "../../server/pipeline/routes";
import { findSpecFile, loadSpec } from "../../server/pipeline/spec";
import { tempDirs } from "../fixtures/temp-dirs";

const tempDir = tempDirs();

describe("findSpecFile", () => {
  it("finds spec/flexjob.yaml in the nearest directory at or above the start", () => {
    const root = tempDir("flexjob-spec-");
    mkdirSync(path.join(root, "spec"));
    writeFileSync(path.join(root, "spec", "flexjob.yaml"), "openapi: 3.0.3\n");
    const deep = path.join(root, "dist", "server");
    mkdirSync(deep, { recursive: true });
    expect(findSpecFile(deep)).toBe(path.join(root, "spec", "flexjob.yaml"));
  });

  it("throws naming the start directory when there is none", () => {
    const lonely = tempDir("flexjob-nospec-");
    expect(() => findSpecFile(lonely)).toThrow(`spec/flexjob.yaml not found at or above ${lonely}`);
  });
});

describe("operationRoutes", () => {
  it("lists the spec's three operations by path, method and operationId", () => {
    expect(operationRoutes()).toEqual([
      { path: "/Flexjob/GetFlexjob", method: "POST", operationId: "GetFlexjob" },
      { path: "/Flexjob/GetFlexjobAllocation", method: "POST", operationId: "GetFlexjobAllocation" },
      { path: "/Flexjob/IsAlive", method: "POST", operationId: "IsAliveAsync" },
    ]);
  });
});

describe("routeIndex", () => {
  it("indexes routes by path, then method", () => {
    const index = routeIndex(operationRoutes());
    expect([...(index.get("/Flexjob/IsAlive")?.keys() ?? [])]).toEqual(["POST"]);
    expect(index.get("/Flexjob/Nothing")).toBeUndefined();
  });
});

describe("loadSpec", () => {
  it("reads the spec once and shares a frozen document", () => {
    const spec = loadSpec();
    expect(loadSpec()).toBe(spec);
    expect(Object.isFrozen(spec.document.paths)).toBe(true);
  });
});
