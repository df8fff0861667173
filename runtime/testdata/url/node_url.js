const url = require('url');
// url.parse() warns once (DEP0169); capture it rather than print it, as the
// printed form carries the process id.
const warnings = [];
process.emitWarning = (...args) => warnings.push(args);
print(Object.keys(url).filter((k) => k !== 'URLPattern' && k !== 'fileURLToPathBuffer'), url.URL === URL, url.URLSearchParams === URLSearchParams);
for (const [p, o] of [['/tmp/a b#?%.txt', undefined], ['/tmp/dir/', undefined], ['/a\\b\n', undefined], ['/tmp/ü', undefined],
  ['C:\\a b\\c', { windows: true }], ['\\\\server\\share\\f.txt', { windows: true }], ['C:\\dir\\', { windows: true }]]) {
  check(`pathToFileURL ${JSON.stringify(p)}`, () => url.pathToFileURL(p, o).href);
}
check('pathToFileURL bad', () => url.pathToFileURL(1));
for (const [u, o] of [['file:///tmp/a%20b.txt'], ['file:///tmp/%C3%BC'], ['file://localhost/etc'], ['file://host/x'],
  ['file:///a%2fb'], ['http://x/'], ['file:///C:/a%20b', { windows: true }], ['file://server/share/x', { windows: true }],
  ['file:///a/b', { windows: true }], ['file:///C:/a%5Cb', { windows: true }]]) {
  check(`fileURLToPath ${u}`, () => url.fileURLToPath(u, o));
}
print(url.fileURLToPath(new URL('file:///x/y')));
check('fileURLToPath bad', () => url.fileURLToPath(1));
const w = new URL('https://us:pw@xn--nxasmq6b.com:81/p?q#h');
print(url.format(w), url.format(w, { auth: false, search: false, fragment: false }), url.format(w, { unicode: true }));
print(url.format(new URL('file:///x')), url.format(new URL('sc:op?q')));
print(url.format({ protocol: 'https', hostname: 'example.com', pathname: '/some/path', query: { page: 1, format: 'json' } }));
print(url.format({ protocol: 'http:', host: 'h:1', pathname: 'x', search: 'a=1', hash: 'f' }), url.format('http://a.com/b?c#d'));
print(url.domainToASCII('español.com'), url.domainToASCII('xn--iñvalid.com'), url.domainToUnicode('xn--espaol-zwa.com'), url.domainToUnicode('xn--iñvalid.com'));
const h = url.urlToHttpOptions(new URL('https://a:b@[::1]:99/p?q#h'));
print(h.protocol, h.hostname, h.port, h.path, h.auth, h.href);
const lp = url.parse('http://user:pass@Host.COM:8080/p/a/t/h?query=string#hash');
print(lp.protocol, lp.slashes, lp.auth, lp.host, lp.port, lp.hostname, lp.hash, lp.search, lp.query, lp.pathname, lp.path, lp.href);
const lq = url.parse('/p?a=1&a=2&b=3', true);
print(lq.pathname, lq.search, lq.query.a, lq.query.b, lq.href, lq.host);
const ls = url.parse('//host/x', false, true);
print(ls.host, ls.pathname, ls.href);
print(url.resolve('/one/two/three', 'four'), url.resolve('http://example.com/', '/one'), url.resolve('http://example.com/one', '/two'));
// url.parse over the shapes programs feed it, with and without query parsing.
const legacyKeys = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query', 'pathname', 'path', 'href'];
for (const s of ['http://x.com/a b', 'HTTP://X.COM', 'http://x.com?a=1', 'http://x.com#h', '/path/only?x=1', 'mailto:a@b.com',
  'javascript:alert(1)', 'file:///etc/hosts', '//host/p', 'x.com/path', 'http://[::1]:8080/x', 'http://a.com:/x',
  'https://a.com/é?é#é', 'http://a.com/\\x\\y', 'http://a@b@c/', 'http://a.com/?q=a b', 'a:b', 'http://a.com/%zz',
  ' http://trim.com/ ', 'http://a.com/p?x=1&x=2&y', 'http://ex<am>ple.com/', '?just=query', '#justhash', '',
  'http://ÄÖ.de/x', 'http://a.com:8080', 'sc://h/p']) {
  for (const pq of [false, true]) {
    const u = url.parse(s, pq);
    print(JSON.stringify(s), pq, legacyKeys.map((k) => `${k}=${show(u[k])}`).join(' '));
  }
}
check('parse non-string', () => url.parse(1));
check('parse forbidden host', () => url.parse('http://a%b.com/'));
// url.resolve: the legacy (not WHATWG) relative resolution.
const froms = ['/one/two/three', 'http://example.com/one', 'http://a/b/c/d;p?q', 'a/b/c', '', 'mailto:x@y', '//host/p/q',
  'file:///a/b', '/a/b/', 'http:/a/b', 'sc:op'];
const tos = ['four', '/one', 'g', './g', 'g/', '../g', '../../../../g', '?y', '#s', '', '.', '..', 'http://other/x',
  '//other/y', 'g?y#s', 'https:g', 'mailto:z@w', ';x'];
for (const f of froms) print(JSON.stringify(f), tos.map((t) => url.resolve(f, t)));
const ro = url.resolveObject('http://a/b/c', '../d?x#y');
print(ro instanceof url.Url, ro.href, ro.pathname, ro.search, ro.hash);
print(warnings);
