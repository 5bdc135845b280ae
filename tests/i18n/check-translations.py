#!/usr/bin/env python3
"""Checks Accord's translations against the sources, as lupdate sees them:

    check-translations.py LUPDATE LRELEASE SOURCE_ROOT

Fails when lupdate warns about a text it cannot place (a tr() without a
context), when a text of src/ has no finished German, when a translation drops
or adds a placeholder (%1, %n) or a keyboard accelerator (&), and when lrelease
cannot build the file. To fix: `cmake --build --preset ci --target
update_translations`, then translate what is new in translations/*.ts
(Qt Linguist, or by hand: fill the <translation> and drop type="unfinished")."""

FIX = __doc__[__doc__.index('To fix:'):]
import os, re, shutil, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

lupdate, lrelease, root = sys.argv[1:4]
problems = []
placeholder = re.compile(r'%L?[0-9]+|%n')


def accelerators(text):
    return len(re.findall(r'&(?![&\s])', text.replace('&&', '')))


with tempfile.TemporaryDirectory() as tmp:
    for name in sorted(os.listdir(os.path.join(root, 'translations'))):
        if not name.endswith('.ts'):
            continue
        ts = os.path.join(tmp, name)
        shutil.copy(os.path.join(root, 'translations', name), ts)
        # The source language's file holds only plural forms.
        plural_only = ['-pluralonly'] if name.endswith('_en.ts') else []
        run = subprocess.run([lupdate, '-recursive', 'src', '-locations', 'relative',
                              '-no-obsolete', *plural_only, '-ts', ts],
                             cwd=root, capture_output=True, text=True)
        for line in (run.stdout + run.stderr).splitlines():
            if line.strip() and not re.match(r'\s*(Updating|Found|Scanning|Removed|Kept|Stripping non plural)', line):
                problems.append(f'lupdate: {line.strip()}')
        if run.returncode != 0:
            problems.append(f'lupdate failed ({run.returncode}) on {name}')
            continue
        for context in ET.parse(ts).getroot().iter('context'):
            where = context.find('name').text
            for m in context.iter('message'):
                source = m.find('source').text or ''
                t = m.find('translation')
                if t.get('type') in ('vanished', 'obsolete'):
                    continue
                if t.get('type') == 'unfinished':
                    problems.append(f'{name}: no translation yet [{where}] {source!r}')
                    continue
                forms = [f.text or '' for f in t.iter('numerusform')] or [t.text or '']
                for form in forms:
                    if not form.strip():
                        problems.append(f'{name}: empty translation [{where}] {source!r}')
                    elif sorted(set(placeholder.findall(source))) != sorted(set(placeholder.findall(form))):
                        problems.append(f'{name}: placeholders differ [{where}] {source!r} -> {form!r}')
                    elif accelerators(source) != accelerators(form):
                        problems.append(f'{name}: accelerators differ [{where}] {source!r} -> {form!r}')
        qm = os.path.join(tmp, name[:-3] + '.qm')
        run = subprocess.run([lrelease, ts, '-qm', qm], capture_output=True, text=True)
        if run.returncode != 0 or not os.path.exists(qm):
            problems.append(f'lrelease failed on {name}: {run.stdout}{run.stderr}')

for p in problems[:40]:
    print(p)
if len(problems) > 40:
    print(f'… and {len(problems) - 40} more')
if problems:
    print(FIX)
    sys.exit(1)
print('translations: every text of src/ is translated; placeholders and accelerators kept')
