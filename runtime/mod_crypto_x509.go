package runtime

// node:crypto's X509Certificate, on crypto/x509: the fields Node reads
// from OpenSSL, printed as OpenSSL prints them (distinguished names one
// attribute per line, subjectAltName in the extension's own order,
// "Nov 25 23:14:22 2026 GMT" dates, colon-separated upper-case
// fingerprints). js/crypto_x509.js holds the API.

import (
	"bytes"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"net"
	"strings"

	"github.com/dop251/goja"
)

// dnNames are OpenSSL's short names of the attribute types a
// distinguished name commonly holds.
var dnNames = map[string]string{
	"2.5.4.3": "CN", "2.5.4.4": "SN", "2.5.4.5": "serialNumber", "2.5.4.6": "C", "2.5.4.7": "L",
	"2.5.4.8": "ST", "2.5.4.9": "street", "2.5.4.10": "O", "2.5.4.11": "OU", "2.5.4.12": "title",
	"2.5.4.17": "postalCode", "2.5.4.42": "GN", "2.5.4.43": "initials", "2.5.4.46": "dnQualifier",
	"1.2.840.113549.1.9.1": "emailAddress", "0.9.2342.19200300.100.1.25": "DC",
	"0.9.2342.19200300.100.1.1": "UID",
}

// dnString is a name as Node prints X509Certificate.subject: one
// "type=value" per line, in the certificate's order.
func dnString(raw []byte) string {
	var rdns pkix.RDNSequence
	if _, err := asn1.Unmarshal(raw, &rdns); err != nil {
		return ""
	}
	var lines []string
	for _, rdn := range rdns {
		for _, atv := range rdn {
			name, ok := dnNames[atv.Type.String()]
			if !ok {
				name = atv.Type.String()
			}
			lines = append(lines, name+"="+fmt.Sprint(atv.Value))
		}
	}
	return strings.Join(lines, "\n")
}

var oidSAN = asn1.ObjectIdentifier{2, 5, 29, 17}

// sanString is subjectAltName as OpenSSL prints it, in the extension's
// order ("DNS:a, IP Address:1.2.3.4, email:x@y, URI:u").
func sanString(c *x509.Certificate) (string, bool) {
	for _, ext := range c.Extensions {
		if !ext.Id.Equal(oidSAN) {
			continue
		}
		var seq asn1.RawValue
		if _, err := asn1.Unmarshal(ext.Value, &seq); err != nil {
			return "", false
		}
		var parts []string
		rest := seq.Bytes
		for len(rest) > 0 {
			var v asn1.RawValue
			var err error
			if rest, err = asn1.Unmarshal(rest, &v); err != nil {
				break
			}
			switch v.Tag {
			case 1:
				parts = append(parts, "email:"+string(v.Bytes))
			case 2:
				parts = append(parts, "DNS:"+string(v.Bytes))
			case 6:
				parts = append(parts, "URI:"+string(v.Bytes))
			case 7:
				parts = append(parts, "IP Address:"+net.IP(v.Bytes).String())
			}
		}
		return strings.Join(parts, ", "), true
	}
	return "", false
}

func colonHex(b []byte) string {
	h := strings.ToUpper(hex.EncodeToString(b))
	var out strings.Builder
	for i := 0; i < len(h); i += 2 {
		if i > 0 {
			out.WriteByte(':')
		}
		out.WriteString(h[i : i+2])
	}
	return out.String()
}

// sigAlgorithms are OpenSSL's names and the OIDs of signature algorithms.
var sigAlgorithms = map[x509.SignatureAlgorithm][2]string{
	x509.SHA1WithRSA:      {"sha1WithRSAEncryption", "1.2.840.113549.1.1.5"},
	x509.SHA256WithRSA:    {"sha256WithRSAEncryption", "1.2.840.113549.1.1.11"},
	x509.SHA384WithRSA:    {"sha384WithRSAEncryption", "1.2.840.113549.1.1.12"},
	x509.SHA512WithRSA:    {"sha512WithRSAEncryption", "1.2.840.113549.1.1.13"},
	x509.SHA256WithRSAPSS: {"rsassaPss", "1.2.840.113549.1.1.10"},
	x509.SHA384WithRSAPSS: {"rsassaPss", "1.2.840.113549.1.1.10"},
	x509.SHA512WithRSAPSS: {"rsassaPss", "1.2.840.113549.1.1.10"},
	x509.ECDSAWithSHA1:    {"ecdsa-with-SHA1", "1.2.840.10045.4.1"},
	x509.ECDSAWithSHA256:  {"ecdsa-with-SHA256", "1.2.840.10045.4.3.2"},
	x509.ECDSAWithSHA384:  {"ecdsa-with-SHA384", "1.2.840.10045.4.3.3"},
	x509.ECDSAWithSHA512:  {"ecdsa-with-SHA512", "1.2.840.10045.4.3.4"},
	x509.PureEd25519:      {"ED25519", "1.3.101.112"},
}

var extKeyUsageOIDs = map[x509.ExtKeyUsage]string{
	x509.ExtKeyUsageServerAuth: "1.3.6.1.5.5.7.3.1", x509.ExtKeyUsageClientAuth: "1.3.6.1.5.5.7.3.2",
	x509.ExtKeyUsageCodeSigning: "1.3.6.1.5.5.7.3.3", x509.ExtKeyUsageEmailProtection: "1.3.6.1.5.5.7.3.4",
	x509.ExtKeyUsageTimeStamping: "1.3.6.1.5.5.7.3.8", x509.ExtKeyUsageOCSPSigning: "1.3.6.1.5.5.7.3.9",
}

