/** Markdown files imported as text (esbuild's `text` loader): the bundled rule pages. */
declare module '*.md' {
  const text: string;
  export default text;
}
