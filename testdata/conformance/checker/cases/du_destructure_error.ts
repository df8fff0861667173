type Action =
  | { type: 'add'; amount: number }
  | { type: 'reset' };
function reduce(state: number, action: Action): number {
  const { type } = action;
  if (type === 'reset') {
    return state + action.amount;
  }
  return state;
}
