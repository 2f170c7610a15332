#!/usr/bin/env python3
"""Checks the shipped translations (translations/switchboard_*.ts) before they reach a user.

Fails (exit 1) on:
  - an entry left unfinished, blank, or kept as obsolete/vanished;
  - a plural entry without the forms its language needs (de 2, fr 2, ru 3, ja 1, ...);
  - placeholders (%1, %L1, %n, %Ln) that differ from the English source, in any form;
  - HTML tags, the keyboard accelerator (&) or leading/trailing spaces that differ from the source;
  - source text left untranslated (the translation equals the source), unless the text is only
    technical tokens (units, acronyms, key names, file types) and words the language shares
    with English (a short list per language);
  - a file that lists other messages than the rest (one file missed `update_translations`).
switchboard_en.ts holds the English plural forms only: its other entries stay empty.

Usage: scripts/check_translations.py [FILE.ts ...]   (default: every translations/*.ts)
"""
import collections
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent

# Plural forms per language (Qt's rules, qttools numerus.cpp); two unless listed.
FORMS = {'ja': 1, 'ko': 1, 'zh': 1, 'vi': 1, 'th': 1, 'id': 1, 'ru': 3, 'uk': 3, 'pl': 3, 'cs': 3, 'ar': 6}
# Languages whose first plural form means exactly one, so it may say "one call" without %n.
ONE_IS_FIRST_FORM = {'de', 'en', 'es'}

# Words that read the same in every language: units, acronyms, key and format names. A source made of
# these alone (after placeholders, tags and the accelerator are taken out) may stay as it is.
TECHNICAL = {
    'A', 'B', 'BM25', 'Ctrl+Enter', 'Elo', 'Esc', 'ID', 'Id', 'JSON', 'json', 'MRR', 'Markdown', 'md',
    'Recall@', 'Recall@1', 'Recall@5', 'Recall@k', 'Schema', 'SLO', 'Switchboard', 'TTFT', 'USD', 'h', 'k', 'min', 'ms',
    'p', 'P', 'p50', 'p95', 'pdf', 's', 'tok', 'Top',
}
# Per language: words that are the same in that language (cognates and the loanwords its UI usage
# keeps). A source made of these and technical words alone may stay as it is; everything else must be
# translated. Keep these short.
SAME_WORDS = {
    'de': {'blind', 'budget', 'budgets', 'hybrid', 'labels', 'monitor', 'name', 'ok', 'operation', 'passage',
           'playground', 'port', 'prompt', 'proxy', 'rerank', 'route', 'routing', 'seed', 'status',
           'team', 'tokens', 'version', 'workflow', 'workflows'},
    'fr': {'action', 'assistant', 'budget', 'budgets', 'citations', 'code', 'collections', 'condition',
           'configuration', 'conversation', 'description', 'direct', 'document', 'expression', 'image',
           'instructions', 'mode', 'ok', 'page', 'pages', 'passage', 'passages', 'pause', 'playground', 'prompt',
           'proxy', 'questions', 'route', 'secrets', 'source', 'sources', 'total', 'type', 'version',
           'versions', 'vision', 'votes', 'workflow', 'workflows'},
    'es': {'endpoint', 'error', 'monitor', 'playground', 'prompt', 'proxy', 'tokens', 'total'},
    'pt': {'endpoint', 'monitor', 'ok', 'playground', 'prompt', 'proxy', 'status', 'tags', 'tokens'},
}

LIST_AT_MOST = 40  # problems listed per file

PLACEHOLDER = re.compile(r'%L?(?:\d{1,2}|n)')
HTML_TAG = re.compile(r'</?(a|b|i|u|s|br|p|tt|code|pre|ul|ol|li|span|div|em|strong|h[1-6]|table|tr|td|th|'
                      r'small|big|sub|sup|hr|img|font|qt|html|body|head|style|nobr)\b[^<>]*>', re.I)
ENTITY = re.compile(r'&(?:[a-zA-Z]+|#\d+);')
WORD = re.compile(r'[^\W\d_][\w@+]*|\d+[^\W\d_][\w@+]*')


def accelerators(text):
    """How many keyboard accelerators (& not doubled, not an HTML entity) the text holds."""
    text = ENTITY.sub('', text).replace('&&', '')
    return text.count('&')


def tags(text):
    return sorted(m.group(0).split()[0].rstrip('>').lower() for m in HTML_TAG.finditer(text))


