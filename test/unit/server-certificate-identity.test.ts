import { identityOfSocket, identityOfSubject, type Subject } from "../../core/certificate-identity";

describe("identityOfSubject", () => {
  it.each<{ given: Subject; want: string }>([
    { given: { organizationIdentifier: "NTRDK-12345674" }, want: "12345674" },
    { given: { serialNumber: "CVR:22222228-FID:1234567890" }, want: "22222228" },
    { given: { serialNumber: "CVR:22222228-UID:12345678" }, want: "22222228" },
    { given: { serialNumber: "CVR:22222228-RID:1" }, want: "22222228" },
    { given: { organizationIdentifier: "NTRDK-12345674", serialNumber: "CVR:12345674-FID:9" }, want: "12345674" },
    { given: { organizationIdentifier: ["NTRDK-12345674", "PSDDK-XYZ"] }, want: "12345674" },
    { given: { serialNumber: "UI:DK-O:G:0a1b", organizationIdentifier: "NTRDK-11111114" }, want: "11111114" },
  ])("reads $want from $given", ({ given, want }) => {
    expect(identityOfSubject(given)).toEqual({ cvr: want });
  });

  it.each<{ given: Subject; why: RegExp }>([
    { given: {}, why: /^The client certificate's subject has no CVR: looked for organizationIdentifier/ },
    { given: { organizationIdentifier: "NTRDK-1234567" }, why: /no CVR/ },
    { given: { organizationIdentifier: "NTRDK-123456745" }, why: /no CVR/ },
    { given: { organizationIdentifier: "ntrdk-12345674" }, why: /no CVR/ },
    { given: { serialNumber: "CVR:12345674" }, why: /no CVR/ },
    { given: { serialNumber: "CVR:12345674-XID:1" }, why: /no CVR/ },
    { given: { serialNumber: "CVR:12345674-FID:" }, why: /no CVR/ },
    { given: { CN: "NTRDK-12345674", O: "CVR:12345674-FID:1" }, why: /no CVR/ },
    {
      given: { organizationIdentifier: "NTRDK-12345674", serialNumber: "CVR:22222228-FID:1" },
      why: /^The client certificate's subject names more than one CVR \(12345674, 22222228\)\.$/,
    },
  ])("names no CVR for $given", ({ given, why }) => {
    const identity = identityOfSubject(given);
    expect(identity.cvr).toBeUndefined();
    expect(identity).toEqual({ cvr: undefined, why: expect.stringMatching(why) });
  });
});

describe("identityOfSocket", () => {
  it("names no CVR for a plain TCP socket or an unverified TLS one", () => {
    expect(identityOfSocket({})).toMatchObject({
      cvr: undefined,
      why: expect.stringContaining("did not come over TLS"),
    });
    const unverified = {
      authorized: false,
      getPeerCertificate: () => ({ subject: { organizationIdentifier: "NTRDK-12345674" } }),
    };
    expect(identityOfSocket(unverified)).toMatchObject({ cvr: undefined, why: expect.stringContaining("verified") });
  });
});
