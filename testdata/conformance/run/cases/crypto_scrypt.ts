// scrypt/scryptSync: RFC 7914's vectors, Node's defaults and option
// aliases, the memory limit, and the argument errors.
import crypto from "node:crypto";
const t = (l: string, f: () => unknown) => { try { console.log(l, f()); } catch (e) { const err = e as NodeJS.ErrnoException; console.log(l, err.name, err.code, err.message); } };
t('rfc1', () => crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'));
t('rfc2', () => crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'));
t('default', () => crypto.scryptSync('pw', 'salt', 16).toString('hex'));
t('cost', () => crypto.scryptSync('pw', 'salt', 16, { cost: 1024, blockSize: 4, parallelization: 2 }).toString('hex'));
t('N not pow2', () => crypto.scryptSync('pw', 'salt', 16, { N: 1000 }));
t('N 1', () => crypto.scryptSync('pw', 'salt', 16, { N: 1 }));
t('mem', () => crypto.scryptSync('pw', 'salt', 16, { N: 32768 }));
t('mem ok', () => crypto.scryptSync('pw', 'salt', 4, { N: 32768, maxmem: 64 * 1024 * 1024 }).toString('hex'));
t('both', () => crypto.scryptSync('pw', 'salt', 16, { N: 16, cost: 16 }));
t('N type', () => crypto.scryptSync('pw', 'salt', 16, { N: 'x' as any }));
t('keylen', () => crypto.scryptSync('pw', 'salt', -1));
t('keylen0', () => crypto.scryptSync('pw', 'salt', 0).length);
t('pw', () => crypto.scryptSync(5 as any, 'salt', 1));
t('r0', () => crypto.scryptSync('pw', 'salt', 4, { N: 16, r: 0, p: 0 }).toString('hex'));
t('cb', () => crypto.scrypt('pw', 'salt', 4, {}, 'x' as any));
crypto.scrypt("pw", "salt", 8, (err, k) => {
  console.log("async", err, k.toString("hex"));
  crypto.scrypt("pw", "salt", 8, { N: 1024 }, (err2, k2) => console.log("async2", err2, k2.toString("hex")));
});
