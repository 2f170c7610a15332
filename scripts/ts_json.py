#!/usr/bin/env python3
"""Moves translations between a Qt .ts file and JSON, for translating in batches.

  scripts/ts_json.py export FILE.ts [--all] > todo.json
      every unfinished entry (or, with --all, every entry) as
      [{"id": N, "context": ..., "source": ..., "plural": bool, "de": German text for reference}]
  scripts/ts_json.py import FILE.ts done.json [...]
      writes the translations of done.json ({"N": "text"} or {"N": ["form", ...]} for plurals, N the
      export's id) into FILE.ts and drops their type="unfinished".

The file is edited as text, entry by entry, so the rest keeps lupdate's layout byte for byte and a
later `ninja -C build update_translations` changes nothing.
"""
import html
import json
import pathlib
import re
import sys

MESSAGE = re.compile(r'(?P<indent>[ ]*)<message(?P<attrs>[^>]*)>\n(?P<body>.*?)\n[ ]*</message>', re.S)
CONTEXT = re.compile(r'<context>\s*<name>(.*?)</name>(.*?)</context>', re.S)
TRANSLATION = re.compile(r'(?P<indent>[ ]*)<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)', re.S)


def unescape(text):
    return html.unescape(text)


def escape(text):
    # as lupdate writes element text
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


def entries(text):
    """Yields (id, context, source, plural, match) in file order."""
    n = 0
    for ctx in CONTEXT.finditer(text):
        cname = unescape(ctx.group(1))
        for m in MESSAGE.finditer(text, ctx.start(2), ctx.end(2)):
            source = unescape(re.search(r'<source>(.*?)</source>', m.group('body'), re.S).group(1))
            yield n, cname, source, 'numerus="yes"' in m.group('attrs'), m
            n += 1


def translation_of(m):
    t = TRANSLATION.search(m.group('body'))
    forms = re.findall(r'<numerusform>(.*?)</numerusform>', t.group('text') or '', re.S)
    return ('unfinished' in t.group('attrs')), [unescape(f) for f in forms] if forms else unescape(t.group('text') or '')


def reference(path):
    de = path.with_name('switchboard_de.ts')
    if not de.exists():
        return {}
    return {(c, s): translation_of(m)[1] for _, c, s, _, m in entries(de.read_text(encoding='utf-8'))}


def export(path, everything):
    text = path.read_text(encoding='utf-8')
    ref = reference(path)
    out = []
    for n, c, s, plural, m in entries(text):
        unfinished, _ = translation_of(m)
        if everything or unfinished:
            out.append({'id': n, 'context': c, 'source': s, 'plural': plural, 'de': ref.get((c, s))})
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def render(indent, value, plural):
    if plural:
        inner = indent + '    '
        forms = ''.join(f'\n{inner}<numerusform>{escape(f)}</numerusform>' for f in value)
        return f'{indent}<translation>{forms}\n{indent}</translation>'
    return f'{indent}<translation>{escape(value)}</translation>'


def apply(path, jsons):
    done = {}
    for j in jsons:
        done.update({int(k): v for k, v in json.loads(pathlib.Path(j).read_text(encoding='utf-8')).items()})
    text = path.read_text(encoding='utf-8')
    pieces, last, used = [], 0, 0
    for n, _, source, plural, m in entries(text):
        if n not in done:
            continue
        value = done[n]
        if plural != isinstance(value, list):
            sys.exit(f'{path}: entry {n} ("{source}") wants {"plural forms" if plural else "one text"}')
        body = m.group('body')
        t = TRANSLATION.search(body)
        new_body = body[:t.start()] + render(t.group('indent'), value, plural) + body[t.end():]
        pieces += [text[last:m.start('body')], new_body]
        last = m.end('body')
        used += 1
    pieces.append(text[last:])
    path.write_text(''.join(pieces), encoding='utf-8')
    print(f'{path.name}: wrote {used} of {len(done)} translations', file=sys.stderr)


def main(argv):
    if len(argv) >= 2 and argv[0] == 'export':
        export(pathlib.Path(argv[1]), '--all' in argv[2:])
    elif len(argv) >= 3 and argv[0] == 'import':
        apply(pathlib.Path(argv[1]), argv[2:])
    else:
        sys.exit(__doc__)


if __name__ == '__main__':
    main(sys.argv[1:])
