/**
 * The browser-facing security headers of every response: a Content-Security-
 * Policy, no framing (clickjacking), no MIME sniffing, a same-origin
 * Referrer-Policy, and HSTS when the request came over HTTPS.
 *
 * No inline or eval'd script anywhere, and no framing anywhere, /api/docs
 * included: the docs page runs requests with the visitor's session cookie,
 * so it is as worth framing as the app. Swagger UI needs no exception: its
 * scripts are files and @fastify/swagger-ui turns its validator badge (a call
 * to validator.swagger.io) off.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

/** One policy for the web app, the Swagger UI and every API response. */
export const contentSecurityPolicy = Object.entries({
  'default-src': "'self'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
  'object-src': "'none'",
  'script-src': "'self'",
  'script-src-attr': "'none'",
  // antd (CSS-in-JS) and Swagger UI insert <style> elements at run time. Inline style lets injected markup
  // restyle a page, but not run script or send data anywhere but this origin (script-src, connect-src, img-src).
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
})
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The onSend hook that sets the headers on every response; app.ts registers it once on the root instance. */
export async function securityHeaders(req: FastifyRequest, reply: FastifyReply, payload: unknown) {
  reply.header('content-security-policy', contentSecurityPolicy);
  reply.header('x-frame-options', 'DENY');
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'same-origin');
  // Browsers honour HSTS only when it arrives over HTTPS (RFC 6797). req.protocol is https for TLS here or,
  // behind a trusted proxy (TRUST_PROXY), when X-Forwarded-Proto says so.
  if (req.protocol === 'https') reply.header('strict-transport-security', `max-age=${ONE_YEAR_SECONDS}`);
  return payload;
}
