// zod@4: a dual package with subpath exports ("zod/v4", "zod/mini").
import { z } from "zod";
import * as zm from "zod/mini";
const User = z.object({ name: z.string().min(1), age: z.number().int().nonnegative() });
console.log(User.parse({ name: "ada", age: 36 }));
const bad = User.safeParse({ name: "", age: -1 });
console.log(bad.success, bad.success ? [] : bad.error.issues.map((i) => i.path.join(".") + ":" + i.code));
console.log(zm.string().check(zm.minLength(2)).safeParse("x").success);
