import { defineConfig } from 'vite';

// The Content-Security-Policy the server sends with the Explorer, a copy of
// CONTENT_SECURITY_POLICY in api/src/http/explorer.rs (a server test checks
// that the two are equal). `vite preview` sends it too, so a preview refuses
// what the server would; the browser tests run against the server itself,
// which sends its own copy.
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; manifest-src 'self'";

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
