// console.table: Node 26's rows and columns and its box drawing (cells left
// aligned). Loaded by console.go on the first console.table call; `util` is
// the exports of js/inspect.js.
(function (internal, util) {
  'use strict';

  const { inspect, getStringWidth, types } = util;
  const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

  const indexKey = '(index)';
  const iterKey = '(iteration index)';
  const keyKey = 'Key';
  const valuesKey = 'Values';

  function renderRow(row, widths) {
    let out = '│ ';
    for (let i = 0; i < row.length; i++) {
      const cell = row[i];
      out += cell + ' '.repeat(widths[i] - getStringWidth(cell));
      if (i !== row.length - 1) out += ' │ ';
    }
    return `${out} │`;
  }

  function renderTable(head, columns) {
    const rows = [];
    const widths = head.map((h) => getStringWidth(h));
    const longest = columns.reduce((n, c) => Math.max(n, c.length), 0);
    for (let i = 0; i < head.length; i++) {
      const column = columns[i];
      for (let j = 0; j < longest; j++) {
        if (rows[j] === undefined) rows[j] = [];
        const value = rows[j][i] = hasOwn(column, j) ? column[j] : '';
        widths[i] = Math.max(widths[i] || 0, getStringWidth(value));
      }
    }
    const divider = widths.map((w) => '─'.repeat(w + 2));
    let out = `┌${divider.join('┬')}┐\n${renderRow(head, widths)}\n├${divider.join('┼')}┤\n`;
    for (const row of rows) out += `${renderRow(row, widths)}\n`;
    return `${out}└${divider.join('┴')}┘`;
  }

  // table returns the rendered table, or undefined when the data is not
  // tabular (console.table then logs it as console.log would).
  function table(data, properties, inspectOptions) {
    if (properties !== undefined && !Array.isArray(properties)) {
      const err = new TypeError(`The "properties" argument must be an instance of Array.${received(properties)}`);
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    if (data === null || typeof data !== 'object') return undefined;

    const isArrayLike = (v) => Array.isArray(v) || types.isTypedArray(v);
    const cell = (v) => {
      // Objects with more than two keys collapse to [Object] so that one
      // cell cannot blow the table up.
      const depth = v !== null && typeof v === 'object' && !isArrayLike(v) &&
        Object.keys(v).length > 2 ? -1 : 0;
      return inspect(v, Object.assign({ depth, maxArrayLength: 3, breakLength: Infinity }, inspectOptions));
    };
    const indexes = (n) => Array.from({ length: n }, (_, i) => cell(i));

    if (types.isMap(data)) {
      const keys = [];
      const values = [];
      for (const [k, v] of data) {
        keys.push(cell(k));
        values.push(cell(v));
      }
      return renderTable([iterKey, keyKey, valuesKey], [indexes(keys.length), keys, values]);
    }
    if (types.isSet(data)) {
      const values = [];
      for (const v of data) values.push(cell(v));
      return renderTable([iterKey, valuesKey], [indexes(values.length), values]);
    }

    const map = Object.create(null);
    let hasPrimitives = false;
    const valuesColumn = [];
    const indexColumn = Object.keys(data);
    for (let i = 0; i < indexColumn.length; i++) {
      const item = data[indexColumn[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesColumn[i] = cell(item);
      } else {
        const keys = properties || Object.keys(item);
        for (const key of keys) {
          if (map[key] === undefined) map[key] = [];
          map[key][i] = (primitive && properties) || !hasOwn(item, key) ? '' : cell(item[key]);
        }
      }
    }
    const head = Object.keys(map);
    const columns = Object.values(map);
    if (hasPrimitives) {
      head.push(valuesKey);
      columns.push(valuesColumn);
    }
    head.unshift(indexKey);
    columns.unshift(indexColumn);
    return renderTable(head, columns);
  }

  function received(v) {
    if (v === null) return ' Received null';
    if (typeof v === 'object') return ` Received an instance of ${(v.constructor && v.constructor.name) || 'Object'}`;
    if (typeof v === 'function') return ` Received function ${v.name}`;
    return ` Received type ${typeof v} (${inspect(v)})`;
  }

  return { table };
})
