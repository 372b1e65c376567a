import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_NOW, useTestSystem } from '../../../test/index.ts';
import { contentSetup, item, write } from './content-test-helpers.ts';
import { plainText, sanitiseBody } from './sanitise.ts';

const t = useTestSystem({ rateLimits: false });

/** Ways to make a browser run script or load something from rich text; none may survive. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)><script>alert(1)</script></svg>',
  '<p onclick="alert(1)">klik</p>',
  '<a href="javascript:alert(1)">link</a>',
  '<a href="JaVaScRiPt:alert(1)">link</a>',
  '<a href="&#106;avascript:alert(1)">link</a>',
  '<a href="java\tscript:alert(1)">link</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">link</a>',
  '<a href="vbscript:msgbox(1)">link</a>',
  '<a href="//evil.example">link</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<form action="https://evil.example"><input name=x><button>ok</button></form>',
  '<style>body{background:url(javascript:alert(1))}</style>',
  '<p style="background:url(javascript:alert(1))">stijl</p>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<template><script>alert(1)</script></template>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<link rel=stylesheet href=//evil.example/x.css>',
  '<details open ontoggle=alert(1)>',
  '<body onload=alert(1)>',
  '<<script>script>alert(1)<</script>/script>',
  '<scr<script>ipt>alert(1)</script>',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<a href="https://ok.example" onmouseover="alert(1)" target="_self">ok</a>',
];

/** What must never be in stored HTML. */
function assertInert(html: string, payload: string): void {
  const lower = html.toLowerCase();
  for (const bad of [
    '<script',
    '<img',
    '<svg',
    '<iframe',
    '<object',
    '<embed',
    '<style',
    '<form',
    '<input',
    '<meta',
    '<base',
    '<link',
    '<math',
    '<details',
    '<body',
    'style=',
    'javascript:',
    'vbscript:',
    'data:',
  ])
    assert.ok(!lower.includes(bad), `${bad} survived ${payload}: ${html}`);
  assert.ok(!/\son[a-z]+\s*=/i.test(html), `an event handler survived ${payload}: ${html}`);
  for (const [, href] of html.matchAll(/href="([^"]*)"/g))
    assert.match(href ?? '', /^(https?:|mailto:)/, `a link that is not http(s) or mailto: ${html}`);
}

describe('the rich-text sanitiser', () => {
  for (const payload of PAYLOADS)
    test(`leaves nothing that runs of ${payload}`, () => {
      assertInert(sanitiseBody(`<p>Tekst</p>${payload}`), payload);
    });

  test('keeps the allowed markup, and makes every link open apart', () => {
    const html =
      '<h2>Kop</h2><h3>Sub</h3><p><strong>vet</strong> <em>schuin</em> <u>onder</u> <s>door</s><br></p>' +
      '<ul><li>een</li></ul><ol><li>twee</li></ol><blockquote>citaat</blockquote>' +
      '<p><a href="https://nestje.example/info">site</a> <a href="mailto:info@nestje.example">mail</a></p>';
    assert.equal(
      sanitiseBody(html),
      html
        .replace('<br>', '<br />')
        .replace(
          'href="https://nestje.example/info"',
          'href="https://nestje.example/info" rel="noopener noreferrer" target="_blank"',
        )
        .replace(
          'href="mailto:info@nestje.example"',
          'href="mailto:info@nestje.example" rel="noopener noreferrer" target="_blank"',
        ),
    );
    assert.equal(
      sanitiseBody('<h1>Groot</h1><b>b</b><i>i</i>'),
      '<h2>Groot</h2><strong>b</strong><em>i</em>',
    );
    assert.equal(sanitiseBody('<div class="x" id="y"><span>los</span></div>'), 'los');
  });

  test('the summary is the plain text, characters and all', () => {
    assert.equal(
      plainText(sanitiseBody('<h2>Kop</h2><p>Eten &amp; drinken</p><p>a &lt; b</p>')),
      'Kop Eten & drinken a < b',
    );
  });
});

test('what staff write is stored sanitised, and read back by a parent only so', async () => {
  t.clock.set(DEFAULT_NOW);
  const s = await contentSetup(t.app, t.ctx);
  const written = await write(
    s.admin,
    item({ bodyHtml: `<p>Welkom</p>${PAYLOADS.join('')}`, publishAt: t.clock.now().toString() }),
  );
  const stored = await t.ctx.db
    .selectFrom('content_items')
    .select(['body_html', 'summary'])
    .where('id', '=', written.id)
    .executeTakeFirstOrThrow();
  assertInert(stored.body_html, 'all payloads');
  // The summary is plain text (shown as text, never as markup): the leftovers of broken tags are just words.
  assert.ok(stored.summary.startsWith('Welkom klik link'), stored.summary);
  const read = await s.parentA.client.get(`/api/v1/content/${written.id}`);
  assert.equal(read.body.bodyHtml, stored.body_html);
});
