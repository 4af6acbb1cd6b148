#!/usr/bin/env python3
"""diff-types.py — does gosub's type checker reject what gc rejects, and say it as gc does?

A development tool, not part of `make test` (it needs Go 1.19 and python3).
It takes valid programs, applies small *semantic* mutations that keep a
program syntactically valid but usually make it ill-typed (swap an
identifier for another one in sight, change a literal's kind, drop or add
a call argument or a return value, := for = and back, delete or duplicate
a declaration, change a type, add or remove & and *, change an operator, a
selector's name or a method's receiver, add an unused variable or import,
...), compiles every mutant with gc (`go tool compile`) and with gosub,
and compares

  (a) accept/reject: gc's exit status 0 against gosub's "code generation
      is not implemented yet" (status 2, no diagnostic);
  (b) the first diagnostic, "LINE:COL: message";
  (c) all diagnostic lines, in order (what tests/gc-errors.sh records);
  (d) as (c) with the indented lines gc adds (have/want, ...).

Mutants that gc rejects with a "syntax error" (or a lexical error) are
skipped, and so are mutants with floating-point or complex constants and
mutants for which gosub says "unsupported: ..." (gc accepts those).  A
gosub exit status other than 0, 1 or 2, a sanitizer report (run with
--gosub build/asan/gosub) or a run over --timeout seconds is a crash, and
is listed first.

    tools/diff-types.py [--count N] [--seed S] [--jobs J] [--show K]
                        [--gosub PATH] [--out DIR] [FILES...]

FILES default to testdata/run/*.go, doc/examples/*.go and
../shared/bench/go/*.go.  It prints a summary with counts and percentages
and the most frequent kinds of disagreement; every differing mutant is
written to DIR (default build/diff-types/) as NNNN.go with NNNN.txt beside
it (the mutation, gc's output, gosub's output), and DIR/index.txt lists
the kinds with their cases.  The same --seed and --count give the same
mutants.
"""
import argparse
import collections
import concurrent.futures
import difflib
import glob
import os
import random
import re
import shutil
import subprocess
import sys

# an indented one is a related position ("\tFILE:L:C: other declaration of x"), which
# tests/gc-errors.sh records as a line of its own, and so do we
DIAG = re.compile(r'^\t?(?:\./)?[^:\s]+\.go:(\d+):(\d+): (.*)$')
TOKEN = re.compile(r'''`[^`]*`|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|//[^\n]*|/\*.*?\*/|'''
                   r'''[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*|\d[\w.]*|'''
                   r'''<<=|>>=|&\^=|\.\.\.|&&|\|\||<-|\+\+|--|==|!=|<=|>=|:=|[-+*/%&|^<>]=|&\^|<<|>>|\S''',
                   re.S)
FLOAT = re.compile(r'(?<![\w.])(?:\d+\.\d*(?:[eE][-+]?\d+)?|\.\d+|\d+[eE][-+]?\d+)\b|\b(?:float32|float64|complex64|complex128|complex|real|imag)\b')

LEXICAL = ("'", 'invalid character', 'invalid digit', 'invalid NUL', 'invalid UTF-8', 'invalid BOM',
           'invalid radix', 'newline in', 'not terminated', 'comment not terminated', 'escape',
           'literal has no digits', "'_' must", 'exponent', 'rune literal', 'more than one character',
           'empty rune')

KEYWORDS = {'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough',
            'for', 'func', 'go', 'goto', 'if', 'import', 'interface', 'map', 'package', 'range',
            'return', 'select', 'struct', 'switch', 'type', 'var'}
PREDECLARED = ['int', 'string', 'bool', 'byte', 'rune', 'int64', 'uint8', 'error', 'any', 'len',
               'cap', 'nil', 'true', 'false', 'append', 'make', 'new', 'iota', 'copy', 'delete',
               'panic', 'print', 'println', 'close', 'uint', 'int32']
BASIC_TYPES = {'int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64',
               'uintptr', 'byte', 'rune', 'string', 'bool', 'error', 'any'}
NEW_TYPES = ['int', 'string', 'bool', 'byte', 'int64', 'uint8', 'rune', 'error', 'any', '[]int',
             'map[string]int', 'map[int]int', '*int', '[]string', 'struct{}', 'chan int', 'func()',
             '[3]int', 'interface{ M() }']
LITERALS = ['1', '0', '-1', '"a"', '""', "'x'", 'true', 'false', 'nil', '1 << 70', '300', '1 << 62']
BINOPS = ['+', '-', '*', '/', '%', '&', '|', '^', '&^', '<<', '>>', '&&', '||', '==', '!=', '<', '<=',
          '>', '>=']
