interface Handlers {
  onClick?: () => void;
}
function fire(h: Handlers): void {
  h.onClick();
}
