const x = 1;
/** doc */
export = x;
