declare const x: unknown;
const y = /* c */ <number>x;
const z = < /* inner */ number>x;
