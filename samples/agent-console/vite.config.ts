import { defineConfig } from 'vite';

// The dev server and `vite preview` forward /graphql (HTTP and WebSocket) to the host,
// so the browser talks to one origin and the host needs no CORS.
const host = process.env.HELPDESK_HOST ?? 'http://localhost:5080';
const proxy = { '/graphql': { target: host, ws: true, changeOrigin: true } };

export default defineConfig({
  server: { proxy, strictPort: true },
  preview: { proxy, strictPort: true },
});
