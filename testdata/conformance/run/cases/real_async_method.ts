// Async methods (object and class shorthand) as printed and type-checked.
const api = { async get(id: number) { return { id }; }, plain() {} };
class Repo { async find() { return null; } static async open() { return new Repo(); } }
console.log(api, Repo.prototype.find, Repo.open);
console.log(Object.prototype.toString.call(api.get), api.get.constructor.name, api.get instanceof Function);
api.get(1).then((v) => console.log("resolved", v));
