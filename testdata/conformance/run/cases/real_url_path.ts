// URL and path handling as a static file server or link checker does it.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
const u = new URL("https://user:pa%20ss@Example.COM:8443/a/b/../c/index.html?q=1&tag=x&tag=y#frag");
console.log(u.href, u.origin, u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.username, u.password, u.protocol);
console.log(u.searchParams.getAll("tag"), u.searchParams.get("q"), u.searchParams.has("none"), [...u.searchParams], u.searchParams.toString());
u.searchParams.append("added", "a b&c"); u.searchParams.delete("q"); u.hash = ""; u.pathname = "/new path/é";
console.log(u.toString(), String(u), JSON.stringify({ u }));
console.log(new URL("../up?x=1", "https://h.com/a/b/c").href, new URL("//other.org/p", "https://h.com").href, new URL("?only", "https://h.com/p/q").href);
for (const bad of ["not a url", "http://", "://x"]) { try { new URL(bad); } catch (e) { console.log((e as any).code, (e as Error).name, (e as Error).message); } }
console.log(URL.canParse?.("https://ok.com"), URL.canParse?.("nope"));
const params = new URLSearchParams({ page: "2", sort: "name desc", empty: "" });
params.sort(); console.log(params.toString(), Object.fromEntries(params), params.size);
console.log(new URLSearchParams("a=1&a=2&b=%20x+y").getAll("a"), new URLSearchParams("a=1&a=2&b=%20x+y").get("b"));
console.log(u);
console.log(params);
console.log(path.join("/srv/www", "../etc", "./passwd"), path.resolve("/a/b", "c", "../d"), path.normalize("a//b/../c/./d/"), path.relative("/a/b/c", "/a/d"));
console.log(path.parse("/home/user/file.tar.gz"), path.format({ dir: "/tmp", name: "x", ext: ".txt" }), path.basename("/a/b.js", ".js"), path.extname(".bashrc"), path.dirname("/a/b/"));
console.log(path.isAbsolute("./x"), path.sep, path.delimiter, path.posix === path, path.win32.join("C:\\a", "..", "b"), path.win32.basename("C:\\x\\y.txt"));
const safe = (root: string, req: string) => { const p = path.join(root, decodeURIComponent(new URL(req, "http://x").pathname)); return p.startsWith(root) ? p : null; };
console.log(safe("/srv", "/index.html"), safe("/srv", "/../../etc/passwd"), safe("/srv", "/a%2F..%2F..%2Fb"));
console.log(fileURLToPath("file:///tmp/a%20b.txt"), pathToFileURL("/tmp/a b#c.txt").href);
const mime: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };
for (const f of ["index.html", "app.min.js", "style.CSS", "README"]) console.log(f.padEnd(12), mime[path.extname(f).toLowerCase()] ?? "application/octet-stream");
