#!/usr/bin/env python3
"""Writes a pseudo-locale .ts from the English sources of a Switchboard .ts file.

Every text is accented (Switchboard -> Šŵïţçĥƀöáŕð), bracketed and padded to about 40 % longer, so
the UI tests can show where a longer language would overflow, clip or fall back to English (a text
without brackets did not go through tr()). Placeholders (%1, %n, %L1), HTML tags and entities, the
accelerator (&F), file patterns (*.json), URLs and key names (Ctrl+K, Esc, F5) stay as they are.
The build generates it (tests/ui/CMakeLists.txt); it is never committed.

Usage: scripts/pseudo_locale.py SOURCE.ts OUT.ts
"""
import math
import re
import sys
import xml.etree.ElementTree as ET

ACCENTS = str.maketrans(
    'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
    'áƀçðéƒĝĥïĵķŀɱñöƥɋŕšţûṽŵẋýžÁßÇÐÉƑĜĤÏĴĶĿṀÑÖÞǪŔŠŢÛṼŴẊÝŽ')
PADDING = 'ļöŕéɱ ïƥšûɱ ðöļöŕ šïţ áɱéţ çöñšéçţéţûŕ áðïƥïšçïñĝ éļïţ šéð ðö éïûšɱöð ţéɱƥöŕ '
# kept as written: placeholders, tags, entities, accelerator and its letter, file patterns, URLs, keys
KEEP = re.compile(r'%L?(?:\d{1,2}|n)|<[^<>]*>|&(?:[a-zA-Z]+|#\d+);|&&|&.|\*\.?[\w*]*|https?://\S+'
                  r'|\b(?:Ctrl|Shift|Alt|Meta)\+\S+|\bEsc\b|\bF\d{1,2}\b|\{\{[^}]*\}\}')
GROWTH = 0.4


def pseudo(text):
    if not text.strip():
        return text
    lead = text[:len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    body = text.strip()
    out, visible, last = [], 0, 0
    for m in KEEP.finditer(body):
        plain = body[last:m.start()]
        out += [plain.translate(ACCENTS), m.group(0)]
        visible += len(plain) + (0 if m.group(0).startswith('<') else len(m.group(0)))
        last = m.end()
    plain = body[last:]
    out.append(plain.translate(ACCENTS))
    visible += len(plain)
    extra = max(0, math.ceil(visible * GROWTH) - 2)  # the brackets count towards the growth
    pad = (PADDING * (extra // len(PADDING) + 1))[:extra].rstrip()
    inner = ''.join(out) + (' ' + pad if pad else '')
    # rich text must still start with its tag (Qt::mightBeRichText): the brackets go inside
    first = re.match(r'<[^<>]*>', inner) if inner.startswith('<') else None
    if first:
        return f'{lead}{first.group(0)}[{inner[first.end():]}]{trail}'
    return f'{lead}[{inner}]{trail}'


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    tree = ET.parse(argv[0])
    root = tree.getroot()
    root.set('language', 'en')
    for msg in root.iter('message'):
        source = msg.findtext('source') or ''
        tr = msg.find('translation')
        tr.attrib.clear()
        for child in list(tr):
            tr.remove(child)
        if msg.get('numerus') == 'yes':
            tr.text = None
            for _ in range(2):
                ET.SubElement(tr, 'numerusform').text = pseudo(source)
        else:
            tr.text = pseudo(source)
    tree.write(argv[1], encoding='utf-8', xml_declaration=True)


if __name__ == '__main__':
    main(sys.argv[1:])