ASSIGNOPS = ['=', ':=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '&^=']
IMPORTS = ['os', 'strings', 'errors', 'sort', 'strconv', 'fmt']
OPEN, CLOSE = '([{', ')]}'
SANITIZER = re.compile(r'==\d+==ERROR: |Sanitizer|\.c:\d+:\d+: runtime error:')
NOT_YET = 'code generation is not implemented yet'


# ---------------------------------------------------------------- tokens

class Tok:
    __slots__ = ('text', 'start', 'end', 'kind')

    def __init__(self, m):
        self.text, self.start, self.end = m.group(0), m.start(), m.end()
        t = self.text
        if t[0] in '"`':
            self.kind = 'string'
        elif t[0] == "'":
            self.kind = 'rune'
        elif t[0].isdigit():
            self.kind = 'number'
        elif t[0].isalpha() or t[0] == '_' or ord(t[0]) >= 0x80:
            self.kind = 'keyword' if t in KEYWORDS else 'ident'
        else:
            self.kind = 'op'


def tokens(src):
    return [Tok(m) for m in TOKEN.finditer(src) if not m.group(0).startswith(('//', '/*'))]


def matching(toks, i):
    """The index of the bracket that closes toks[i], or None."""
    depth = 0
    for j in range(i, len(toks)):
        t = toks[j].text
        if t in OPEN:
            depth += 1
        elif t in CLOSE:
            depth -= 1
            if depth == 0:
                return j
    return None


def elements(toks, i):
    """The comma-separated elements between toks[i] (an open bracket) and
    its partner, as (first, last) token indexes; None if unbalanced."""
    j = matching(toks, i)
    if j is None:
        return None, None
    elems, depth, first = [], 0, i + 1
    for k in range(i + 1, j):
        t = toks[k].text
        if t in OPEN:
            depth += 1
        elif t in CLOSE:
            depth -= 1
        elif t == ',' and depth == 0:
            elems.append((first, k - 1))
            first = k + 1
    if first <= j - 1:
        elems.append((first, j - 1))
    return [e for e in elems if e[0] <= e[1]], j


def splice(src, start, end, new):
    return src[:start] + new + src[end:]


def value_end(t):
    """Whether a token can end an operand (so that what follows is binary)."""
    return t.kind in ('ident', 'number', 'string', 'rune') or t.text in (')', ']', '}')


# ---------------------------------------------------------------- mutations
# Each takes (src, toks, rng, info) and returns (text, description) or None.

def m_ident(src, toks, rng, info):
    cands = [i for i, t in enumerate(toks) if t.kind == 'ident' and i > 0
             and toks[i - 1].text not in ('.', 'package') and t.text != '_']
    if not cands:
        return None
    i = rng.choice(cands)
    t = toks[i]
    near = nearby_idents(toks, i)
    pool = near if near and rng.random() < 0.7 else info['idents'] + PREDECLARED
    new = rng.choice(pool)
    if new == t.text:
        return None
    return splice(src, t.start, t.end, new), f'identifier {t.text} -> {new}'


def nearby_idents(toks, i, span=60):
    lo, hi = max(0, i - span), min(len(toks), i + span)
    return sorted({toks[k].text for k in range(lo, hi) if toks[k].kind == 'ident'
                   and toks[k - 1].text != '.' and toks[k].text != '_'})


def m_selector(src, toks, rng, info):
    cands = [i for i, t in enumerate(toks) if t.kind == 'ident' and i > 0 and toks[i - 1].text == '.']
    if not cands:
        return None
    i = rng.choice(cands)
    t = toks[i]
    r = rng.random()
    if r < 0.6:
        new = rng.choice(info['selectors'])
    elif r < 0.8:
        new = t.text[0].swapcase() + t.text[1:]
    else:
        new = rng.choice(['nosuch', 'X', 'len', 'String', 'Error'])
    if new == t.text:
        return None
    return splice(src, t.start, t.end, new), f'selector .{t.text} -> .{new}'


def m_literal(src, toks, rng, info):
    cands = [i for i, t in enumerate(toks) if t.kind in ('number', 'string', 'rune')
             or t.text in ('true', 'false', 'nil')]
    # import paths are not literals to play with
    cands = [i for i in cands if not in_import(toks, i)]
    if not cands:
        return None
    t = toks[rng.choice(cands)]
    new = rng.choice(LITERALS)
    if new == t.text:
        return None
    return splice(src, t.start, t.end, new), f'literal {t.text} -> {new}'


def in_import(toks, i):
    for k in range(i - 1, max(-1, i - 40), -1):
        if toks[k].text == 'import':
            return True
        if toks[k].text in (')', '}', 'func', 'var', 'const', 'type'):
            return False
    return False


def m_drop_elem(src, toks, rng, info):
    """Drops one element of a comma-separated list inside brackets (call
    arguments, parameters, composite literal elements)."""
    cands = [i for i, t in enumerate(toks) if t.text in '([{' and len(t.text) == 1]
    rng.shuffle(cands)
    for i in cands[:20]:
        elems, j = elements(toks, i)
        if not elems or (toks[i].text == '{' and '\n' in src[toks[i].end:toks[j].start]
                         and len(elems) < 2):
            continue  # a block, not a composite literal
        k = rng.randrange(len(elems))
        a, b = elems[k]
        if len(elems) == 1:
            start, end = toks[a].start, toks[b].end
        elif k == len(elems) - 1:
            start, end = toks[elems[k - 1][1]].end, toks[b].end
        else:
            start, end = toks[a].start, toks[elems[k + 1][0]].start
        return splice(src, start, end, ''), f'drop element {src[toks[a].start:toks[b].end]!r}'
    return None


def m_drop_list(src, toks, rng, info):
    """Drops one element of an unbracketed list: the left or right side of
    an assignment or definition, a return statement, a var declaration."""
    cands = [i for i, t in enumerate(toks) if t.text == ',' and bracket_depth_zero(toks, i)]
    if not cands:
        return None
    i = rng.choice(cands)
    # the element after the comma runs to the next comma / = / := / newline at depth 0
    k, depth = i + 1, 0
    line_end = src.find('\n', toks[i].end)
    while k < len(toks):
        t = toks[k]
        if depth == 0 and (t.text in (',', '=', ':=', '{', ';') or t.start >= line_end or t.text in CLOSE):
            break
        depth += t.text in OPEN
        depth -= t.text in CLOSE
        k += 1
    if k == i + 1:
        return None
    end = toks[k - 1].end
    if rng.random() < 0.5:
        return splice(src, toks[i].start, end, ''), f'drop list element {src[toks[i].end:end].strip()!r}'
    # or the element before the comma
    k, depth = i - 1, 0
    line_start = src.rfind('\n', 0, toks[i].start)
    while k >= 0:
        t = toks[k]
        if depth == 0 and (t.text in (',', '=', ':=', 'return', 'var', ';', '{', '}') or t.start <= line_start
                           or t.text in OPEN):
            break
        depth += t.text in CLOSE
        depth -= t.text in OPEN
        k -= 1
    if k == i - 1:
        return None
    start = toks[k + 1].start
    return splice(src, start, toks[i].end, ''), f'drop list element {src[start:toks[i].start].strip()!r}'


def bracket_depth_zero(toks, i):
    depth = 0
    for k in range(i - 1, max(-1, i - 200), -1):
        t = toks[k].text
        if t in CLOSE:
            depth += 1
        elif t in OPEN:
            if depth == 0:
                return t == '{'
            depth -= 1
    return True


def m_add_arg(src, toks, rng, info):
    cands = [i for i, t in enumerate(toks) if t.text == '(' and i > 0
             and (toks[i - 1].kind == 'ident' or toks[i - 1].text in (')', ']'))
             and not (i > 1 and toks[i - 2].text == 'func')]
    if not cands:
        return None
    i = rng.choice(cands)
    j = matching(toks, i)
    if j is None:
        return None
    near = nearby_idents(toks, i, 30)
    new = rng.choice(LITERALS + near) if near else rng.choice(LITERALS)
    elems, _ = elements(toks, i)
    if elems and rng.random() < 0.5:  # an argument in front
        return splice(src, toks[i].end, toks[i].end, new + ', '), f'add argument {new} first'
    where = toks[j].start
    return splice(src, where, where, (', ' if elems else '') + new), f'add argument {new}'


def m_swap_elems(src, toks, rng, info):
    cands = [i for i, t in enumerate(toks) if t.text == '(']
    rng.shuffle(cands)
    for i in cands[:30]:
        elems, _ = elements(toks, i)
        if not elems or len(elems) < 2:
            continue
        a, b = rng.sample(range(len(elems)), 2)
        a, b = min(a, b), max(a, b)
        ea, eb = elems[a], elems[b]
        ta = src[toks[ea[0]].start:toks[ea[1]].end]
        tb = src[toks[eb[0]].start:toks[eb[1]].end]
        if ta == tb:
            continue
        out = (src[:toks[ea[0]].start] + tb + src[toks[ea[1]].end:toks[eb[0]].start] + ta
               + src[toks[eb[1]].end:])
        return out, f'swap {ta!r} and {tb!r}'
    return None


def m_return(src, toks, rng, info):
    cands = [i for i, t in enumerate(toks) if t.text == 'return']
    if not cands:
        return None
    i = rng.choice(cands)
    line_end = src.find('\n', toks[i].end)
    semi = src.find(';', toks[i].end, line_end)
    brace = src.find('}', toks[i].end, line_end)
    end = min([x for x in (line_end, semi, brace) if x >= 0] or [len(src)])
    rest = src[toks[i].end:end]
    if rest.strip() and not rest.strip().startswith('//') and rng.random() < 0.7:
        return splice(src, toks[i].end, end, ''), f'return{rest} -> return'
    new = rng.choice(['1', 'nil', '"a"', '1, 2', 'true'])
    return splice(src, toks[i].end, toks[i].end, ' ' + new + (',' if rest.strip() and not rest.strip().startswith('//') else '')), \
        f'return: add value {new}'


def m_define(src, toks, rng, info):
    cands = [i for i, t in enumerate(toks) if t.text in ASSIGNOPS]
    if not cands:
        return None
    t = toks[rng.choice(cands)]
    if t.text == ':=':
        new = '='
    elif t.text == '=':
        new = ':='
    else:
        new = rng.choice(['=', ':='])
    return splice(src, t.start, t.end, new), f'{t.text} -> {new}'


def lines_of(src):
    out, pos = [], 0
    for line in src.splitlines(keepends=True):
        out.append((pos, line))
        pos += len(line)
    return out


def is_decl(line):
    s = line.strip()
    return (s.startswith(('var ', 'const ', 'type ', 'import ', 'func ')) or ':=' in s
            or re.match(r'^[\w, ]+ [\w\[\]*.]+$', s) or re.match(r'^"[\w/]+"$', s)
            or re.match(r'^\w+( \w+)*( = .*)?$', s))


def balanced(line):
    code = re.sub(r'//.*', '', line)
    code = re.sub(r'"(?:\\.|[^"\\])*"|`[^`]*`|\'(?:\\.|[^\'\\])*\'', '""', code)
    return code.count('{') == code.count('}') and code.count('(') == code.count(')')


def m_delete_line(src, toks, rng, info):
    ls = [(p, l) for p, l in lines_of(src) if l.strip() and not l.strip().startswith('//')
          and balanced(l) and not l.startswith('package')]
    decl = [x for x in ls if is_decl(x[1])]
    pool = decl if decl and rng.random() < 0.75 else ls
    if not pool:
        return None
    p, l = rng.choice(pool)
    return splice(src, p, p + len(l), ''), f'delete line {l.strip()!r}'


def m_dup_line(src, toks, rng, info):
    ls = [(p, l) for p, l in lines_of(src) if l.strip() and not l.strip().startswith('//')
          and balanced(l) and not l.startswith('package')]
    decl = [x for x in ls if is_decl(x[1])]
    pool = decl if decl and rng.random() < 0.85 else ls
    if not pool:
        return None
    p, l = rng.choice(pool)
    return splice(src, p, p, l), f'duplicate line {l.strip()!r}'


def m_type(src, toks, rng, info):
    names = BASIC_TYPES | set(info['types'])
    cands = [i for i, t in enumerate(toks) if t.kind == 'ident' and t.text in names
             and toks[i - 1].text != '.']
    brackets = [i for i, t in enumerate(toks) if t.text == '[' and i + 1 < len(toks)
                and toks[i + 1].text == ']']
    stars = [i for i, t in enumerate(toks) if t.text == '*' and i > 0 and not value_end(toks[i - 1])
             and i + 1 < len(toks) and toks[i + 1].kind == 'ident']
    r = rng.random()
    if brackets and r < 0.2:
        i = rng.choice(brackets)
        new = rng.choice(['map[int]', 'map[string]', '[3]', '*', 'chan ', '[...]'])
        return splice(src, toks[i].start, toks[i + 1].end, new), f'[] -> {new}'
    if stars and r < 0.3:
        i = rng.choice(stars)
        return splice(src, toks[i].start, toks[i].end, ''), f'drop * before {toks[i + 1].text}'
    if not cands:
        return None
    t = toks[rng.choice(cands)]
    new = rng.choice(NEW_TYPES + info['types'])
    if new == t.text:
        return None
    return splice(src, t.start, t.end, new), f'type {t.text} -> {new}'


def m_addr(src, toks, rng, info):
    unary = [i for i, t in enumerate(toks) if t.text in ('&', '*') and i > 0
             and not value_end(toks[i - 1]) and toks[i - 1].text not in ('[', 'func')]
    if unary and rng.random() < 0.4:
        t = toks[rng.choice(unary)]
        return splice(src, t.start, t.end, ''), f'drop unary {t.text}'
    cands = [i for i, t in enumerate(toks) if t.kind == 'ident' and i > 0
             and toks[i - 1].text in ('=', ':=', '(', ',', 'return', '==', '!=', '+', '<', '{', '[')
             and not (i > 1 and toks[i - 2].text == 'func')]
    if not cands:
        return None
    t = toks[rng.choice(cands)]
    op = rng.choice(['&', '*', '&', '*', '<-', '-', '!', '^'])
    return splice(src, t.start, t.start, op), f'{op} before {t.text}'


def m_binop(src, toks, rng, info):
    cands = [i for i, t in enumerate(toks) if t.text in BINOPS and i > 0 and value_end(toks[i - 1])
             and not (t.text == '*' and toks[i - 1].text in ('[', ']'))]
    if not cands:
        return None
    t = toks[rng.choice(cands)]
    new = rng.choice(BINOPS)
    if new == t.text:
        return None
    return splice(src, t.start, t.end, new), f'operator {t.text} -> {new}'


def m_receiver(src, toks, rng, info):
    ms = list(re.finditer(r'^func \((\w+ )?(\*?)(\w+)\)', src, re.M))
    if not ms:
        return None
    m = rng.choice(ms)
    if m.group(2):
        return splice(src, m.start(2), m.end(2), ''), f'receiver *{m.group(3)} -> {m.group(3)}'
    if rng.random() < 0.2:
        new = rng.choice(['int', 'string', '**' + m.group(3), 'error'])
        return splice(src, m.start(3), m.end(3), new), f'receiver {m.group(3)} -> {new}'
    return splice(src, m.start(3), m.start(3), '*'), f'receiver {m.group(3)} -> *{m.group(3)}'


def m_result(src, toks, rng, info):
    ms = list(re.finditer(r'^(func [^\n{]*\))( ?[^\n{()]*| ?\([^\n{]*\)) \{', src, re.M))
    if not ms:
        return None
    m = rng.choice(ms)
    res = m.group(2).strip()
    if res and rng.random() < 0.6:
        return splice(src, m.start(2), m.end(2), ''), f'drop result {res}'
    new = rng.choice(['int', 'string', 'error', '(int, bool)', 'bool'])
    if res:
        if res.startswith('('):
            return splice(src, m.end(2) - 1, m.end(2) - 1, ', ' + new.strip('()')), f'add result {new}'
        return splice(src, m.start(2), m.end(2), f' ({res}, {new})'), f'add result {new}'
    return splice(src, m.end(1), m.end(1), ' ' + new), f'add result {new}'


def body_lines(src):
    """Positions right after a line that ends with '{' inside a function."""
    out, infunc = [], False
    for p, l in lines_of(src):
        s = l.rstrip()
        if s.startswith('func '):
            infunc = True
        elif s and not s[0].isspace() and s != '}':
            infunc = False
        if infunc and s.endswith('{') and not re.search(r'\b(struct|interface)\s*\{$', s) \
                and not re.search(r'(\]|\w|\})\{$', s) and not s.rstrip('{ ').endswith((',', '=')):
            out.append((p + len(l), len(l) - len(l.lstrip('\t')) + 1))
    return out


STMTS = ['{a} = {b}', '{a}++', '{a}()', '_ = {a} + {b}', '_ = {a}[0]', '_ = len({a})',
         'for range {a} {{}}', 'switch {a}.(type) {{}}', '_ = {a}.({t})', '{a} <- {b}', '_ = <-{a}',
         'close({a})', 'delete({a}, {b})', '_ = append({a}, {b})', '{a}, {b} = {b}', '{a}[{b}] = {a}',
         'if {a} {{}}', '{a}.{s} = {b}', '_ = {a}.{s}', '_ = {t}({a})', 'go {a}', 'defer {a}()',
         '_ = {a} == {b}', '{a} := {b}', 'var {a} {t} = {b}', '_ = {a}[1:{b}]', '{a} += {b}',
         '_ = &{a}', '_ = *{a}', '_ = {a}{{}}', '_ = {t}{{{a}}}', 'for {a} := range {b} {{}}',
         '_ = {b}', '{a}']


def m_stmt(src, toks, rng, info):
    where = body_lines(src)
    if not where:
        return None
    p, indent = rng.choice(where)
    i = next((k for k, t in enumerate(toks) if t.start >= p), len(toks) - 1)
    near = nearby_idents(toks, i, 80) or info['idents']
    fmt = rng.choice(STMTS)
    stmt = fmt.format(a=rng.choice(near), b=rng.choice(near + LITERALS[:6]),
                      t=rng.choice(NEW_TYPES[:10] + info['types']), s=rng.choice(info['selectors']))
    return splice(src, p, p, '\t' * indent + stmt + '\n'), f'insert statement {stmt!r}'


def m_unused(src, toks, rng, info):
    if rng.random() < 0.4:
        pkg = rng.choice(IMPORTS)
        m = re.search(r'^package \w+\n', src, re.M)
        if not m:
            return None
        return splice(src, m.end(), m.end(), f'import "{pkg}"\n'), f'add import "{pkg}"'
    where = body_lines(src)
    if not where:
        return None
    p, indent = rng.choice(where)
    decl = rng.choice(['unused := 1', 'var unused int', 'unused, _ := 1, 2', 'var unused = "s"',
                       'const unused = 1', 'type unused int', 'unused := func() {}'])
    return splice(src, p, p, '\t' * indent + decl + '\n'), f'insert {decl!r}'


def m_call(src, toks, rng, info):
    """Drops the arguments and parentheses of a call, or wraps an operand in
    a conversion or a call."""
    if rng.random() < 0.4:
        cands = [i for i, t in enumerate(toks) if t.text == '(' and i > 1 and toks[i - 1].kind == 'ident'
                 and toks[i - 2].text not in ('func', ')')]
        if not cands:
            return None
        i = rng.choice(cands)
        j = matching(toks, i)
        if j is None:
            return None
        return splice(src, toks[i].start, toks[j].end, ''), f'drop call {toks[i - 1].text}(...)'
    cands = [i for i, t in enumerate(toks) if t.kind in ('ident', 'number', 'string') and i > 0
             and toks[i - 1].text in ('=', ':=', '(', ',', 'return', '==', '+', '<')
             and not (i > 1 and toks[i - 2].text == 'func')]
    if not cands:
        return None
    t = toks[rng.choice(cands)]
    w = rng.choice(['string', 'int', '[]byte', 'byte', 'len', 'any', 'error', 'bool', 'uint8', '[]rune',
                    'new'] + info['types'])
    return splice(src, t.start, t.end, f'{w}({t.text})'), f'{t.text} -> {w}({t.text})'


def m_composite(src, toks, rng, info):
    """Changes the key of a keyed composite literal element or a struct field name."""
    cands = [i for i, t in enumerate(toks) if t.kind == 'ident' and i + 1 < len(toks)
             and toks[i + 1].text == ':' and i > 0 and toks[i - 1].text in ('{', ',')]
    if not cands:
        return None
    t = toks[rng.choice(cands)]
    new = rng.choice(info['selectors'] + ['nosuch'])
    if new == t.text:
        return None
    return splice(src, t.start, t.end, new), f'key {t.text} -> {new}'


MUTATORS = [(m_ident, 10), (m_selector, 5), (m_literal, 8), (m_drop_elem, 6), (m_drop_list, 4),
            (m_add_arg, 5), (m_swap_elems, 3), (m_return, 4), (m_define, 5), (m_delete_line, 7),
            (m_dup_line, 5), (m_type, 7), (m_addr, 5), (m_binop, 6), (m_receiver, 3),
            (m_result, 3), (m_stmt, 8), (m_unused, 3), (m_call, 4), (m_composite, 2)]


def file_info(src, toks):
    idents = sorted({t.text for t in toks if t.kind == 'ident'})
    sels = sorted({toks[i].text for i in range(1, len(toks)) if toks[i].kind == 'ident'
                   and toks[i - 1].text == '.'}) or ['x']
    types = sorted(set(re.findall(r'^\s*type (\w+)', src, re.M)) |
                   set(re.findall(r'^\t(\w+) (?:struct|interface|int|string|\[)', src, re.M)))
    return {'idents': idents, 'selectors': sels, 'types': types}


def mutate(src, toks, info, rng):
    fns, weights = zip(*MUTATORS)
    for _ in range(20):
        fn = rng.choices(fns, weights)[0]
        r = fn(src, toks, rng, info)
        if r and r[0] != src:
            return r[0], f'{fn.__name__[2:]}: {r[1]}'
    return None


# ---------------------------------------------------------------- running

def diags(out, gosub=False):
    """[(line, col, message, extra_lines)] from a compiler's output."""
    result, lines = [], out.splitlines()
    k = 0
    while k < len(lines):
        m = DIAG.match(lines[k])
        k += 1
        if not m:
            continue
        extra = []
        while k < len(lines) and not DIAG.match(lines[k]) and not lines[k].startswith('gosub:'):
            extra.append(lines[k])
            k += 1
        if gosub:
            # gosub prints the source line and a caret under the column after its extra lines
            for c in range(len(extra) - 1, -1, -1):
                if re.match(r'^[ \t]*\^$', extra[c]):
                    extra = extra[:max(c - 1, 0)]
                    break
        result.append((int(m.group(1)), int(m.group(2)), m.group(3), tuple(extra)))
    return result


def run(cmd, env, timeout):
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout, errors='replace')
        return r.returncode, r.stdout + r.stderr
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b'') + (e.stderr or b'')
        return 'timeout', out.decode('utf-8', 'replace') if isinstance(out, bytes) else out


