/** What every page's components may read from Astro.locals: set once per request by src/middleware.ts. */
declare namespace App {
  interface Locals {
    /** The page's route and the data it shows (src/data/routes.ts); absent on the language chooser, the root 404 and files. */
    route: import('./data/routes.ts').Route | undefined;
    /** The CJK font faces each page's head declares (src/data/cjk-font.ts). */
    cjkFontFaces: import('./data/cjk-font.ts').CjkFontFace[];
  }
}