def may_stay(source, same_words):
    """Whether the source is made of technical words and words the language shares with English."""
    rest = HTML_TAG.sub(' ', PLACEHOLDER.sub(' ', ENTITY.sub(' ', source))).replace('&', '')
    return all(w in TECHNICAL or w.lower() in same_words for w in WORD.findall(rest))


def edges(text):
    m = re.match(r'^(\s*).*?(\s*)$', text, re.S)
    return m.group(1), m.group(2)


def check_file(path):
    """Returns (language, message keys, problems, counts)."""
    root = ET.parse(path).getroot()
    lang = root.get('language', '')
    short = lang.split('_')[0]
    only_plurals = short == 'en'
    forms = FORMS.get(short, 2)
    same_words = SAME_WORDS.get(lang, SAME_WORDS.get(short, set()))
    problems, keys = [], []
    counts = collections.Counter()
    for context in root.iter('context'):
        cname = context.findtext('name')
        for msg in context.iter('message'):
            source = msg.findtext('source') or ''
            comment = msg.findtext('comment') or ''
            keys.append((cname, source, comment))
            plural = msg.get('numerus') == 'yes'
            counts['messages'] += 1
            counts['plural'] += plural
            tr = msg.find('translation')
            where = f'{path.name}: {cname}: "{source}"'

            def bad(what):
                problems.append(f'{where}: {what}')

            kind = tr.get('type') if tr is not None else None
            if kind in ('obsolete', 'vanished'):
                bad(f'is {kind}: remove it (ninja -C build update_translations)')
                continue
            if only_plurals and not plural:
                continue
            if tr is None or kind == 'unfinished':
                bad('is unfinished')
                counts['unfinished'] += 1
                continue
            texts = [f.text or '' for f in tr.findall('numerusform')] if plural else [tr.text or '']
            if plural and len(texts) != forms:
                bad(f'has {len(texts)} plural forms, {lang} needs {forms}')
            want = set(PLACEHOLDER.findall(source))
            for i, text in enumerate(texts):
                label = f'form {i + 1}' if plural else 'translation'
                if not text.strip():
                    bad(f'{label} is blank')
                    continue
                have = set(PLACEHOLDER.findall(text))
                missing, extra = want - have, have - want
                if plural and i == 0 and short in ONE_IS_FIRST_FORM and forms > 1:
                    missing -= {'%n', '%Ln'}
                if missing:
                    bad(f'{label} loses {" ".join(sorted(missing))}')
                if extra:
                    bad(f'{label} adds {" ".join(sorted(extra))}')
                if tags(text) != tags(source):
                    bad(f'{label} has HTML tags {tags(text)}, the source {tags(source)}')
                if accelerators(text) != accelerators(source):
                    bad(f'{label} has {accelerators(text)} accelerator(s) (&), the source {accelerators(source)}')
                if edges(text) != edges(source):
                    bad(f'{label} starts or ends with other spaces than the source')
                if not only_plurals and not plural and text == source and not may_stay(source, same_words):
                    bad('is the English source left untranslated')
    return lang, keys, problems, counts


def main(argv):
    files = [pathlib.Path(a) for a in argv] or sorted((ROOT / 'translations').glob('*.ts'))
    if not files:
        print('check_translations: no .ts files found', file=sys.stderr)
        return 1
    all_problems, key_sets = [], {}
    for path in files:
        try:
            lang, keys, problems, counts = check_file(path)
        except (ET.ParseError, OSError) as e:
            all_problems.append(f'{path}: cannot read: {e}')
            continue
        key_sets[path.name] = set(keys)
        all_problems += problems[:LIST_AT_MOST]
        if len(problems) > LIST_AT_MOST:
            all_problems.append(f'{path.name}: ... and {len(problems) - LIST_AT_MOST} more')
        print(f'{path.name} ({lang}): {counts["messages"]} messages, {counts["plural"]} plural, '
              f'{counts["unfinished"]} unfinished, {len(problems)} problem(s)')
    if len(key_sets) > 1:
        union = set().union(*key_sets.values())
        for name, keys in key_sets.items():
            for c, s, _ in sorted(union - keys)[:20]:
                all_problems.append(f'{name}: lacks {c}: "{s}" (run ninja -C build update_translations)')
    for p in all_problems:
        print(p)
    if all_problems:
        print('check_translations: FAILED', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
