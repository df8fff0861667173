// Unicode property escapes (u flag): general categories by short and long
// name, scripts, binary properties, \P, negated and mixed classes, i flag.
const tests: [RegExp, string[]][] = [
  [/^\p{L}+$/u, ["héllo", "Ωμέγα", "日本語", "abc1", "", "𝒜𝒷"]],
  [/^\p{Lu}/u, ["Éclair", "éclair", "Σ", "ǅ"]],
  [/^\p{Letter}\p{Mark}*$/u, ["e\u0301", "e", "\u0301"]],
  [/^\p{Nd}+$/u, ["123", "١٢٣", "४२", "½"]],
  [/^\p{N}+$/u, ["½", "Ⅻ", "x"]],
  [/^\p{gc=Sc}$/u, ["$", "€", "¥", "a"]],
  [/^\p{General_Category=Punctuation}+$/u, ["!?", "«»", "a"]],
  [/^\p{Script=Greek}+$/u, ["αβγ", "abc", "Ωmega"]],
  [/^\p{sc=Cyrl}+$/u, ["Київ", "Kyiv"]],
  [/^\p{sc=Han}+$/u, ["漢字", "かな"]],
  [/^[\p{sc=Hira}\p{sc=Kana}ー]+$/u, ["ひらがなカタカナー", "漢"]],
  [/^\p{White_Space}+$/u, [" \t\u00a0\u2003\u3000", "\u200b"]],
  [/^\p{ASCII_Hex_Digit}+$/u, ["c0ffee", "C0FFEE", "g"]],
  [/^\p{Alphabetic}+$/u, ["abc", "Ⅻ", "a1"]],
  [/^\p{Uppercase}$/u, ["Ⓐ", "A", "a"]],
  [/^\p{Lowercase}$/u, ["ª", "a", "A"]],
  [/^\p{ID_Start}\p{ID_Continue}*$/u, ["_x", "x_1", "1x", "℘x", "℮"]],
  [/^\p{Any}$/u, ["\u{10FFFF}", "\uD800"]],
  [/^\p{ASCII}+$/u, ["plain", "naïve"]],
  [/^\P{L}+$/u, ["123 !", "a1"]],
  [/^[^\p{L}\p{N}]+$/u, ["--", "-a"]],
  [/^[\P{L}]+$/u, ["1-2", "x"]],
  [/^[\p{L}\d_]+$/u, ["snake_case1", "kebab-case"]],
  [/^\p{Lu}+$/iu, ["abc", "ABC", "123"]],
  [/^\P{Lu}+$/iu, ["abc", "ABC", "123"]],
  [/^\p{Cs}$/u, ["\uD800", "\uDFFF", "a", "😀"]],
  [/[\p{Cs}\p{Cn}]/u, ["ok", "\uDC00x", "\u0378", "\u{E0080}"]],
];
for (const [re, inputs] of tests) {
  console.log(re.flags, inputs.map((s) => re.test(s)));
}
