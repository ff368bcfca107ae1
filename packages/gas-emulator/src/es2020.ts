/**
 * Apps Script's V8 version is not documented: a script may rely on ES2020 built-ins only. Syntax is
 * the bundler's business; built-ins added after ES2020 are deleted from each vm context, so a
 * script calling one fails here (`x.at is not a function`) as it could on real Sheets.
 */

/** [global path, member names] removed; a missing owner or member is skipped. */
export const NEWER_THAN_ES2020: ReadonlyArray<readonly [string, readonly string[]]> = [
  // ES2021
  ['String.prototype', ['replaceAll']],
  ['Promise', ['any']],
  ['globalThis', ['AggregateError', 'WeakRef', 'FinalizationRegistry']],
  // ES2022
  ['Array.prototype', ['at']],
  ['String.prototype', ['at']],
  ['TypedArray.prototype', ['at']],
  ['Object', ['hasOwn']],
  // ES2023
  ['Array.prototype', ['findLast', 'findLastIndex', 'toReversed', 'toSorted', 'toSpliced', 'with']],
  ['TypedArray.prototype', ['findLast', 'findLastIndex', 'toReversed', 'toSorted', 'with']],
  // ES2024
  ['Object', ['groupBy']],
  ['Map', ['groupBy']],
  ['Promise', ['withResolvers']],
  ['String.prototype', ['isWellFormed', 'toWellFormed']],
  ['ArrayBuffer.prototype', ['resize', 'transfer', 'transferToFixedLength']],
  ['Atomics', ['waitAsync']],
  // ES2025 and later
  ['Array', ['fromAsync']],
  [
    'Set.prototype',
    [
      'union',
      'intersection',
      'difference',
      'symmetricDifference',
      'isSubsetOf',
      'isSupersetOf',
      'isDisjointFrom',
    ],
  ],
  ['globalThis', ['Iterator']],
  [
    'IteratorPrototype',
    [
      'map',
      'filter',
      'take',
      'drop',
      'flatMap',
      'reduce',
      'toArray',
      'forEach',
      'some',
      'every',
      'find',
    ],
  ],
  ['Promise', ['try']],
  ['RegExp', ['escape']],
  ['Math', ['sumPrecise', 'f16round']],
];

/** Source run once in each fresh context before the script. */
export const ES2020_ONLY = `(function (list) {
  var TypedArray = Object.getPrototypeOf(Int8Array);
  var IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
  var owners = { globalThis: globalThis, TypedArray: TypedArray, IteratorPrototype: IteratorPrototype };
  for (var i = 0; i < list.length; i++) {
    var path = list[i][0].split('.');
    var owner = Object.prototype.hasOwnProperty.call(owners, path[0]) ? owners[path[0]] : globalThis[path[0]];
    for (var j = 1; owner && j < path.length; j++) owner = owner[path[j]];
    if (!owner) continue;
    var names = list[i][1];
    for (var k = 0; k < names.length; k++) {
      try { delete owner[names[k]]; } catch (e) { /* non-configurable: leave it */ }
    }
  }
})`;
