// One small file for the start-up comparison: a typical module with two
// erasableSyntaxOnly violations (an enum and a parameter property).
export interface User {
  id: number;
  name: string;
  email?: string;
}

export enum Role {
  Admin,
  Member,
}

export class UserStore {
  private readonly users = new Map<number, User>();

  constructor(private readonly prefix: string) {}

  add(user: User): void {
    this.users.set(user.id, user);
  }

  find(id: number): User | undefined {
    return this.users.get(id);
  }

  label(id: number): string {
    const user = this.find(id);
    return user ? `${this.prefix}${user.name}` : "unknown";
  }
}

export function roles(): readonly Role[] {
  return [Role.Admin, Role.Member] as const;
}
