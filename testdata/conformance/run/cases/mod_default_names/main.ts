// Anonymous default exports get the name "default"; named ones keep theirs.
import f from "./fn.ts";
import C from "./cls.ts";
import arrow from "./arrow.ts";
import named from "./named.ts";
import value from "./value.ts";
import gen from "./gen.ts";
console.log(f.name, C.name, arrow.name, named.name, value, gen.name);
console.log(f(), new C().hi(), arrow(), [...gen()]);
