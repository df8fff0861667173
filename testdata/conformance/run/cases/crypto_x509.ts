// X509Certificate with fixed certificates made by openssl: a self-signed EC
// certificate with subjectAltName, an RSA CA and a leaf it signed (key
// usage, authority info access): fields as OpenSSL prints them,
// fingerprints, host/email/IP checks, verify, checkIssued,
// checkPrivateKey, inspect, and the errors.
import { X509Certificate, createPrivateKey, createPublicKey } from "node:crypto";

const selfPem = "-----BEGIN CERTIFICATE-----\nMIICPjCCAeOgAwIBAgIEEjSrzTAKBggqhkjOPQQDAjBdMQswCQYDVQQGEwJVUzEL\nMAkGA1UECAwCQ0ExFjAUBgNVBAcMDVNhbiBGcmFuY2lzY28xEzARBgNVBAoMCnRz\ncnVuIHRlc3QxFDASBgNVBAMMC2V4YW1wbGUuY29tMB4XDTI2MTEyNTIzMTQyMloX\nDTM2MTEyMjIzMTQyMlowXTELMAkGA1UEBhMCVVMxCzAJBgNVBAgMAkNBMRYwFAYD\nVQQHDA1TYW4gRnJhbmNpc2NvMRMwEQYDVQQKDAp0c3J1biB0ZXN0MRQwEgYDVQQD\nDAtleGFtcGxlLmNvbTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABG1LKLFDFxIv\nKo5WSUuFSR9zEHLopYbI3TV64VCBMRakRYqYjKdA3Hs4AsHKjCBCPALM0Idc+rVj\nKEdgG+Phf/KjgZAwgY0wHQYDVR0OBBYEFDhAmUetCiHtqZ/4Kb4z0gpwV8l4MB8G\nA1UdIwQYMBaAFDhAmUetCiHtqZ/4Kb4z0gpwV8l4MA8GA1UdEwEB/wQFMAMBAf8w\nOgYDVR0RBDMwMYILZXhhbXBsZS5jb22CDSouZXhhbXBsZS5vcmeHBH8AAAGBDWFA\nZXhhbXBsZS5jb20wCgYIKoZIzj0EAwIDSQAwRgIhALlkLfNfFRgd4VQ6gVJAxDD4\nXinm1DmLfvMRXiQRXIOJAiEAr/NE3/P/R6Dfp5nw8GjLb0Ha3dtGHdq7Z8jIYXxa\nZtk=\n-----END CERTIFICATE-----\n";
const selfKey = "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg6lYDPB8t/QkqNNSW\n7cZOWeDf6rbo+MGbLVrAuwqblRGhRANCAARtSyixQxcSLyqOVklLhUkfcxBy6KWG\nyN01euFQgTEWpEWKmIynQNx7OALByowgQjwCzNCHXPq1YyhHYBvj4X/y\n-----END PRIVATE KEY-----\n";
const caPem = "-----BEGIN CERTIFICATE-----\nMIIDMTCCAhmgAwIBAgIUekIB/yX8zjMrSNjgYJc03Wkr+wowDQYJKoZIhvcNAQEL\nBQAwKDERMA8GA1UECgwIdHNydW4gQ0ExEzARBgNVBAMMCnRzcnVuIFJvb3QwHhcN\nMjYxMTI1MjMxNjA2WhcNMzYxMTIyMjMxNjA2WjAoMREwDwYDVQQKDAh0c3J1biBD\nQTETMBEGA1UEAwwKdHNydW4gUm9vdDCCASIwDQYJKoZIhvcNAQEBBQADggEPADCC\nAQoCggEBAJxv8yZnu0Y6eDIR6n2JpaH0VJIQuspDHswp8/1a+6SAwu84kkzcWhNz\n7pA8R4kuEZAy7A2+9ep3lgyPHoONCRMRBvOdVc0cPh2SfSKs0nBo8L9rr2Tg0dgt\ngjCbvK1Wi8AnIqodhtnW8+hCIDGwXu5tbk641N6HFgfHU2VcRIin/Dlrx+t7RYUF\nzxMY9htMFsISdNf/Js/N3q5l2moOa4nQUbfZily4iGF0n9eTXo5oliJtSGfdHJ3U\nwdoWcePwvv41kxlZX5eh4aVRb5n8144Vx/ehOZhzEt1Lwc5mVQMfc2S8RCCxP/tA\nAvsSdBQN0Ut2sRXLhts/tXs+uQV5KrMCAwEAAaNTMFEwHQYDVR0OBBYEFIUq+iOK\nNVQ0tjn+Y7uiVLP26QNjMB8GA1UdIwQYMBaAFIUq+iOKNVQ0tjn+Y7uiVLP26QNj\nMA8GA1UdEwEB/wQFMAMBAf8wDQYJKoZIhvcNAQELBQADggEBACZh883CbfIC9snB\nCv0hcvkNXivHkxfLhUK8JlBA/TuC4DoKwCZd1oDfzc/cslVcQ3wX1LJ3iP3+krAQ\n3CRPlNMKFOVtaEc2Y8s8E+QWgLZqS75HNABn9wpSWvDBA6o2dzjWAE35g8nyucgG\nfBBqxnLHR2TDME0eqEjK6lEqpjLDqD+0B3Zaye6Riwc8gdt+4U0dCH2INTzNVy6N\nwQP4xeuhqQcFMy8n9Q3b72PVPybQ/Y3/rYDrbt3dzdZ9a4x8OEsMlCYzqxnAvFHL\nBxiQ45ZUpZBui+UXsOEThuGnwHyLqO8UjJLwRKiR15F4qXji8uLma+Sgxse3E49x\nWVg6BnM=\n-----END CERTIFICATE-----\n";
const leafPem = "-----BEGIN CERTIFICATE-----\nMIIDAzCCAeugAwIBAgIBCjANBgkqhkiG9w0BAQsFADAoMREwDwYDVQQKDAh0c3J1\nbiBDQTETMBEGA1UEAwwKdHNydW4gUm9vdDAeFw0yNjExMjUyMzE2MDZaFw0yNzEx\nMjUyMzE2MDZaMDsxGTAXBgNVBAMMEGxlYWYuZXhhbXBsZS5jb20xHjAcBgkqhkiG\n9w0BCQEWD29wc0BleGFtcGxlLmNvbTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IA\nBI6klldKJ2kHisyC2DCs7buuST8R/rOwdcqwgg+hZA4w6f+LTBnzg996EGkzLiob\nF47C9326QVULifJyvk5uKwejge8wgewwIQYDVR0RBBowGIIQbGVhZi5leGFtcGxl\nLmNvbYcECgAAATAdBgNVHSUEFjAUBggrBgEFBQcDAQYIKwYBBQUHAwIwXQYIKwYB\nBQUHAQEEUTBPMCMGCCsGAQUFBzABhhdodHRwOi8vb2NzcC5leGFtcGxlLmNvbTAo\nBggrBgEFBQcwAoYcaHR0cDovL2NhLmV4YW1wbGUuY29tL2NhLmNydDAJBgNVHRME\nAjAAMB0GA1UdDgQWBBSoc999M/vqqfFH7P0qMJzKb29cNzAfBgNVHSMEGDAWgBSF\nKvojijVUNLY5/mO7olSz9ukDYzANBgkqhkiG9w0BAQsFAAOCAQEAHPZ7Oh04OoVx\nEmolXpjuK6sLSEOxhUlvin+VC4/NH5vk4+5XiHGL0XiVftMUxbkVh+XxQZouwfva\n2QmMM4/ICZ5g7pUjkI2CCDfH9pUcOI6iKeYODM57xRlzNYl86uJoqunn6/zSUUSK\nU0JVtZTm+WUts8jW61heizxeCMMGIM/yHMJBnPWARszZXNhTwZnG+WJ9GLs4fbgV\ndKe92jkytrwqmXl2BDngZWKs8dXLUVmxSH944X9fL+DlSVyz5EmnMoxrb1cwbbRw\ncP4DIhLAoXL1YpU+2iKDCpbupt4YFp8GpSq+5PsD5WyvPNWHahGn/8XhkSpsLomB\n4yILWlPDRQ==\n-----END CERTIFICATE-----\n";
const leafKey = "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgu0Ts2KCMSU0MSgxs\nsFAtkSHGyWD7xZP75bjj2oVkUGqhRANCAASOpJZXSidpB4rMgtgwrO27rkk/Ef6z\nsHXKsIIPoWQOMOn/i0wZ84PfehBpMy4qGxeOwvd9ukFVC4nycr5ObisH\n-----END PRIVATE KEY-----\n";

