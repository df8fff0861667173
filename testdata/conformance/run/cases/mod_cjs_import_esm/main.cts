// import() from a CommonJS module returns a promise of the namespace; the
// imported module evaluates after the importer's synchronous code.
import("./esm.mts")
  .then((ns) => {
    console.log("loaded", ns.value, ns.default);
    return import("./esm.mts").then((again) => console.log(again === ns));
  })
  .then(() => import("node:os"))
  .then((os) => console.log(typeof os.platform));
console.log("sync end");
