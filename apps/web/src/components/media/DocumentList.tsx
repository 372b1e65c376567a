import { Anchor, Group, Text } from '@mantine/core';
import type { Locale, MediaView } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/index.ts';
import { PaperclipIcon } from '../icons.tsx';

const LOCALE_TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A file size as people read it: "850 kB", "2,4 MB" (decimal units, like the operating systems show them). */
export function formatFileSize(bytes: number, locale: Locale): string {
  const format = (value: number, unit: string, digits: number) =>
    `${new Intl.NumberFormat(LOCALE_TAGS[locale], { maximumFractionDigits: digits }).format(value)} ${unit}`;
  if (bytes < 1000) return format(bytes, 'B', 0);
  if (bytes < 1_000_000) return format(Math.max(1, Math.round(bytes / 1000)), 'kB', 0);
  return format(bytes / 1_000_000, 'MB', 1);
}

/**
 * The documents (PDFs) attached to a message (and later a news item): one row each with a paperclip, the file
 * name and its size, opening the download. The server always answers a document as an attachment, so the link
 * never shows the PDF inside the app.
 */
export function DocumentList({ documents, label }: { documents: readonly MediaView[]; label: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (documents.length === 0) return null;
  return (
    <ul aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {documents.map((document) => {
        const name = document.fileName ?? t('timeline.documents.unnamed');
        const size = document.byteSize === null ? null : formatFileSize(document.byteSize, locale);
        return (
          <li key={document.id} data-testid="document-attachment">
            <Group gap={6} wrap="nowrap" py={4}>
              <PaperclipIcon style={{ flexShrink: 0 }} />
              {document.downloadUrl ? (
                <Anchor
                  href={document.downloadUrl}
                  download={name}
                  size="sm"
                  style={{ overflowWrap: 'anywhere' }}
                  aria-label={t('timeline.documents.downloadLabel', { name, size: size ?? '' })}
                >
                  {name}
                </Anchor>
              ) : (
                <Text size="sm">{name}</Text>
              )}
              {size && (
                <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                  {size}
                </Text>
              )}
            </Group>
          </li>
        );
      })}
    </ul>
  );
}
