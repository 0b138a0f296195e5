// Hostile story files for the e2e build (npm run build:hostile): what a crawler might
// bring, beside the seeds. Each is written to stay a story (a good file with bad values),
// except the last few, which are bad files the build must report and leave out.

export const XSS_TITLE = '<img src=x onerror=alert(1)>'
export const LONG_TITLE = 'Unbroken' + 'x'.repeat(400)
/** A title whose markup and ampersand must show as text, in search results too. */
export const MARKUP_TITLE = 'Surveillance <b>bold</b> & <i>Co</i>'

const story = (fields: string[]) => ['---', 'category: news', 'type: article', 'quality: 60', 'heat: -1', 'published: true', ...fields, '---', ''].join('\n')

export const HOSTILE_FILES: Record<string, string | Uint8Array> = {
  'hostile-xss.txt': story([
    `title: "${XSS_TITLE}"`,
    `excerpt: "<script>alert('excerpt')</script> and <b onmouseover=alert(1)>bold</b>"`,
    'publishedDateTime: 2020-11-19T10:00:00-05:00',
    'webUrl: "javascript:alert(1)"',
    'originalUrl: "https://evil.example/story"',
    'ampWebUrl: " data:text/html,<script>alert(1)</script>"',
    `featuredContent: '<iframe src="https://evil.example/embed/aaaaaaaaaaa" onload="alert(1)"></iframe><script>alert(2)</script>'`,
    'provider:',
    '  name: "<b onmouseover=alert(1)>Evil</b>"',
    '  domain: evil.example',
    '  images:',
    '    - url: "javascript:alert(1)"',
    '      width: 50',
    '      height: 50',
    'topics:',
    '  - "<svg onload=alert(1)>"',
    'images:',
    '  - url: "JaVaScRiPt:alert(1)"',
    '    width: 10',
    '    height: 10',
    'related:',
    '  - title: "<a href=javascript:alert(1)>click</a>"',
    '    publishedDateTime: 2020-11-19T12:00:00Z',
    '    webUrl: "https://evil.example/related"',
    '    provider:',
    '      name: Evil',
    '      domain: evil.example',
    '  - title: "A javascript: link"',
    '    webUrl: "javascript:alert(1)"',
    '  - title: "A data: link"',
    '    webUrl: "data:text/html,<script>alert(1)</script>"',
    '  - title: "An in-corpus link"',
    '    webUrl: "https://gizmodo.com/the-lapd-just-banned-its-officers-from-using-third-part-1845702878/amp"',
  ]),
  'hostile-markup-title.txt': story([
    `title: "${MARKUP_TITLE}"`,
    'excerpt: "Surveillance &amp; more, with <em>markup</em> in the excerpt."',
    'publishedDateTime: 2020-11-21T10:00:00Z',
    'webUrl: "https://markup.example/story"',
    'provider:',
    '  name: Markup',
    '  domain: markup.example',
  ]),
  'hostile-video.md': story([
    'title: "A video with a handler in its embed"',
    'excerpt: "The embed HTML carries an onload handler; only its id may pass."',
    'publishedDateTime: 2020-11-20T10:00:00Z',
    'originalUrl: "https://video.example/watch"',
    `featuredContent: '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" onload="alert(1)" allow="camera"></iframe>'`,
    'provider:',
    '  name: Video Outlet',
    '  domain: video.example',
  ]),
  'hostile-long.txt': story([
    `title: "${LONG_TITLE}"`,
    `excerpt: "${'y'.repeat(600)}"`,
    'publishedDateTime: 2020-11-21T10:00:00Z',
    'webUrl: "https://long.example/a"',
    'provider:',
    `  name: "${'Z'.repeat(120)}"`,
    '  domain: long.example',
  ]),
  'bad-broken-yaml.txt': '---\ntitle: [unclosed\n---\n',
  'bad-alias-bomb.txt': ['---', 'title: "x"', 'a: &a ["x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c]', 'e: &e [*d,*d,*d,*d,*d,*d,*d,*d]', 'f: &f [*e,*e,*e,*e,*e,*e,*e,*e]', 'g: [*f,*f,*f,*f,*f,*f,*f,*f]', '---', ''].join('\n'),
  'bad-binary.txt': new Uint8Array([0, 1, 2, 3, 255]),
  'notes.json': '{"not": "a story"}',
}
