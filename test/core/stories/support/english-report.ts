/** An English report as the story assigner receives it, from its own outlet (`outlet-<id>`). */
export const englishReport = (id: string, publishedAt: string, title: string, text: string) => ({
  id,
  title,
  text,
  language: 'en' as const,
  publishedAt,
  source: `outlet-${id}`,
});
