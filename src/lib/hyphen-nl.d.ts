/** Types for the Dutch patterns of the `hyphen` package (it ships no types of its own). */
declare module 'hyphen/nl/index.js' {
  interface HyphenOptions {
    hyphenChar?: string;
    minWordLength?: number;
    exceptions?: string[];
  }
  const nl: {
    hyphenateSync(text: string, options?: HyphenOptions): string;
    hyphenate(text: string, options?: HyphenOptions): Promise<string>;
  };
  export default nl;
}
