const u = new URL('https://user:pw@example.com:8080/p/a/t/h?query=string&a=1#hash');
print(String(u), u.toJSON(), JSON.stringify({ u }), u instanceof URL, Object.prototype.toString.call(u));
print(Object.getOwnPropertyNames(URL.prototype), Object.keys(u), Object.getOwnPropertyNames(URL));
const sets = [
  ['protocol', 'http'], ['protocol', 'sc'], ['protocol', 'ftp:junk'], ['protocol', '1x'], ['username', 'us er@'],
  ['password', 'p:w/'], ['host', 'other.org:99'], ['host', 'x:abc'], ['host', ''], ['hostname', 'h2:55'], ['hostname', 'a b'],
  ['port', '443'], ['port', '123abc'], ['port', 'abc'], ['port', '99999'], ['port', ''], ['pathname', 'x y/../z'],
  ['pathname', ''], ['pathname', '?#'], ['search', 'a=1 2'], ['search', '?b'], ['search', ''], ['search', '#x'],
  ['hash', 'h h'], ['hash', '#'], ['hash', ''], ['href', 'http://new/'], ['href', 'bad'], ['origin', 'x'],
];
for (const [prop, value] of sets) {
  const v = new URL('https://user:pw@example.com:8080/p?q=1#h');
  try {
    v[prop] = value;
    print(`set ${prop}=${JSON.stringify(value)}`, v.href);
  } catch (e) {
    print(`set ${prop}=${JSON.stringify(value)} threw`, e);
  }
}
for (const [href, prop, value] of [['file:///x', 'host', 'h'], ['file:///x', 'port', '1'], ['file:///x', 'username', 'u'],
  ['file://h/x', 'host', 'localhost'], ['file://h/x', 'protocol', 'http'], ['http://h/', 'protocol', 'file'],
  ['sc:opaque', 'pathname', 'x'], ['sc:opaque', 'host', 'h'], ['sc://h/x', 'host', ''], ['sc://h/x', 'pathname', ''],
  ['sc:a  ?x', 'search', ''], ['sc:a b#x', 'hash', ''], ['http://h/', 'protocol', 'sc'], ['sc://x/', 'protocol', 'https'],
  ['http://u@h/', 'host', ''], ['sc://u@h/', 'host', ''], ['sc://h:1/', 'host', '']]) {
  const v = new URL(href);
  v[prop] = value;
  print(`${href} set ${prop}=${JSON.stringify(value)}`, JSON.stringify(v.href));
}
check('no args', () => new URL());
check('bad this', () => URL.prototype.toString.call({}));
check('bad getter this', () => Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({}));
check('canParse no args', () => URL.canParse());
check('createObjectURL', () => URL.createObjectURL(1));
print(URL.parse('/a', 'http://h/b').href, URL.parse('nope'), URL.canParse('http://x'), URL.canParse('/x'), URL.canParse('/x', 'http://h'));
// searchParams is live both ways
const l = new URL('http://h/?a=1&b=2');
const sp = l.searchParams;
print(sp === l.searchParams, sp.get('a'), [...sp]);
sp.append('c', '3 4');
print(l.href, l.search);
l.search = '?x=9';
print([...sp], sp.size);
l.href = 'http://other/?y=1';
print([...sp], sp.toString());
sp.delete('y');
print(l.href, JSON.stringify(l.search));
l.hash = 'frag';
sp.set('z', 'ü');
print(l.href);
const opaque = new URL('sc:a  ?q=1');
opaque.searchParams.delete('q');
print(JSON.stringify(opaque.href));
