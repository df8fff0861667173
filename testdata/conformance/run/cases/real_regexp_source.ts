// Regexps containing slashes, printed back (a router building patterns from paths).
const routes = ["/users/:id", "/files/*"];
const toRe = (p: string) => new RegExp("^" + p.replace(/:(\w+)/g, "(?<$1>[^/]+)").replace("*", ".*") + "$");
for (const r of routes) { const re = toRe(r); console.log(re, re.source, String(re)); }
console.log(/[/]\//, /a\/b/.source, new RegExp("a/b").source, new RegExp("[/]").toString());