def check(job):
    """Compiles one mutant with both compilers; returns a result dict."""
    idx, text, how, origin, args, wdir = job
    path = os.path.join(wdir, f'mut{idx}.go')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    env = dict(os.environ, GOCACHE=os.path.join(args.tmp, 'cache'), GO111MODULE='off')
    grc, gout = run(['go', 'tool', 'compile', '-p', 'main', '-o', os.path.join(wdir, f'o{idx}.o'), path],
                    env, 60)
    res = {'idx': idx, 'text': text, 'how': how, 'origin': origin, 'grc': grc, 'gout': gout}
    gd = diags(gout)
    if grc != 0 and any(d[2].startswith('syntax error') or d[2].startswith(LEXICAL) for d in gd):
        res['skip'] = 'gc: syntax error'
    elif grc != 0 and not gd:
        res['skip'] = 'gc: no diagnostics (internal error?)'
    elif any('internal compiler error' in d[2] for d in gd):
        res['skip'] = 'gc: internal compiler error'
    if 'skip' in res:
        os.unlink(path)
        return res
    senv = dict(os.environ,
                ASAN_OPTIONS='exitcode=86:detect_leaks=1',
                UBSAN_OPTIONS='exitcode=86:halt_on_error=1:print_stacktrace=1')
    src_, sout = run([args.gosub, 'build', '-o', os.path.join(wdir, f'a{idx}.out'), path], senv,
                     args.timeout)
    os.unlink(path)
    for p in (os.path.join(wdir, f'o{idx}.o'), os.path.join(wdir, f'a{idx}.out')):
        if os.path.exists(p):
            os.unlink(p)
    res['src'], res['sout'] = src_, sout
    sd = diags(sout, gosub=True)
    if src_ == 'timeout':
        res['crash'] = f'hang (over {args.timeout}s)'
    elif src_ not in (0, 1, 2) or SANITIZER.search(sout):
        res['crash'] = f'exit status {src_}' + (' with sanitizer report' if SANITIZER.search(sout) else '')
    elif src_ == 2 and NOT_YET not in sout:
        res['crash'] = 'exit status 2 without "not implemented yet"'
    elif any(d[2].startswith('unsupported:') for d in sd):
        res['skip'] = 'gosub: unsupported'
    elif grc == 0 and src_ == 1 and not sd and 'function main is undeclared' in sout:
        res['skip'] = 'no func main (the linker\'s error, not the compiler\'s)'
    res['gd'], res['sd'] = gd, sd
    res['gacc'] = grc == 0
    res['sacc'] = src_ == 2 and not sd
    return res


