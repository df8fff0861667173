interface Todo {
  id: number;
  title: string;
  done: boolean;
}
function toggle(t: Todo): Todo {
  return { ...t, done: !t.done };
}
const t: Todo = { id: 1, title: 'x', done: 'no' };
toggle({ id: 1, title: 'x' });
