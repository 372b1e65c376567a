import { Typography } from '@mantine/core';
import { useMemo } from 'react';
import { cleanContentHtml } from './rich-html.ts';

/**
 * The body of a news item, newsletter or information page, with its headings, lists, links and quotes.
 *
 * This is the one place in the app that inserts HTML. That is safe for three reasons, each enough on its own
 * against a script written into a body:
 * 1. the server sanitises every body before it stores it, to a strict allow-list of tags without attributes
 *    except a link's http(s) or mailto target;
 * 2. the body is cleaned again here to the same allow-list (`cleanContentHtml`), in a document that runs
 *    nothing, so a body that reached the database some other way still shows as text and plain markup;
 * 3. the app's Content-Security-Policy allows scripts from the app's own files only: no inline script, no event
 *    handler attribute and no `javascript:` link would run even if one slipped through.
 */
export function RichText({ html }: { html: string }) {
  const clean = useMemo(() => cleanContentHtml(html), [html]);
  return (
    <Typography>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised twice and under a strict CSP, see above */}
      <div data-testid="content-body" dangerouslySetInnerHTML={{ __html: clean }} />
    </Typography>
  );
}
