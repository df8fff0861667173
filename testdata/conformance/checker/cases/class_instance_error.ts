class User {
  name: string;
  constructor(name: string) {
    this.name = name;
  }
  greet(): string {
    return 'hi ' + this.name;
  }
}
const u = new User('a');
const n: number = u.name;
u.gret();
