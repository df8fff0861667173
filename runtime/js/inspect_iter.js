// Map and Set iterators print the items they have not yet yielded, as Node
// does with V8's previewEntries: `[Set Iterator] { 2, 3 }`, and pairs under
// an "Entries" brace, `[Map Entries] { [ 'a', 1 ] }`. Printing never
// advances the iterator. Go reads the items (internal.iteratorPreview,
// inspect_iter.go); when it cannot, they stay `<items unknown>`.
//
// `core` carries the pieces of js/inspect.js's walk this file formats with.
(function (internal) {
  'use strict';

  return function makeIteratorFormatter(core) {
    const { formatValue, reduceToSingleString, remainingText, kArrayExtrasType } = core;

    return function formatIterator(ctx, value, recurseTimes, braces) {
      const max = Math.max(ctx.maxArrayLength, 0);
      const preview = internal.iteratorPreview(value, max);
      if (preview === undefined) return [ctx.stylize('<items unknown>', 'special')];
      const [isKeyValue, total, items] = preview;
      // Node sizes its output array by this count, so a fractional or NaN
      // maxArrayLength that limits the items throws as `new Array(1.5)` does.
      if (!Number.isInteger(Math.min(max, total))) throw new RangeError('Invalid array length');
      const output = [];
      ctx.indentationLvl += 2;
      if (isKeyValue) {
        braces[0] = braces[0].replace(/ Iterator\] \{$/, ' Entries] {');
        // A pair prints as an array literal, but not as a nested value: it
        // is not subject to depth and never shows as [Array].
        for (let i = 0; i < items.length; i += 2) {
          const pair = [formatValue(ctx, items[i], recurseTimes), formatValue(ctx, items[i + 1], recurseTimes)];
          output.push(reduceToSingleString(ctx, pair, '', ['[', ']'], kArrayExtrasType, recurseTimes));
        }
      } else {
        for (let i = 0; i < items.length; i++) output.push(formatValue(ctx, items[i], recurseTimes));
      }
      ctx.indentationLvl -= 2;
      const remaining = total - max;
      if (remaining > 0) output.push(remainingText(remaining));
      return output;
    };
  };
})
