/**
 * flexjob-contract/server re-exports flexjob-reference-server's entry: the same values under the
 * same names, so that neither gains an export the other lacks.
 */
import * as contractServer from "../../server/contract-package-entry";
import * as referenceServer from "../../server/index";

describe("flexjob-contract/server", () => {
  it("exports exactly the values of flexjob-reference-server, the same objects", () => {
    expect(Object.keys(contractServer).sort()).toEqual(Object.keys(referenceServer).sort());
    for (const [name, value] of Object.entries(referenceServer))
      expect(contractServer[name as keyof typeof contractServer]).toBe(value);
  });
});
