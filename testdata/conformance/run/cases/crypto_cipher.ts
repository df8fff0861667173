// createCipheriv/createDecipheriv with AES in CBC, ECB, CTR and GCM: fixed
// keys and IVs, so every output is Node's exactly; encodings across
// update/final, padding, authentication tags, streams and the errors.
import crypto, { createCipheriv, createDecipheriv, Cipheriv, Decipheriv } from "node:crypto";
import { Readable } from "node:stream";

const key32 = Buffer.alloc(32, 1);
const key16 = Buffer.from("000102030405060708090a0b0c0d0e0f", "hex");
const iv16 = Buffer.alloc(16, 2);
const iv12 = Buffer.alloc(12, 3);
const text = "The quick brown fox jumps over the lazy dog — ünïcödé";

for (const [alg, key, iv] of [
  ["aes-256-cbc", key32, iv16], ["aes-128-cbc", key16, iv16], ["aes-192-cbc", Buffer.alloc(24, 9), iv16],
  ["aes-128-ecb", key16, null], ["aes-256-ctr", key32, iv16], ["aes-128-ctr", key16, iv16], ["AES256", key32, iv16],
] as const) {
  const c = createCipheriv(alg, key, iv);
  const enc = c.update(text, "utf8", "base64") + c.final("base64");
  const d = createDecipheriv(alg, key, iv);
  const dec = d.update(enc, "base64", "utf8") + d.final("utf8");
  console.log(alg, enc, dec === text);
}

// Byte-at-a-time updates: what each call returns is OpenSSL's.
const cbc = createCipheriv("aes-128-cbc", key16, iv16);
console.log([...Buffer.from("0123456789abcdefXYZ")].map((b) => cbc.update(Buffer.of(b)).length).join(""), cbc.final().length);
const dcbc = createDecipheriv("aes-128-cbc", key16, iv16);
const ct = Buffer.concat([createCipheriv("aes-128-cbc", key16, iv16).update("sixteen bytes!!!"), Buffer.alloc(0)]);
console.log(dcbc.update(ct).length, dcbc.update(Buffer.alloc(0)).length);
const ctr = createCipheriv("aes-128-ctr", key16, iv16);
console.log(ctr.update("ab").toString("hex"), ctr.update("cdefghijklmnopqrstu").toString("hex"), ctr.final().length);

// No padding: whole blocks only.
const np = createCipheriv("aes-256-cbc", key32, iv16).setAutoPadding(false);
const npOut = Buffer.concat([np.update(Buffer.alloc(32, 7)), np.final()]);
const npBack = createDecipheriv("aes-256-cbc", key32, iv16).setAutoPadding(false);
console.log(npOut.toString("hex"), Buffer.concat([npBack.update(npOut), npBack.final()]).equals(Buffer.alloc(32, 7)));

// GCM: AAD, tags (default and short), per-chunk output, tampering.
const g = createCipheriv("aes-256-gcm", key32, iv12);
console.log(g.setAAD(Buffer.from("header")) === g);
const gParts = [g.update("secret "), g.update("message"), g.final()];
const tag = g.getAuthTag();
console.log(gParts.map((p) => p.toString("hex")).join("|"), tag.toString("hex"));
const gd = createDecipheriv("aes-256-gcm", key32, iv12).setAAD(Buffer.from("header"));
gd.setAuthTag(tag);
console.log(gd.update(Buffer.concat(gParts), undefined, "utf8") + gd.final("utf8"));
const g8 = createCipheriv("aes-128-gcm", key16, Buffer.alloc(16, 4), { authTagLength: 8 });
const g8ct = Buffer.concat([g8.update("short tag"), g8.final()]);
const tag8 = g8.getAuthTag();
console.log(g8ct.toString("hex"), tag8.toString("hex"));
const g8d = createDecipheriv("aes-128-gcm", key16, Buffer.alloc(16, 4), { authTagLength: 8 }).setAuthTag(tag8);
console.log(Buffer.concat([g8d.update(g8ct), g8d.final()]).toString());

function attempt(label: string, f: () => unknown): void {
  try {
    f();
    console.log(label, "no error");
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { reason?: string; library?: string; opensslErrorStack?: string[] };
    console.log(label, err.name, err.code, err.message, err.reason, err.library, err.opensslErrorStack);
  }
}
attempt("tampered", () => {
  const d = createDecipheriv("aes-256-gcm", key32, iv12).setAAD(Buffer.from("header"));
  d.setAuthTag(Buffer.from(tag).fill(0, 0, 1));
  d.update(Buffer.concat(gParts));
  d.final();
});
attempt("no tag", () => {
  const d = createDecipheriv("aes-256-gcm", key32, iv12);
  d.update(Buffer.concat(gParts));
  d.final();
});
attempt("bad decrypt", () => {
  const d = createDecipheriv("aes-256-cbc", key32, iv16);
  d.update(Buffer.alloc(16));
  d.final();
});
attempt("final block length", () => {
  const c = createCipheriv("aes-256-cbc", key32, iv16);
  c.setAutoPadding(false);
  c.update("abc");
  c.final();
});
attempt("unknown", () => createCipheriv("nope", key32, iv16));
attempt("key length", () => createCipheriv("aes-256-cbc", Buffer.alloc(5), iv16));
attempt("iv length", () => createCipheriv("aes-256-cbc", key32, Buffer.alloc(5)));
attempt("ecb with iv", () => createCipheriv("aes-256-ecb", key32, iv16));
attempt("key type", () => createCipheriv("aes-256-cbc", 5 as any, iv16));
attempt("iv type", () => createCipheriv("aes-256-cbc", key32, 5 as any));
attempt("cipher type", () => createCipheriv(5 as any, key32, iv16));
attempt("tag length option", () => createCipheriv("aes-256-gcm", key32, iv12, { authTagLength: 3 } as any));
attempt("setAuthTag length", () => createDecipheriv("aes-256-gcm", key32, iv12).setAuthTag(Buffer.alloc(3)));
attempt("getAuthTag early", () => createCipheriv("aes-256-gcm", key32, iv12).getAuthTag());
attempt("setAAD on cbc", () => createCipheriv("aes-256-cbc", key32, iv16).setAAD(Buffer.alloc(1)));
const used = createCipheriv("aes-256-cbc", key32, iv16);
used.final();
attempt("final twice", () => used.final());
attempt("update after final", () => used.update("x"));
attempt("padding after final", () => used.setAutoPadding(false));

console.log(createCipheriv("aes-256-cbc", key32, iv16));
console.log(createCipheriv("aes-256-cbc", key32, iv16) instanceof Cipheriv, createDecipheriv("aes-128-ctr", key16, iv16) instanceof Decipheriv);
console.log(crypto.getCiphers().includes("aes-256-gcm"), crypto.getCipherInfo("aes-256-gcm"), crypto.getCipherInfo("aes-128-ecb"), crypto.getCipherInfo(427));

// As streams: encrypt and decrypt through pipes.
const chunks: Buffer[] = [];
Readable.from(["stream ", "of ", "text"])
  .pipe(createCipheriv("aes-128-cbc", key16, iv16))
  .pipe(createDecipheriv("aes-128-cbc", key16, iv16))
  .on("data", (d: Buffer) => chunks.push(d))
  .on("end", () => console.log("piped", JSON.stringify(Buffer.concat(chunks).toString())));
