const pair: [string, number] = [1, 'a'];
const triple: [number, number, number] = [1, 2];
