export const id = import.meta.url.slice(import.meta.url.lastIndexOf("/") + 1);
console.log("evaluated", id, import.meta.filename.slice(import.meta.filename.lastIndexOf("/") + 1), import.meta.main);
