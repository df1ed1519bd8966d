// MDX files imported by preview.ts (the docs page template) are React components.
declare module '*.mdx' {
  const MDXContent: (props: Record<string, unknown>) => unknown;
  export default MDXContent;
}
