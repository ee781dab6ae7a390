// Vite's `?raw` imports: the file's text (the ready themes, read by the stories).
declare module '*.css?raw' {
  const text: string;
  export default text;
}
