/** Page furniture a scraper brings along (consent banners, newsletter promotions, image credits, share and comment prompts): never article text. */

const RULES: [reason: string, pattern: RegExp, maxLength: number][] = [
  [
    'consent banner',
    /Externer Inhalt|externe Inhalte angezeigt|Inhalte von Drittanbietern|Cookie-Einstellungen|Datenschutzeinstellungen|Alle akzeptieren|verwenden Cookies|nutzen Cookies|Cookies zu(?:stimmen|lassen)/iu,
    600,
  ],
  [
    'newsletter promotion',
    /^Newsletter\b|Newsletter (?:abonnieren|bestellen|kostenlos)|Jetzt (?:kostenlos )?(?:anmelden|abonnieren)/iu,
    300,
  ],
  ['image credit', /^(?:Fotos?|Bild(?:er|quelle|nachweis)?|Grafik|Titelbild|Symbolbild|Foto\/Grafik)\s*:\s*\S/u, 100],
  ['share or comment prompt', /^(?:(?:Diesen )?Artikel teilen|Jetzt teilen|Teilen|Kommentare|Jetzt kommentieren|Kommentieren)\b/iu, 100],
];

/** Why a block is page furniture, or undefined when it is article text. */
export function furnitureReason(text: string): string | undefined {
  const trimmed = text.trim();
  return RULES.find(([, pattern, maxLength]) => trimmed.length <= maxLength && pattern.test(trimmed))?.[0];
}
