// process.cwd(), __filename and __dirname in CommonJS.
console.log(process.cwd());
console.log(__filename);
console.log(__dirname);
console.log(require.main === module);
console.log(typeof process.pid, process.platform, typeof process.version);