const self = new X509Certificate(selfPem);
const ca = new X509Certificate(Buffer.from(caPem));
const leaf = new X509Certificate(leaf_der());
function leaf_der(): Buffer {
  return Buffer.from(leafPem.replace(/-----[^-]+-----|\s/g, ""), "base64");
}
for (const c of [self, ca, leaf]) {
  for (const k of ["subject", "issuer", "subjectAltName", "serialNumber", "ca", "fingerprint", "fingerprint256", "infoAccess", "keyUsage", "validFrom", "validTo", "signatureAlgorithm", "signatureAlgorithmOid"] as const) {
    console.log(k, JSON.stringify((c as any)[k]));
  }
  console.log(c.validFromDate instanceof Date, c.validToDate.toISOString(), c.publicKey.asymmetricKeyType, c.raw.length, c.toString() === c.toJSON());
}
console.log(leaf);
console.log(self.checkHost("example.com"), self.checkHost("a.example.org"), self.checkHost("a.b.example.org"), self.checkHost("nope.com"));
console.log(self.checkIP("127.0.0.1"), self.checkIP("1.2.3.4"), self.checkEmail("A@example.com"), self.checkEmail("b@example.com"));
console.log(leaf.checkHost("leaf.example.com"), leaf.checkIP("10.0.0.1"), leaf.checkEmail("ops@example.com"), ca.checkHost("tsrun Root"));
console.log(self.verify(self.publicKey), leaf.verify(ca.publicKey), leaf.verify(self.publicKey), ca.verify(ca.publicKey));
console.log(leaf.checkIssued(ca), ca.checkIssued(leaf), self.checkIssued(self), ca.checkIssued(ca));
console.log(self.checkPrivateKey(createPrivateKey(selfKey)), leaf.checkPrivateKey(createPrivateKey(leafKey)), leaf.checkPrivateKey(createPrivateKey(selfKey)));
console.log(leaf.publicKey.equals(createPublicKey(createPrivateKey(leafKey))), leaf.issuerCertificate);
function attempt(label: string, f: () => unknown): void {
  try {
    f();
    console.log(label, "no error");
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    console.log(label, err.name, err.code, err.message);
  }
}
attempt("garbage", () => new X509Certificate("nope"));
attempt("number", () => new X509Certificate(5 as any));
attempt("verify private", () => self.verify(createPrivateKey(selfKey) as any));
attempt("checkIssued type", () => self.checkIssued({} as any));
