// An unhandled JSON.parse failure ends the program as in Node.
const body = '{"user": {"name": "ada", "roles": ["admin" "dev"]}}';
console.log("parsing", body.length, "bytes");
const data = JSON.parse(body);
console.log(data);
