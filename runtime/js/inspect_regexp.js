// The colours of a regexp in util.inspect with colors on (Node 26 colours
// each token by its nesting level). Kept apart from inspect.js, which calls
// makeRegExpHighlighter(inspect.colors) once to build inspect.styles.regexp.
(function (internal) {
  'use strict';

  return function makeRegExpHighlighter(colors) {
    // Colours a regexp literal token by token, as Node 26 does: each token
    // takes the palette colour of its nesting level; quantifiers, anchors and
    // alternation sit three levels deeper, `.` two, escapes and atoms one.
    function highlightRegExp(src) {
      const names = highlightRegExp.colors && highlightRegExp.colors.length > 0
        ? highlightRegExp.colors : defaultRegExpColors;
      const palette = [];
      for (const name of names) {
        const c = colors[name];
        if (c) palette.push([`\u001b[${c[0]}m`, `\u001b[${c[1]}m`]);
      }
      let out = '';
      let i = 0;
      let depth = 0;
      let inClass = false;
      const emit = (str) => {
        const color = palette[depth % palette.length] || palette[0];
        out += color[0] + str + color[1];
      };
      const emitAt = (str, inc, advance) => {
        depth += inc;
        emit(str);
        depth -= inc;
        i += advance;
      };
      // A delimited run such as \u{...}, \p{...} or \k<...>: the opener and
      // closer at the outer level, the content one level in.
      const emitDelimited = (open, close, outer = 1) => {
        let inner = '';
        i++;
        while (i < src.length && src[i] !== close) inner += src[i++];
        if (i < src.length) {
          depth -= outer;
          emit(open);
          emitAt(inner, 1, 1);
          emit(close);
          depth += outer;
        } else {
          // Unclosed: show the opener alone rather than misattribute the rest.
          emitAt(open, 1, -inner.length);
        }
      };
      emit('/');
      depth++;
      i = 1;
      while (i < src.length) {
        const ch = src[i];
        if (inClass) {
          if (ch === '\\') {
            let esc = '\\';
            i++;
            if (i < src.length) {
              esc += src[i++];
              const n = esc[1];
              if ((n === 'u' || n === 'p' || n === 'P') && src[i] === '{') {
                emitDelimited(`${esc}{`, '}', 0);
                continue;
              }
              if (n === 'x') {
                esc += src.slice(i, i + 2);
                i += 2;
              }
            }
            emit(esc);
          } else if (ch === ']') {
            depth--;
            emit(']');
            i++;
            inClass = false;
          } else if (ch === '-' && src[i - 1] !== '[' && i + 1 < src.length && src[i + 1] !== ']') {
            emitAt('-', 1, 1);
          } else {
            emit(ch);
            i++;
          }
        } else if (ch === '[') {
          emit('[');
          depth++;
          i++;
          inClass = true;
        } else if (ch === '(') {
          emit('(');
          depth++;
          i++;
          if (src[i] === '?') {
            i++;
            const a = i < src.length ? src[i] : '';
            const b = i + 1 < src.length ? src[i + 1] : '';
            if (a === ':' || a === '=' || a === '!') {
              emitAt(`?${a}`, -1, 1);
            } else if (a === '<' && (b === '=' || b === '!')) {
              emitAt(`?<${b}`, -1, 2);
            } else if (a === '<') {
              i++;
              const start = i;
              while (i < src.length && src[i] !== '>') i++;
              const name = src.slice(start, i);
              if (i < src.length) {
                depth--;
                emit('?<');
                emitAt(name, 1, 0);
                emit('>');
                depth++;
                i++;
              } else {
                emitAt('?<', -1, 0);
                emit(name);
              }
            } else {
              emit('?');
            }
          }
        } else if (ch === ')') {
          depth--;
          emit(')');
          i++;
        } else if (ch === '\\') {
          let esc = '\\';
          i++;
          if (i < src.length) {
            esc += src[i++];
            const n = esc[1];
            if (i < src.length) {
              if ((n === 'u' || n === 'p' || n === 'P') && src[i] === '{') {
                emitDelimited(`${esc}{`, '}', 0);
                continue;
              } else if (n === 'k' && src[i] === '<') {
                emitDelimited(`${esc}<`, '>');
                continue;
              } else if (n === 'x') {
                esc += src.slice(i, i + 2);
                i += 2;
              } else if (n >= '0' && n <= '9') {
                while (i < src.length && src[i] >= '0' && src[i] <= '9') esc += src[i++];
              }
            }
          }
          emitAt(esc, 1, 0);
        } else if ('|+*?,^$'.includes(ch)) {
          emitAt(ch, 3, 1);
        } else if (ch === '{') {
          i++;
          let min = '';
          while (i < src.length && src[i] >= '0' && src[i] <= '9') min += src[i++];
          if (min) {
            emit('{');
            depth++;
            emitAt(min, 1, 0);
          }
          if (i < src.length) {
            if (src[i] === ',') {
              if (!min) {
                emit('{');
                depth++;
              }
              emit(',');
              i++;
            } else if (!min) {
              // A literal brace.
              emitAt('{', 1, 0);
              continue;
            }
          }
          let max = '';
          while (i < src.length && src[i] >= '0' && src[i] <= '9') max += src[i++];
          if (max) emitAt(max, 1, 0);
          if (src[i] === '}') {
            depth--;
            emit('}');
            i++;
          }
          if (src[i] === '?') emitAt('?', 3, 1);
        } else if (ch === '.') {
          emitAt(ch, 2, 1);
        } else if (ch === '/') {
          break;
        } else {
          emitAt(ch, 1, 1);
        }
      }
      emitAt('/', -1, 1);
      if (i < src.length) emit(src.slice(i));
      return out;
    }

    // The palette of nesting levels; users may replace it, as in Node.
    highlightRegExp.colors = ['green', 'red', 'yellow', 'cyan', 'magenta'];
    const defaultRegExpColors = highlightRegExp.colors.slice();
    return highlightRegExp;
  };
})
