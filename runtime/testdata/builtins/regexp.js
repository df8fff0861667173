// RegExp source and toString with slashes (goja spells "/" as \u002f).
const res = [/[/]\//, /a\/b/, new RegExp('a/b'), new RegExp('[/]'), new RegExp('^/users/(?<id>[^/]+)$'), /\\u002f/, new RegExp('[\\]/]/'), /x/gi, new RegExp('\n')];
for (const re of res) print(JSON.stringify(re.source), JSON.stringify(String(re)), re.test('a/b'));
print(RegExp.prototype.source, String(RegExp.prototype), RegExp.prototype.toString.call({ source: 'x', flags: 'g' }));
print(Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get.name, RegExp.prototype.toString.name);
check('toString on primitive', () => RegExp.prototype.toString.call(1));
