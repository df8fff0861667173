// jsonwebtoken@9 (CommonJS: jws, jwa, semver, lodash helpers) on
// node:crypto: HS256, RS256 and ES256 tokens with fixed claims and keys
// made by Node, verification, and its errors.
const jwt = require("jsonwebtoken");

const rsaPrivate = "-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDKOIVCT0XkLML3\nVTa3yX0vOs3dI7ojRtbDDsKbnLxf3sSATWXMujlqzgVI0kT1y/CEJA9O2/On0YFu\nG/gXclAbwImaJM8IwmGu7tC6Qyayv2SvUy+tb9ef+2lzoF2+LdkpBAvTZIHhvjbM\nRbZm9FejybI5tzIB9XTeGTHSqWVoHkKVmBUZi7L0OzzArN1jlf8Z2EBAf6SuYxqQ\nt5NSF/VCAVPJM7/FaFkT2D0GB9862QaE0ygktkVAa1BbprM4Ay0iXjNCyJ3Pud8U\n3P8EMusvyaFw9jBEEO1bl/EKh/KtK/IU20x0qR5sjqahQkdqUBXklYoueAuYqzAp\n7b6aF5ejAgMBAAECggEACB/XMr/Olgk6WAeDaETfE6uwI6dQziQFcta/+NKGOu/P\nQzxYz63XqrPWQIO6I4nrAtQUDV4G3wIqygqzn/WGxGaq4JeD/d0ZYZbUqfcSsfHA\nkM6txrEMn6/RH8UcnwxmgiBYfUi3cyNaPkC6wE4myzzKPUlf5/Y9mMK4XrdRjKpA\nQweQcIXb58iuMNrdErs+p6OpbMDL8SBFYcGQx142V68/+huFTqxn5jU5d6LELq37\njDFYf49ikYsIjZ8geJyRd96znV/pSvo8hpmZp7jvdWxogY/qFblq41RcUHewUe18\nBuKHBxMNJ5BZfts5BSH0HgmFB6ivbM7r32DEQp9H2QKBgQDuj6DUrFYS970JNbWE\n2uCFrOZ29iSpWvME90ay4Z2uce7MP1MWAqLBi4dBpy7ApVnSlRl/rmLzB3oZq+q2\nWuObG5Zal/0a2lfDksIY22J7X+OeegK3rPe1kTDMtZARyUE7YWhaKiHNvF7ihl3E\nRUtTdO6ik6C+TRHeehGbsqBHBwKBgQDZANRmC5BkzzmojX0jSvBCZ/SAnwTeKko2\np3JhXpax968AW4yFYP0mfpTg10pPWUwKA6rP8huABgii1kR8c6CuRu8tJoOxWMul\nyBi8ORdMSgd29b5SajpQH0IiA+FXpHJA00klqnwDuLGPGJYosEA9CnkzhaxRuEP8\nABuQWDKHhQKBgQCLKEMj68dl1xdxCOByuA6iS2JAYIKwO3ppGikmbY9CU/l9MS8x\nNqZkChUDCheujoWf3hN6tGnJ5EGoOe13I/uC3gvNmr0s7dKmJbSNNWP0HdIz/m4Z\nYI86XZA+yWZZybEAh2iMt+jyDwC2WLTXqagv7ZTKRx1MBL74rPIahY8S/wKBgFhr\nziAGdj+dcJENlf/beSqV0TrXkNQ1xyed8y1ZrW22zsgGhauTaZNV4LP9BXpvmFw8\nQk2ZCTuROdOgGyfatY5NuQdcuix5UgGrFukbGjMrtv7yAyrxvfEHy5qwmhFsIGHp\ntdRzMzUQ/Mih7A2IQ6Sbr+cegKiLvKfiI1kdlvlBAoGBAKPL4IHwMSVY654Lme3N\nModuwa8mQDCFX9pNRkZZOa9X7tb9HBCv53GWpKvodUl1A0X2Tkbc1gmOtRfP0K16\nLDKF4919361UeM6MIW3I5at+gpBMziyw5khHTBkkjbpP36X/oUMK8Qz60648gduB\ncPFJiwNTIC6iOZhDRIktaaqj\n-----END PRIVATE KEY-----\n";
const rsaPublic = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyjiFQk9F5CzC91U2t8l9\nLzrN3SO6I0bWww7Cm5y8X97EgE1lzLo5as4FSNJE9cvwhCQPTtvzp9GBbhv4F3JQ\nG8CJmiTPCMJhru7QukMmsr9kr1MvrW/Xn/tpc6Bdvi3ZKQQL02SB4b42zEW2ZvRX\no8myObcyAfV03hkx0qllaB5ClZgVGYuy9Ds8wKzdY5X/GdhAQH+krmMakLeTUhf1\nQgFTyTO/xWhZE9g9BgffOtkGhNMoJLZFQGtQW6azOAMtIl4zQsidz7nfFNz/BDLr\nL8mhcPYwRBDtW5fxCofyrSvyFNtMdKkebI6moUJHalAV5JWKLngLmKswKe2+mheX\nowIDAQAB\n-----END PUBLIC KEY-----\n";
const ecPrivate = "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgPP9qFsWycnNjQyqQ\nTB84Qx/rOi//4Q/Y4gTfQNILLQ2hRANCAATbvqILx3wtfciO7J7L3yYQNvw5pd/e\nwzJpfBdyu7TPlSTo0dRmQ7ZcqQ9om/XC2CRL7Yzrm1LY+G4pNDELOlaO\n-----END PRIVATE KEY-----\n";
const ecPublic = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE276iC8d8LX3Ijuyey98mEDb8OaXf\n3sMyaXwXcru0z5Uk6NHUZkO2XKkPaJv1wtgkS+2M65tS2PhuKTQxCzpWjg==\n-----END PUBLIC KEY-----\n";

const claims = { sub: "42", role: "admin", iat: 1700000000 };
const hs = jwt.sign(claims, "shhhhh", { expiresIn: "100y", issuer: "tsrun" });
console.log(hs);
console.log(jwt.verify(hs, "shhhhh", { issuer: "tsrun" }));
const rs = jwt.sign(claims, rsaPrivate, { algorithm: "RS256", keyid: "k1" });
console.log(rs);
console.log(jwt.verify(rs, rsaPublic, { algorithms: ["RS256"] }), jwt.decode(rs, { complete: true }).header);
const es = jwt.sign(claims, ecPrivate, { algorithm: "ES256" });
console.log(es.split(".").length, jwt.verify(es, ecPublic).role);
for (const [label, f] of [
  ["bad signature", () => jwt.verify(hs, "wrong")],
  ["expired", () => jwt.verify(jwt.sign({ exp: 1 }, "k"), "k")],
  ["wrong algorithm", () => jwt.verify(rs, rsaPublic, { algorithms: ["HS256"] })],
  ["malformed", () => jwt.verify("a.b", "k")],
  ["issuer", () => jwt.verify(hs, "shhhhh", { issuer: "other" })],
]) {
  try {
    f();
    console.log(label, "no error");
  } catch (e) {
    console.log(label, e.name, e.message);
  }
}
jwt.sign(claims, "k", { algorithm: "HS512" }, (err, token) => {
  console.log("async", err, token.length);
  jwt.verify(token, "k", (err2, decoded) => console.log("verified", err2, decoded.sub));
});
