declare function log(...args: unknown[]): void;
type Action =
  | { type: 'add'; amount: number }
  | { type: 'reset' };
function reduce(state: number, action: Action): number {
  const { type } = action;
  if (type === 'add') {
    return state + action.amount;
  }
  return 0;
}
log(reduce(1, { type: 'reset' }));
