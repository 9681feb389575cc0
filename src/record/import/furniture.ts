/** Page furniture a scraper brings along (consent banners, newsletter and paywall prompts, share buttons, ad labels, image credits): never article text. */
import { SENTENCE_END } from './endings.ts';

/**
 * Prompts are recognised only where the page speaks to its reader: a block that is nothing but a
 * label ("Artikel teilen", "Kommentare (12)", "Anzeige"), or a sentence addressed to the reader
 * ("Sie", "wir", "Ihre") that asks for consent, a subscription or a sign-up. A sentence of the
 * article that merely names cookies, comments or a newsletter is text, and stays.
 */
/** "Lesezeit: 4 Min.", "Lesedauer ca. 3 Minuten", "3 Min. Lesezeit". */
export const READING_TIME = /(?:Lesedauer|Lesezeit)(?::\s*|\s+)(?:ca\.\s*)?\d+\s*Min(?:uten|\.)?|\d+\s*Min(?:uten|\.)?\s*Lesezeit/iu;

interface FurnitureRule {
  reason: string;
  /** A whole block that is this label (a count and a list of further labels after a colon may follow). */
  label?: RegExp;
  /** The label stands alone: "Weiterlesen: mehr dazu" is a teaser of the page, which the article keeps. */
  alone?: true;
  /** A block addressed to the reader that contains one of these words… */
  topic?: RegExp;
  /** …and asks for one of these. */
  action?: RegExp;
  /** The block need not address the reader when it is no sentence (an offer: "Nur 1 € für 4 Wochen · Jederzeit kündbar"). */
  fragment?: true;
  maxLength: number;
}

const READER = /(?<![\p{L}\p{N}])(?:Sie|Ihnen|Ihre[mnrs]?|Ich|mir|wir|uns(?:ere[mnrs]?)?)(?![\p{L}\p{N}])/u;

const RULES: readonly FurnitureRule[] = [
  {
    reason: 'consent banner',
    label: /Externer Inhalt|Cookie-Einstellungen|Datenschutzeinstellungen|Alle akzeptieren|Inhalte von Drittanbietern/iu,
    topic: /Cookies|externe[nr]? Inhalte?|Drittanbieter|Datenschutzerklärung/iu,
    // Asks for consent, or tells the reader ("Ihnen") what the site does with cookies.
    action:
      /[Aa]kzeptier|[Zz]ustimm|einverstanden|Einwilligung|[Ww]iderruf|aktivier|angezeigt|anzeigen|Einstellungen|\bIhnen\b|\bIhre?[mnrs]?\b/u,
    maxLength: 600,
  },
  {
    reason: 'newsletter promotion',
    label: /Newsletter(?: (?:abonnieren|bestellen|kostenlos))?|Jetzt (?:kostenlos )?(?:anmelden|abonnieren|registrieren)/iu,
    topic: /Newsletter/iu,
    action: /abonnier|anmelden|bestellen|registrier|eintragen/iu,
    maxLength: 300,
  },
  {
    reason: 'paywall prompt',
    topic:
      /\b(?:abonnieren|testen|abschließen)\b.*\bweiterlesen|weiterlesen mit|Lesen Sie (?:jetzt )?(?:mit \S+ )?weiter|bereits Abonnent(?:in)?\?|kostenlose[nr]? Artikeln? gelesen|Artikel freischalten|nur für Abonnent/iu,
    action: /./u,
    maxLength: 400,
  },
  {
    reason: 'paywall prompt',
    topic: /(?:jederzeit|monatlich) kündbar|\d[\d,.]*\s*(?:€|Euro)\s+(?:für|pro|im|je)\s+(?:\d+\s+|ersten\s+)?(?:Wochen?|Monate?|Jahr)\b/iu,
    action: /./u,
    fragment: true,
    maxLength: 160,
  },
  {
    reason: 'paywall prompt',
    label:
      /Jetzt (?:\d+ (?:Wochen|Monate|Tage) )?(?:für [\d,]+\s*(?:€|Euro) )?(?:gratis |kostenlos )?(?:testen|weiterlesen)(?:[.!]\s*(?:Jederzeit|Monatlich) kündbar\.?)?/iu,
    alone: true,
    maxLength: 80,
  },
  {
    reason: 'share or comment prompt',
    label:
      /(?:Diesen )?Artikel teilen|Jetzt teilen|Teilen|Kommentare|Jetzt kommentieren|Kommentieren|Drucken|Merken|(?:Zur )?Merkliste(?: hinzufügen)?/iu,
    maxLength: 100,
  },
  {
    reason: 'reading time',
    label: READING_TIME,
    alone: true,
    maxLength: 40,
  },
  {
    reason: 'audio player',
    label: /Artikel (?:an)?hören(?:,?\s*\d+(?::\d+)?\s*Min(?:uten|\.)?)?|Player wird geladen\s*(?:…|\.\.\.)?|(?:An)?hören/iu,
    alone: true,
    maxLength: 60,
  },
  { reason: 'advertising label', label: /Anzeige|Werbung|Sponsored|Promotion/iu, alone: true, maxLength: 20 },
  {
    reason: 'navigation link',
    label: /Zur Startseite|Zurück zur Startseite|Weiterlesen|Nach oben|Zurück|Mehr anzeigen/iu,
    alone: true,
    maxLength: 40,
  },
];

