// The URL parser over awkward inputs: every component, or the error.
const parts = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
const cases = [
  ['https://example.com'], ['HTTPS://EXAMPLE.COM:443/a/../b/./c?x=1#frag'], ['http://user:pa ss@host:8080/p'],
  ['http://a@b@c/'], ['http://:@host/'], ['http://user@/'], ['http:example.com/path'], ['http:/example.com/'],
  ['http://example.com:65536/'], ['http://example.com:00080/'], ['http://example.com:/'], ['ws://h:80/'], ['wss://h:443/x'],
  ['ftp://h:21/'], ['http://[::1]:3000/'], ['http://[2001:db8:0:0:1:0:0:1]/'], ['http://[::ffff:192.168.0.1]/'],
  ['http://[1:2:3:4:5:6:7:8:9]/'], ['http://[::1/'], ['http://192.168.0.1/'], ['http://0x7f.1/'], ['http://0177.0.0.1/'],
  ['http://4294967295/'], ['http://4294967296/'], ['http://1.2.3.4.5/'], ['http://1.2.3.09/'], ['http://999.1.1.1/'],
  ['http://foo.0x4/'], ['http://a.b.c.1./'], ['http://exa mple.com/'], ['http://exa%20mple.com/'], ['http://ex<ample.com/'],
  ['http://%41.com/'], ['http://EXAMPLE.com./'], ['http://ÄÖ.de/'], ['http://faß.de/'], ['http://xn--nxasmq6b.com/'],
  ['http://a。b/'], ['http://xn--a.com/'], ['http://münchen.de/straße?ä=ö#ü'], ['http://h/a b"c<d>e`f{g}h^i|j'],
  ['http://h/?a b"c<d>e`f{g}h\'i'], ['http://h/#a b"c<d>e`f{g}h'], ['sc://h/?a\'b'], ['http://h/%zz%2e/%2e%2E/x'],
  ['http://h/a/%2e%2E/b'], ['http://h/a/.%2e'], ['http://h\\a\\b'], ['sc://h\\a'], ['  http://h/ \t\n'],
  ['http://h/a\tb\nc\rd'], ['javascript:alert(1)'], ['mailto:someone@example.com'], ['sc:a  ?x'], ['sc:a  #x'],
  ['sc:a b'], ['data:text/plain,hi there'], ['urn:isbn:0451450523'], ['sc://host'], ['sc://'], ['sc:///x'],
  ['sc://@/'], ['sc://ho st/'], ['sc://h%zz/'], ['sc://Host/'], ['sc://[::1]/'], ['non-spec:/.//p'],
  ['non-spec:/a/../..//p'], ['blob:https://example.com/uuid'], ['blob:sc:x'], ['file:///home/user/a b.txt'],
  ['file://localhost/etc/hosts'], ['file://server/share/x'], ['file:/x'], ['file:x'], ['file:///C:/a/../..'],
  ['file:///C|/x'], ['file://C:/x'], ['FILE:///X'], ['file:///a/%2e%2e/b'], ['file:.'], ['x:'], ['1http://h/'],
  ['', 'http://base/a/b'], ['x', 'http://base/a/b?q#h'], ['../x', 'http://base/a/b/c'], ['../../../../x', 'http://base/a'],
  ['/x', 'http://base/a/b'], ['//other/x', 'http://base/a'], ['?q', 'http://base/a/b?old#h'], ['#h2', 'http://base/a?q#h'],
  ['\\x', 'http://base/a/b'], ['\\\\other\\x', 'http://base/a'], ['http:x', 'http://base/a/b'], ['https:x', 'http://base/a'],
  ['x', 'sc:opaque'], ['#f', 'sc:opaque'], ['x', 'file:///C:/a/b'], ['/x', 'file:///C:/a/b'], ['..', 'file:///C:/'],
  ['//h2/x', 'file:///a'], ['C|/y', 'file:///a'], ['x', 'not a url'], ['', ''], ['x'], ['http://h:b/'], ['http://[::1]x/'],
  ['http://h/\ud800'], ['http://h/?\ud800#\udc00'], ['http://0x100000000/'], ['http://[0:0:0:0:0:0:0:0]/'],
  ['http://[1:0:0:2:0:0:0:3]/'], ['http://[1:0::]/'], ['http://[::1.2.3.4]/'], ['http://[::1.2.3]/'],
];
for (const [input, base] of cases) {
  const label = base === undefined ? JSON.stringify(input) : `${JSON.stringify(input)} on ${JSON.stringify(base)}`;
  try {
    const u = base === undefined ? new URL(input) : new URL(input, base);
    print(label, '=>', parts.map((p) => `${p}=${JSON.stringify(u[p])}`).join(' '));
  } catch (e) {
    print(label, 'threw', e, e.input, e.base);
  }
  print('  canParse', URL.canParse(input, base), URL.parse(input, base) === null);
}
