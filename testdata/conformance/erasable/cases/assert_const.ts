const a = <const>["a", "b"];
const o = <const>{ k: 1 };