/** The words a picture's credit opens with ("Foto:", "Bildquelle:"). */
const CREDIT_WORD = String.raw`(?:Fotos?|Bild(?:er|quelle|nachweis)?|Grafik|Titelbild|Symbolbild|Foto\/Grafik)`;
/** A credit names who made the picture ("Foto: Beispiel/dpa"); a caption that says something ends like a sentence. */
const IMAGE_CREDIT = new RegExp(`^${CREDIT_WORD}\\s*:\\s*[^\\n]{1,80}$`, 'u');
/** A caption's closing credit: "… © Federico Gambarini/dpa", "… (Foto: Stephan Rumpf)", "… Foto: Kay Nietfeld / dpa"; a name, no sentence. */
const CLOSING_CREDIT = new RegExp(`(?:©\\s*[^\\n]{1,80}|(?<![\\p{L}\\p{N}])${CREDIT_WORD}\\s*:\\s*[^\\n:]{0,79}[^\\n:.!?])$`, 'u');
const MAX_CAPTION_LENGTH = 300;

/** A short text that ends in a picture's credit: a caption when it stands directly under an image, never on its own. */
export function endsInCredit(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= MAX_CAPTION_LENGTH && CLOSING_CREDIT.test(trimmed);
}

/** Why an element marked as furniture as a whole (`data-furniture`, see furniture-elements.ts) is left out, by its mark. */
const ELEMENT_FURNITURE: Readonly<Record<string, string>> = {
  'image-caption': 'image caption (the image is left out)',
  advertisement: 'advertisement',
  'wordpress-shortcode': 'WordPress shortcode',
};

/** The reason a `data-furniture` mark gives; undefined for no mark or one the importer does not set. */
export function elementFurnitureReason(mark: unknown): string | undefined {
  return typeof mark === 'string' && Object.hasOwn(ELEMENT_FURNITURE, mark) ? ELEMENT_FURNITURE[mark] : undefined;
}

/**
 * A whole block that is the rule's label: alone, or with a count ("Kommentare (12)", "12 Kommentare"), or followed by a
 * colon and a short line ("Artikel teilen: Facebook, X, E-Mail", "Newsletter abonnieren: Jeden Morgen das Wichtigste.").
 */
function wholeLabel({ label, alone }: FurnitureRule): RegExp | undefined {
  if (!label) return undefined;
  const tail = alone ? '[:›»→]?' : '(?:[:|·›»→]\\s*[^\\n]{0,80})?';
  return new RegExp(`^(?:\\d+\\s+)?(?:${label.source})(?:\\s*\\(\\d+\\))?\\s*${tail}$`, label.flags);
}

/** Each rule with its label pattern compiled once. */
const COMPILED = RULES.map((rule) => ({ ...rule, whole: wholeLabel(rule) }));

/** An ad label alone ("Anzeige", "ANZEIGE"): the first text of an ad container. */
export function isAdLabel(text: string): boolean {
  return furnitureReason(text) === 'advertising label';
}

/** Why a block is page furniture, or undefined when it is article text. */
export function furnitureReason(text: string): string | undefined {
  const trimmed = text.trim();
  if (IMAGE_CREDIT.test(trimmed) && !SENTENCE_END.test(trimmed)) return 'image credit';
  return COMPILED.find(({ whole, topic, action, fragment, maxLength }) => {
    if (trimmed.length > maxLength) return false;
    if (whole?.test(trimmed)) return true;
    const spoken = fragment ? !SENTENCE_END.test(trimmed) : READER.test(trimmed);
    return topic !== undefined && action !== undefined && spoken && topic.test(trimmed) && action.test(trimmed);
  })?.reason;
}
