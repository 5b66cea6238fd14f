// cms/spelling-worker.ts imports hunspell-asm's CommonJS build by path; its types are the package's.
declare module 'hunspell-asm/dist/cjs/index.js' {
  export * from 'hunspell-asm';
}
