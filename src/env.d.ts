/** What every page's components may read from Astro.locals: set once per request by src/middleware.ts. */
declare namespace App {
  interface Locals {
    /** The page's route and the data it shows (src/data/routes.ts); absent on the language chooser, the root 404 and files. */
    route: import('./data/routes.ts').Route | undefined;
    /** The font subset faces each page's head declares: text and CJK (src/data/font-subsets.ts). */
    fontFaces: import('./data/font-subsets.ts').SubsetFace[];
    /** Their @font-face rules, the one stylesheet every page's head links beside the site's own. */
    fontStylesheet: import('./data/font-subsets.ts').FontStylesheet | undefined;
  }
}
