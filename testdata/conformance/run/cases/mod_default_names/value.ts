const v = 40;
export default v + 2;
