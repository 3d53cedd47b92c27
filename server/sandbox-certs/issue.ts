/**
 * Issues X.509 certificates with node-forge, signed by a CA made here: the building blocks of the
 * sandbox's test certificates. RSA keys come from node:crypto (native, fast); forge signs and
 * encodes. Every certificate made here is for tests only.
 */
import { generateKeyPairSync, randomBytes } from "node:crypto";
import forge from "node-forge";

/** One subject attribute, by name (`commonName`, `organizationName`, `serialNumber`, ...) or by OID. */
export interface SubjectAttribute {
  name?: string;
  type?: string;
  value: string;
}

export interface Issued {
  /** PEM. */
  cert: string;
  /** PEM, PKCS#8, unencrypted. */
  key: string;
  /** forge's objects, for signing further certificates or packing PKCS#12. */
  forgeCert: forge.pki.Certificate;
  forgeKey: forge.pki.rsa.PrivateKey;
}

export type Profile = { kind: "ca" } | { kind: "server"; dnsNames: string[]; ips: string[] } | { kind: "client" };

export interface IssueRequest {
  subject: SubjectAttribute[];
  profile: Profile;
  /** Validity in days from an hour ago. */
  days: number;
  /** The issuing CA; undefined: self-signed (the CA itself). */
  issuer?: Issued;
}

/** A certificate and its fresh RSA-2048 key, signed with SHA-256 by `issuer` (or by itself). */
export function issue(request: IssueRequest): Issued {
  const pem = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" });
  const forgeKey = forge.pki.privateKeyFromPem(pem.toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e);
  // A positive serial of 16 random bytes (the top bit cleared keeps the DER integer positive).
  const serial = randomBytes(16);
  serial[0] = serial[0]! & 0x7f;
  cert.serialNumber = serial.toString("hex");
  cert.validity.notBefore = new Date(Date.now() - 3_600_000);
  cert.validity.notAfter = new Date(Date.now() + request.days * 86_400_000);
  // UTF8String, so that Danish letters survive; forge's default PrintableString has none.
  // @types/node-forge types valueTagClass as an asn1.Class, where forge reads an asn1.Type.
  const attributes = request.subject.map((a) => ({ ...a, valueTagClass: forge.asn1.Type.UTF8 }));
  cert.setSubject(attributes as unknown as forge.pki.CertificateField[]);
  const issuer = request.issuer ?? { forgeCert: cert, forgeKey };
  cert.setIssuer(issuer.forgeCert.subject.attributes);
  cert.setExtensions([...extensionsOf(request.profile), ...keyIdentifiers(issuer.forgeCert, request.issuer)]);
  cert.sign(issuer.forgeKey, forge.md.sha256.create());
  return { cert: forge.pki.certificateToPem(cert), key: pem.toString(), forgeCert: cert, forgeKey };
}

function extensionsOf(profile: Profile): object[] {
  switch (profile.kind) {
    case "ca":
      return [
        { name: "basicConstraints", cA: true, critical: true },
        { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
      ];
    case "server":
      return [
        { name: "basicConstraints", cA: false },
        { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
        { name: "extKeyUsage", serverAuth: true },
        {
          name: "subjectAltName",
          altNames: [
            ...profile.dnsNames.map((value) => ({ type: 2, value })),
            ...profile.ips.map((ip) => ({ type: 7, ip })),
          ],
        },
      ];
    case "client":
      return [
        { name: "basicConstraints", cA: false },
        { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
        { name: "extKeyUsage", clientAuth: true },
      ];
  }
}

function keyIdentifiers(issuerCert: forge.pki.Certificate, issuer: Issued | undefined): object[] {
  const own = { name: "subjectKeyIdentifier" };
  if (issuer === undefined) return [own];
  const keyIdentifier = issuerCert.generateSubjectKeyIdentifier().getBytes();
  return [own, { name: "authorityKeyIdentifier", keyIdentifier }];
}

/** PKCS#12 (DER) of a certificate, its key and its CA, encrypted with AES-256 under `passphrase`. */
export function toPkcs12(holder: Issued, ca: Issued, passphrase: string, friendlyName: string): Buffer {
  const asn1 = forge.pkcs12.toPkcs12Asn1(holder.forgeKey, [holder.forgeCert, ca.forgeCert], passphrase, {
    algorithm: "aes256",
    friendlyName,
  });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), "binary");
}
