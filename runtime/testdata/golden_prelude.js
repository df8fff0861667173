// Prelude of the golden tests of the node: modules of issue #5 (events,
// path, url, abort, encoding, clone, timers, os). The same text runs first
// under Node 26 (to produce the .out files, TSRUN_UPDATE=1) and under tsrun,
// so the output format must not depend on util.inspect, which differs.
// __write(s) is defined by whichever side runs the case. Cases run in
// sloppy mode, as a CommonJS module does by default.
globalThis.show = function show(v, seen = []) {
  switch (typeof v) {
    case 'string': return JSON.stringify(v);
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return `${v}n`;
    case 'symbol': return v.toString();
    case 'function': return `[Function ${v.name}]`;
    case 'undefined': return 'undefined';
    case 'boolean': return String(v);
  }
  if (v === null) return 'null';
  if (seen.includes(v)) return '[Circular]';
  if (seen.length > 5) return '[...]';
  seen = [...seen, v];
  const s = (x) => show(x, seen);
  if (v instanceof Error) {
    const code = v.code !== undefined ? ` [${v.code}]` : '';
    return `${v.constructor.name}<${v.name}${code}: ${v.message}>`;
  }
  if (Array.isArray(v)) return `[${v.map(s).join(', ')}]`;
  if (ArrayBuffer.isView(v)) return `${v.constructor.name}(${Array.from(v instanceof DataView ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength) : v).join(',')})`;
  if (v instanceof ArrayBuffer) return `ArrayBuffer(${Array.from(new Uint8Array(v)).join(',')})`;
  if (v instanceof Date) return `Date(${isNaN(v) ? 'Invalid' : v.toISOString()})`;
  if (v instanceof RegExp) return `RegExp(${String(v)})`;
  if (v instanceof Map) return `Map{${[...v].map(([k, x]) => `${s(k)} => ${s(x)}`).join(', ')}}`;
  if (v instanceof Set) return `Set{${[...v].map(s).join(', ')}}`;
  if (v instanceof Promise) return 'Promise';
  const proto = Object.getPrototypeOf(v);
  const name = proto === null ? 'null' : (proto.constructor && proto.constructor.name) || '?';
  const keys = Object.keys(v).map((k) => `${k}: ${s(v[k])}`);
  for (const sym of Object.getOwnPropertySymbols(v)) {
    if (Object.getOwnPropertyDescriptor(v, sym).enumerable) keys.push(`[${sym.toString()}]: ${s(v[sym])}`);
  }
  return `${name === 'Object' ? '' : name}{${keys.join(', ')}}`;
};
globalThis.print = (...args) => __write(args.map((a) => (typeof a === 'string' ? a : show(a))).join(' ') + '\n');
// check prints what fn returns, or what it throws.
globalThis.check = (label, fn) => {
  try {
    print(label, '=>', fn());
  } catch (e) {
    print(label, 'threw', e);
  }
};
