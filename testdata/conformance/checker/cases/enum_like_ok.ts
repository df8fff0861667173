declare function log(...args: unknown[]): void;
const Status = {
  Active: 'active',
  Done: 'done',
} as const;
type Status = (typeof Status)[keyof typeof Status];
function label(s: Status): string {
  switch (s) {
    case 'active':
      return 'A';
    case 'done':
      return 'D';
  }
}
log(label(Status.Active));
