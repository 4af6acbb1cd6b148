#!/usr/bin/env python3
"""diff-errors.py — how often does gosub's first error match gc's?

A development tool, not part of `make test` (it needs Go 1.19 and python3).
It takes valid programs, breaks each one in small random ways (deletes,
duplicates or swaps a token, or drops a newline), compiles every mutant
with gc (`go tool compile`) and with gosub, and compares the first
diagnostic of each: line, column and message.  Mutants that gc accepts,
or rejects only in its type checker (no "syntax error" and not lexical),
are left out: the front end is what is compared.

    tools/diff-errors.py [-n MUTANTS_PER_FILE] [-seed S] [-show K] FILES...

It prints the agreement and the most frequent kinds of disagreement, each
with one example mutant saved under build/diff-errors/.
"""
import argparse
import collections
import os
import random
import re
import subprocess
import tempfile

DIAG = re.compile(r'^(?:\./)?[^:\s]+\.go:(\d+):(\d+): (.*)$')
TOKEN = re.compile(r'''`[^`]*`|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|//[^\n]*|/\*.*?\*/|'''
                   r'''[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*|\d[\w.]*|'''
                   r'''<<=|>>=|&\^=|\.\.\.|&&|\|\||<-|\+\+|--|==|!=|<=|>=|:=|[-+*/%&|^<>]=|&\^|<<|>>|\S''',
                   re.S)

LEXICAL = ("'", 'invalid character', 'invalid digit', 'invalid NUL', 'invalid UTF-8', 'invalid BOM',
           'invalid radix', 'newline in', 'not terminated', 'escape', 'literal has no digits',
           "'_' must", 'exponent', 'rune literal', 'more than one character', 'empty rune')


# Messages of gc's parser that do not start with "syntax error", and the
# checks of its type checker that gosub makes while parsing.
PARSER = ('expression in ', 'label ', 'break ', 'continue ', 'invalid break', 'invalid continue',
          'fallthrough', 'cannot fallthrough', 'method has', 'non-name', 'middle index',
          'final index', 'range clause permits')


def frontend(msg):
    return msg.startswith('syntax error') or msg.startswith(LEXICAL) or msg.startswith(PARSER)


def all_diags(out):
    diags = []
    for line in out.splitlines():
        m = DIAG.match(line)
        if m and 'too many errors' not in m.group(3):
            diags.append((int(m.group(1)), int(m.group(2)), m.group(3)))
    return diags


def first_diag(out):
    d = all_diags(out)
    return d[0] if d else None


def gc_first(path, tmp):
    env = dict(os.environ, GOCACHE=os.path.join(tmp, 'cache'), GO111MODULE='off')
    r = subprocess.run(['go', 'tool', 'compile', '-p', 'main', '-o', os.path.join(tmp, 'o.o'), path],
                       capture_output=True, text=True, env=env, timeout=30)
    fe = [d for d in all_diags(r.stdout + r.stderr) if frontend(d[2])]
    return r.returncode, (fe[0] if fe else None)


def gosub_first(gosub, path):
    r = subprocess.run([gosub, 'build', '-dump', 'ast', path], capture_output=True, text=True, timeout=30)
    return r.returncode, first_diag(r.stderr)


def mutate(src, rng):
    toks = [m for m in TOKEN.finditer(src) if not m.group(0).startswith(('//', '/*'))]
    if len(toks) < 5:
        return None
    kind = rng.choice(['delete', 'delete', 'duplicate', 'swap', 'newline'])
    i = rng.randrange(len(toks) - 1)
    a, b = toks[i], toks[i + 1]
    if kind == 'delete':
        return src[:a.start()] + src[a.end():], f'delete {a.group(0)!r}'
    if kind == 'duplicate':
        return src[:a.end()] + ' ' + a.group(0) + src[a.end():], f'duplicate {a.group(0)!r}'
    if kind == 'swap':
        return (src[:a.start()] + b.group(0) + src[a.end():b.start()] + a.group(0) + src[b.end():],
                f'swap {a.group(0)!r} {b.group(0)!r}')
    nl = [m.start() for m in re.finditer('\n', src)]
    if not nl:
        return None
    j = rng.choice(nl)
    return src[:j] + ' ' + src[j + 1:], 'join lines'


def category(msg):
    msg = re.sub(r'unexpected [^,;]*?(?=( in |, | at | after |$))', 'unexpected X', msg)
    msg = re.sub(r'\b(name|literal) \S+', r'\1 …', msg)
    return msg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('-n', type=int, default=20)
    ap.add_argument('-seed', type=int, default=1)
    ap.add_argument('-show', type=int, default=25)
    ap.add_argument('-gosub', default='./gosub')
    ap.add_argument('files', nargs='+')
    args = ap.parse_args()
    rng = random.Random(args.seed)
    outdir = 'build/diff-errors'
    os.makedirs(outdir, exist_ok=True)
    total = same = same_line = accepted_but_rejected = 0
    misses = collections.Counter()
    examples = {}

    def record(key, f, how, g, s, text):
        """Counts a disagreement and keeps its first mutant as an example."""
        misses[key] += 1
        if key not in examples:
            name = os.path.join(outdir, f'miss{len(examples):03d}.go')
            with open(name, 'w', encoding='utf-8') as out:
                out.write(f'// {os.path.basename(f)}: {how}\n// gc:    {g}\n// gosub: {s}\n' + text)
            examples[key] = name

    with tempfile.TemporaryDirectory() as tmp:
        for f in args.files:
            src = open(f, encoding='utf-8').read()
            for k in range(args.n):
                m = mutate(src, rng)
                if not m:
                    continue
                text, how = m
                path = os.path.join(tmp, 'm.go')
                with open(path, 'w', encoding='utf-8') as out:
                    out.write(text)
                gstatus, g = gc_first(path, tmp)
                if gstatus == 0 or not g:
                    # gc's parser accepts it: so must ours
                    sstatus, s = gosub_first(args.gosub, path)
                    if s:
                        accepted_but_rejected += 1
                        record(f'gc parses it, gosub: {category(s[2])}', f, how, g, s, text)
                    continue
                sstatus, s = gosub_first(args.gosub, path)
                total += 1
                if sstatus not in (0, 1, 2) or sstatus < 0:
                    key = f'CRASH status {sstatus}'
                elif s == g:
                    same += 1
                    continue
                elif s and s[0] == g[0] and s[2] == g[2]:
                    same_line += 1
                    key = 'same message and line, other column'
                else:
                    key = f'gc: {category(g[2])}  |  gosub: {category(s[2]) if s else "(none)"}'
                record(key, f, how, g, s, text)
    print(f'{total} mutants with a front-end error in gc: {same} identical first errors '
          f'({100.0 * same / max(total, 1):.1f}%), {same_line} more on the same line and message; '
          f'{accepted_but_rejected} mutants that gc parses but gosub rejects')
    for key, n in misses.most_common(args.show):
        print(f'{n:5d}  {key}   [{examples[key]}]')


if __name__ == '__main__':
    main()
