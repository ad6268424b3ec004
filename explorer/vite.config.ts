import { defineConfig } from 'vite';

// The policy the server sends with the Explorer; `vite preview` sends it too,
// so the browser tests catch anything it would block.
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; manifest-src 'self'";

const api = process.env.COSTAR_API ?? 'http://127.0.0.1:8790';
const proxy = {
  '/graphql': { target: api, changeOrigin: false },
  '/dev': { target: api, changeOrigin: false },
};

export default defineConfig({
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    modulePreload: { polyfill: false },
    // Every asset is a file under /assets/: nothing inline that the policy would refuse.
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    reportCompressedSize: true,
  },
  server: { proxy },
  preview: {
    proxy,
    headers: { 'Content-Security-Policy': CSP },
  },
});
