#!/usr/bin/env python3
"""Splits eval question sets by the language they are asked in, for per-language accuracy (docs/calibration.md,
"Korean and Japanese"). Hangul -> ko; kana or kanji -> ja; more Latin letters than CJK ones -> en. A conversation stays
whole, in the language of all its turns, or in "mixed" when it switches. Writes OUT/<set>.<lang>.jsonl.

usage: python3 eval/split-by-language.py OUT eval/questions.jsonl eval/questions-probe2.jsonl eval/dev-4.jsonl
"""
import collections
import json
import os
import re
import sys

HANGUL = re.compile('[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]')
KANA = re.compile('[\u3040-\u30ff]')
HAN = re.compile('[\u4e00-\u9fff]')
LATIN = re.compile('[A-Za-z]')


def language(question):
    h, k, c, la = (len(p.findall(question)) for p in (HANGUL, KANA, HAN, LATIN))
    if h + k + c == 0 or la > h + k + c:
        return 'en'
    return 'ko' if h >= k and h > 0 else 'ja'


def main(out, files):
    os.makedirs(out, exist_ok=True)
    for path in files:
        lines = [line if line.endswith('\n') else line + '\n' for line in open(path, encoding='utf-8') if line.strip()]
        rows = [json.loads(line) for line in lines]
        turns = collections.defaultdict(set)
        for row in rows:
            if row.get('conversation'):
                turns[row['conversation']].add(language(row['question']))
        groups = collections.defaultdict(list)
        for line, row in zip(lines, rows):
            conversation = row.get('conversation')
            if conversation:
                group = next(iter(turns[conversation])) if len(turns[conversation]) == 1 else 'mixed'
            else:
                group = language(row['question'])
            groups[group].append(line)
        name = os.path.basename(path).removesuffix('.jsonl')
        for group, chosen in groups.items():
            with open(os.path.join(out, f'{name}.{group}.jsonl'), 'w', encoding='utf-8') as f:
                f.writelines(chosen)
        print(name, {g: len(v) for g, v in sorted(groups.items())})


if __name__ == '__main__':
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
