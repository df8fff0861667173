// URL, URLSearchParams and file URL helpers.
import { fileURLToPath, pathToFileURL } from "node:url";
const u = new URL("https://user:pw@example.com:8080/p/a/t/h?query=string&x=1#hash");
console.log(u.protocol, u.username, u.host, u.port, u.pathname, u.search, u.hash);
u.searchParams.append("y", "two words");
console.log(u.href);
console.log(u);
const q = new URLSearchParams("a=1&b=2&a=3");
console.log(q.getAll("a"), q.get("b"), q.has("c"), q.toString(), [...q.keys()]);
console.log(fileURLToPath("file:///tmp/x%20y.ts"), pathToFileURL("/tmp/a b.ts").href);
console.log(new URL("../up", "https://h.com/a/b/c").href, URL.canParse("nope"));
try {
  new URL("not a url");
} catch (e) {
  console.log((e as NodeJS.ErrnoException).code, (e as Error).name);
}
