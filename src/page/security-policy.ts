/** The site's content security policy and security headers, defined once for the pages' meta element and the hosts' _headers file. */

/**
 * Directives every page gets, as written. Scripts and styles are listed below; everything else comes from the site itself: the search bundles and entity answers are
 * fetched from 'self', the CJK font subsets under /fonts/ are 'self', and the header search form submits
 * to the search page.
 */
export const PAGE_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * script-src. Pagefind loads /pagefind/<lang>/pagefind.js with a
 * dynamic import ('self') and compiles its WebAssembly, which needs 'wasm-unsafe-eval' (it allows
 * WebAssembly only, not eval). No 'unsafe-inline': the site has no inline script but JSON-LD, which is data.
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** style-src: the site's stylesheets are files (it has no inline style element). */
export const STYLE_SOURCES = ["'self'"] as const;

/**
 * style-src-attr: the map's SVG sets its label sizes as custom properties in a style attribute, whose
 * values come from the build's layout. Attribute styles cannot run script.
 */
export const STYLE_ATTRIBUTE_SOURCES = ["'unsafe-inline'"] as const;

/** Directives a meta element cannot carry (browsers ignore them there): sent only as a header. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/**
 * Every page's policy, in a meta element at the top of its head (src/components/PageHead.astro). It carries no
 * hashes, and needs none: the site has no inline script (JSON-LD is data, which no policy governs) and no inline
 * style element. (Astro's security.csp wrote the same directives plus the hashes of every script and style Astro
 * knows of, its island runtime's among them, on every page whether the page had them or not: 0.5 kB a page.)
 */
export function pagePolicy(): string {
  return [
    ...PAGE_DIRECTIVES,
    `script-src ${SCRIPT_SOURCES.join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
    `style-src-attr ${STYLE_ATTRIBUTE_SOURCES.join(' ')}`,
  ].join('; ');
}

/** The header's policy: the pages' policy plus the directives a meta element cannot carry (frame-ancestors). */
export function headerPolicy(): string {
  return [pagePolicy(), ...HEADER_ONLY_DIRECTIVES].join('; ');
}

/** Headers for every path, in the _headers format of Netlify and Cloudflare Pages. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': headerPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // The site uses none of these browser features.
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

/** The _headers file: one rule for every path under the host's root (so also under a base path). */
export function headersFile(): string {
  const lines = Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`);
  return `/*\n${lines.join('\n')}\n`;
}
