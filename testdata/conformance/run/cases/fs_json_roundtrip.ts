// A small realistic task: load JSON, update, save, read back.
import { readFile, writeFile } from "node:fs/promises";
interface Todo {
  id: number;
  title: string;
  done: boolean;
}
const todos: Todo[] = [
  { id: 1, title: "write tests", done: true },
  { id: 2, title: "ship", done: false },
];
await writeFile("todos.json", JSON.stringify(todos, null, 2) + "\n");
const loaded: Todo[] = JSON.parse(await readFile("todos.json", "utf8"));
loaded.push({ id: 3, title: "celebrate", done: false });
loaded[1].done = true;
await writeFile("todos.json", JSON.stringify(loaded, null, 2) + "\n");
console.log(await readFile("todos.json", "utf8"));
console.table(loaded);
