enum Color {
  Red = "red",
  Green = "green",
}
export const c = Color.Red;
