// Blob and File.
const { Blob: B2, File: F2 } = require('buffer');
const b = new Blob(['héllo', new Uint8Array([33]), new Blob(['?'])], { type: 'Text/Plain' });
print('blob', B2 === Blob, F2 === File, b.size, b.type, Object.keys(b), String(b), Object.prototype.toString.call(b));
check('not a sequence', () => new Blob('abc'));
print('parts', new Blob([1, {}]).size, new Blob([], { type: 'é' }).type, new Blob(['a\r\nb'], { endings: 'native' }).size, new Blob(['a\r\nb']).size);
const f = new File(['ab'], 'n.txt', { type: 'text/plain', lastModified: 5 });
print('file', f.name, f.lastModified, f instanceof Blob, f.size, f.type, String(f));
check('file args', () => new File(['x']));
(async () => {
  print('text', await b.text());
  print('slice', await b.slice(1, -1, 'X').text(), b.slice(1, -1, 'X').type, b.slice(-2).size, b.slice(5, 2).size);
  print('bytes', await b.bytes());
  print('arrayBuffer', new Uint8Array(await b.arrayBuffer()));
})();