func (vm *VM) installX509Host(host *goja.Object) {
	rt := vm.RT
	arrayBuffer := func(b []byte) goja.Value { return rt.ToValue(rt.NewArrayBuffer(b)) }
	certOf := func(v goja.Value) *x509.Certificate {
		return v.ToObject(rt).Get("c").Export().(*x509.Certificate)
	}
	// x509Parse(bytes) → handle, or null when neither PEM nor DER parses.
	must(host.Set("x509Parse", func(c goja.FunctionCall) goja.Value {
		data := bytesOf(rt, c.Argument(0))
		if block, _ := pem.Decode(data); block != nil && block.Type == "CERTIFICATE" {
			data = block.Bytes
		}
		cert, err := x509.ParseCertificate(data)
		if err != nil {
			return goja.Null()
		}
		h := rt.NewObject()
		must(h.DefineDataProperty("c", rt.ToValue(cert), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE))
		return h
	}))
	// x509Info(handle) → the plain fields, computed once by js/crypto_x509.js.
	must(host.Set("x509Info", func(c goja.FunctionCall) goja.Value {
		cert := certOf(c.Argument(0))
		o := rt.NewObject()
		set := func(k string, v any) { must(o.Set(k, v)) }
		set("subject", dnString(cert.RawSubject))
		set("issuer", dnString(cert.RawIssuer))
		if san, ok := sanString(cert); ok {
			set("subjectAltName", san)
		}
		var aia []string
		for _, u := range cert.OCSPServer {
			aia = append(aia, "OCSP - URI:"+u)
		}
		for _, u := range cert.IssuingCertificateURL {
			aia = append(aia, "CA Issuers - URI:"+u)
		}
		if len(aia) > 0 {
			set("infoAccess", strings.Join(aia, "\n"))
		}
		const layout = "Jan _2 15:04:05 2006 GMT"
		set("validFrom", cert.NotBefore.UTC().Format(layout))
		set("validTo", cert.NotAfter.UTC().Format(layout))
		set("validFromMs", cert.NotBefore.UnixMilli())
		set("validToMs", cert.NotAfter.UnixMilli())
		s1, s256, s512 := sha1.Sum(cert.Raw), sha256.Sum256(cert.Raw), sha512.Sum512(cert.Raw)
		set("fingerprint", colonHex(s1[:]))
		set("fingerprint256", colonHex(s256[:]))
		set("fingerprint512", colonHex(s512[:]))
		if len(cert.ExtKeyUsage) > 0 || len(cert.UnknownExtKeyUsage) > 0 {
			var oids []any
			for _, u := range cert.ExtKeyUsage {
				if oid, ok := extKeyUsageOIDs[u]; ok {
					oids = append(oids, oid)
				}
			}
			for _, u := range cert.UnknownExtKeyUsage {
				oids = append(oids, u.String())
			}
			set("keyUsage", rt.NewArray(oids...))
		}
		serial := strings.ToUpper(cert.SerialNumber.Text(16))
		if len(serial)%2 == 1 {
			serial = "0" + serial
		}
		set("serialNumber", serial)
		if alg, ok := sigAlgorithms[cert.SignatureAlgorithm]; ok {
			set("signatureAlgorithm", alg[0])
			set("signatureAlgorithmOid", alg[1])
		}
		set("ca", cert.BasicConstraintsValid && cert.IsCA)
		set("raw", arrayBuffer(cert.Raw))
		set("pem", string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: cert.Raw})))
		set("spki", arrayBuffer(cert.RawSubjectPublicKeyInfo))
		return o
	}))
	// x509Names(handle, kind) → the names checkHost/checkEmail/checkIP
	// match against: SAN entries of that kind (the subject's CN and
	// emailAddress when there are none, as OpenSSL falls back to them).
	must(host.Set("x509Names", func(c goja.FunctionCall) goja.Value {
		cert := certOf(c.Argument(0))
		var out []any
		switch c.Argument(1).String() {
		case "dns":
			for _, n := range cert.DNSNames {
				out = append(out, n)
			}
			if len(out) == 0 && cert.Subject.CommonName != "" {
				out = append(out, cert.Subject.CommonName)
			}
		case "email":
			for _, n := range cert.EmailAddresses {
				out = append(out, n)
			}
			if len(out) == 0 {
				for _, atv := range cert.Subject.Names {
					if atv.Type.String() == "1.2.840.113549.1.9.1" {
						out = append(out, fmt.Sprint(atv.Value))
					}
				}
			}
		case "ip":
			for _, ip := range cert.IPAddresses {
				out = append(out, ip.String())
			}
		}
		return rt.NewArray(out...)
	}))
	// x509Verify(handle, key handle) → whether the key signed the cert.
	must(host.Set("x509Verify", func(c goja.FunctionCall) goja.Value {
		cert := certOf(c.Argument(0))
		k := c.Argument(1).ToObject(rt).Get("k").Export().(*asymKey)
		parent := &x509.Certificate{PublicKey: k.pub}
		return rt.ToValue(parent.CheckSignature(cert.SignatureAlgorithm, cert.RawTBSCertificate, cert.Signature) == nil)
	}))
	// x509Issued(handle, other) → whether other's subject is this issuer
	// (and the key identifiers, when both are present, agree).
	must(host.Set("x509Issued", func(c goja.FunctionCall) goja.Value {
		cert, other := certOf(c.Argument(0)), certOf(c.Argument(1))
		if !bytes.Equal(cert.RawIssuer, other.RawSubject) {
			return rt.ToValue(false)
		}
		if len(cert.AuthorityKeyId) > 0 && len(other.SubjectKeyId) > 0 && !bytes.Equal(cert.AuthorityKeyId, other.SubjectKeyId) {
			return rt.ToValue(false)
		}
		return rt.ToValue(true)
	}))
}