# ---------------------------------------------------------------- grouping

WORDS = set('''cannot use as type in assignment declared but not used undefined value of variable
constant untyped invalid operation mismatched types and operator defined on argument to call too many
arguments enough return values have want missing method field or has no is a an the imported
redeclared this block other declaration assign struct literal unknown for with expression composite
non-name left side right side := number results non-boolean condition if statement label loop
pointer receiver func function map slice array string int bool byte rune interface nil index out
bounds range overflows convert cannot implement wrong dereference address take indirect of from
go defer discards result must be called expected not an expr used multiple-value single-value
context value,'''.split())


def category(msg, idents):
    msg = re.sub(r'"(?:\\.|[^"\\])*"', '"S"', msg)
    msg = re.sub(r'\b\d+\b', 'N', msg)
    msg = re.sub(r'\b[A-Za-z_]\w*\b', lambda m: 'X' if m.group(0) in idents and m.group(0) not in WORDS
                 and m.group(0) not in BASIC_TYPES else m.group(0), msg)
    msg = re.sub(r'\(value of type [^)]*\)|\(variable of type [^)]*\)', '(… of type T)', msg)
    return msg


def fmt_diag(d):
    return f'{d[0]}:{d[1]}: {d[2]}' if d else '(none)'


def classify(r, idents):
    gd, sd = r['gd'], r['sd']
    if r['gacc'] and not r['sacc']:
        return f'gc accepts, gosub: {category(sd[0][2], idents) if sd else "status " + str(r["src"])}'
    if not r['gacc'] and r['sacc']:
        return f'gosub accepts, gc: {category(gd[0][2], idents)}'
    ga, sa = [d[:3] for d in gd], [d[:3] for d in sd]
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ga, sa, autojunk=False).get_opcodes():
        if op == 'equal':
            continue
        if op == 'delete':
            return f'gosub misses: {category(ga[i1][2], idents)}'
        if op == 'insert':
            return f'gosub adds: {category(sa[j1][2], idents)}'
        g, s = ga[i1], sa[j1]
        if g[2] == s[2]:
            return f'same message, other position ({"line" if g[0] != s[0] else "column"}): ' \
                   f'{category(g[2], idents)}'
        return f'gc: {category(g[2], idents)}  |  gosub: {category(s[2], idents)}'
    pairs = list(zip(gd, sd))
    for g, s in pairs:
        if g[3] != s[3]:
            return f'extra lines differ: {category(g[2], idents)}'
    return None


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--count', '-n', type=int, default=1000, help='number of mutants')
    ap.add_argument('--seed', '-seed', type=int, default=1)
    ap.add_argument('--jobs', '-j', type=int, default=2)
    ap.add_argument('--show', '-show', type=int, default=40)
    ap.add_argument('--gosub', '-gosub', default='./gosub')
    ap.add_argument('--out', default='build/diff-types')
    ap.add_argument('--tmp', default='/tmp/dt')
    ap.add_argument('--timeout', type=float, default=10)
    ap.add_argument('files', nargs='*')
    args = ap.parse_args()
    files = args.files or sorted(glob.glob('testdata/run/*.go') + glob.glob('doc/examples/*.go')
                                 + glob.glob('../shared/bench/go/*.go'))
    rng = random.Random(args.seed)
    srcs = []
    for f in files:
        src = open(f, encoding='utf-8').read()
        toks = tokens(src)
        srcs.append((f, src, toks, file_info(src, toks)))

    # all mutants first, so that --seed alone decides them
    jobs, seen = [], set()
    wdir = os.path.join(args.tmp, f'w{os.getpid()}')
    os.makedirs(wdir, exist_ok=True)
    os.makedirs(os.path.join(args.tmp, 'cache'), exist_ok=True)
    # a copy, so that a rebuild while we run changes nothing
    snap = os.path.join(wdir, 'gosub')
    shutil.copy2(args.gosub, snap)
    args.gosub = snap
    attempts = 0
    skipped_gen = collections.Counter()
    while len(jobs) < args.count and attempts < args.count * 20:
        attempts += 1
        f, src, toks, info = rng.choice(srcs)
        m = mutate(src, toks, info, rng)
        if not m:
            continue
        text, how = m
        if text in seen:
            skipped_gen['duplicate mutant'] += 1
            continue
        seen.add(text)
        if FLOAT.search(re.sub(r'//[^\n]*|"(?:\\.|[^"\\\n])*"|`[^`]*`', '', text)):
            skipped_gen['uses floats'] += 1
            continue
        jobs.append((len(jobs), text, how, f, args, wdir))

    results = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as ex:
        for k, r in enumerate(ex.map(check, jobs)):
            results.append(r)
            if (k + 1) % 200 == 0:
                print(f'... {k + 1}/{len(jobs)}', file=sys.stderr, flush=True)
    shutil.rmtree(wdir, ignore_errors=True)

    if os.path.isdir(args.out):
        shutil.rmtree(args.out)
    os.makedirs(args.out)
    skips = collections.Counter(skipped_gen)
    compared = [r for r in results if 'skip' not in r or 'crash' in r]
    for r in results:
        if 'skip' in r and 'crash' not in r:
            skips[r['skip']] += 1
    n = len(compared)
    crashes = [r for r in compared if 'crash' in r]
    ok = [r for r in compared if 'crash' not in r]
    acc_same = sum(r['gacc'] == r['sacc'] for r in ok)
    both_rej = [r for r in ok if not r['gacc'] and not r['sacc']]
    gc_rej = [r for r in ok if not r['gacc']]
    def first(d):
        return d[0][:3] if d else None

    first_same = sum(1 for r in ok if r['gacc'] == r['sacc'] and first(r['gd']) == first(r['sd']))
    first_same_rej = sum(1 for r in both_rej if first(r['gd']) == first(r['sd']))
    all_same = sum(1 for r in ok if [d[:3] for d in r['gd']] == [d[:3] for d in r['sd']]
                   and r['gacc'] == r['sacc'])
    full_same = sum(1 for r in ok if r['gd'] == r['sd'] and r['gacc'] == r['sacc'])

    def pct(a, b):
        return f'{a}/{b} ({100.0 * a / max(b, 1):.1f}%)'

    kinds = collections.defaultdict(list)
    for r in compared:
        idents = set(re.findall(r'\b[A-Za-z_]\w*\b', r['text'])) - KEYWORDS
        key = f'CRASH: {r["crash"]}' if 'crash' in r else classify(r, idents)
        if key is None:
            continue
        name = f'{r["idx"]:04d}'
        with open(os.path.join(args.out, name + '.go'), 'w', encoding='utf-8') as f:
            f.write(r['text'])
        with open(os.path.join(args.out, name + '.txt'), 'w', encoding='utf-8') as f:
            f.write(f'from: {r["origin"]}\nmutation: {r["how"]}\nkind: {key}\n\n'
                    f'--- gc (exit {r["grc"]})\n{r["gout"]}\n--- gosub (exit {r["src"]})\n{r["sout"]}\n')
        kinds[key].append(name)

    print(f'{len(results) + sum(skipped_gen.values())} mutants generated; skipped: ' +
          ', '.join(f'{v} {k}' for k, v in skips.most_common()))
    print(f'{n} compared ({len(gc_rej)} rejected by gc, {n - len(gc_rej) - len(crashes)} accepted)')
    print(f'  gosub crashes/hangs:         {len(crashes)}')
    print(f'  (a) accept/reject agree:     {pct(acc_same, len(ok))}')
    print(f'  (b) first error identical:   {pct(first_same, len(ok))}'
          f'   [among mutants both reject: {pct(first_same_rej, len(both_rej))}]')
    print(f'  (c) all error lines equal:   {pct(all_same, len(ok))}')
    print(f'  (d) ... and have/want lines: {pct(full_same, len(ok))}')
    order = sorted(kinds.items(), key=lambda kv: (not kv[0].startswith('CRASH'), -len(kv[1]), kv[0]))
    with open(os.path.join(args.out, 'index.txt'), 'w', encoding='utf-8') as f:
        for key, names in order:
            f.write(f'{len(names):5d}  {key}\n       {" ".join(names)}\n')
    print(f'kinds of difference ({len(kinds)}; all in {args.out}/index.txt):')
    for key, names in order[:args.show]:
        print(f'{len(names):5d}  {key}   [{args.out}/{names[0]}.go]')


if __name__ == '__main__':
    main()
