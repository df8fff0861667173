const helper = () => "h";
module.exports = { helper, version: "1.0", nested: { deep: true } };
