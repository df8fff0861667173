const g = () => <number>1;
export { g };
