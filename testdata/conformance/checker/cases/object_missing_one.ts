interface User {
  id: number;
  name: string;
}
const u: User = { id: 1 };
