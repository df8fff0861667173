exports.partial = true;
throw new Error("broken module");
