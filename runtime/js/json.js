// V8's "Converting circular structure to JSON" detail, rebuilt after goja's
// JSON.stringify threw (goja says only the first line). The walk repeats
// JSON.stringify's (toJSON, the replacer function or key list, the values
// it skips) with the stack of (key, object) V8 keeps, and stops at the first
// object met again while still on the stack. toJSON and a replacer run a
// second time: they are expected to be pure, as V8's message assumes.
(function (internal) {
  'use strict';
  const prefixCount = 2;
  const postfixCount = 1;

  function ctorName(o) {
    let p = Object.getPrototypeOf(o);
    while (p !== null) {
      const d = Object.getOwnPropertyDescriptor(p, 'constructor');
      if (d && typeof d.value === 'function' && typeof d.value.name === 'string' && d.value.name !== '') return d.value.name;
      p = Object.getPrototypeOf(p);
    }
    return 'Object';
  }
  function keyText(key) {
    if (typeof key === 'number') return 'index ' + key;
    return key === '' ? '<anonymous>' : "property '" + key + "'";
  }

  function circularMessage(value, replacer) {
    let replacerFn;
    let allow;
    if (typeof replacer === 'function') replacerFn = replacer;
    else if (Array.isArray(replacer)) {
      allow = [];
      for (const k of replacer) {
        const s = typeof k === 'string' || typeof k === 'number' || k instanceof String || k instanceof Number ? String(k) : undefined;
        if (s !== undefined && !allow.includes(s)) allow.push(s);
      }
    }
    const stack = []; // [key, object]
    let found;
    function prepare(holder, key, v) {
      if (v !== null && (typeof v === 'object' || typeof v === 'bigint')) {
        const toJSON = v.toJSON;
        if (typeof toJSON === 'function') v = toJSON.call(v, String(key));
      }
      if (replacerFn) v = replacerFn.call(holder, String(key), v);
      return v;
    }
    function walk(key, v) {
      if (found || v === null || typeof v !== 'object') return;
      if (typeof v === 'function') return;
      for (let i = 0; i < stack.length; i++) {
        if (stack[i][1] === v) {
          found = [i, key];
          return;
        }
      }
      stack.push([key, v]);
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length && !found; i++) walk(i, prepare(v, i, v[i]));
      } else {
        const keys = allow || Object.keys(v);
        for (const k of keys) {
          if (found) break;
          walk(k, prepare(v, k, v[k]));
        }
      }
      if (!found) stack.pop();
    }
    walk('', prepare({ '': value }, '', value));
    if (!found) return undefined;
    const [start, lastKey] = found;
    let index = start;
    let msg = 'Converting circular structure to JSON\n    --> starting at object with constructor ' + "'" + ctorName(stack[index++][1]) + "'";
    const line = (e) => '\n    |     ' + keyText(e[0]) + ' -> object with constructor ' + "'" + ctorName(e[1]) + "'";
    const prefixEnd = Math.min(stack.length, index + prefixCount);
    for (; index < prefixEnd; index++) msg += line(stack[index]);
    if (stack.length > index + postfixCount) msg += '\n    |     ...';
    index = Math.max(index, stack.length - postfixCount);
    for (; index < stack.length; index++) msg += line(stack[index]);
    return msg + '\n    --- ' + keyText(lastKey) + ' closes the circle';
  }
  return { circularMessage };
})
