#!/usr/bin/env python3
"""fill.py: after `cmake --build build --target update_translations`, fills the entries still unfinished in
paydesk_ru.ts from ru.py and in paydesk_en.ts with the English source (and plural forms), marking them finished.
A finished entry is never touched: the .ts files are the source of truth. Fails on a missing one."""
import re, sys, os
import xml.etree.ElementTree as ET
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from ru import RU, RU_N

def english_plurals(source):
    one = re.sub(r"\((\w+)\)", "", source)
    many = re.sub(r"\((\w+)\)", r"\1", source)
    return [one, many]

def fill(path, language):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter('message'):
        source = message.find('source').text or ''
        translation = message.find('translation')
        empty = not (translation.text or '').strip() and not list(translation)
        if translation.get('type') not in ('unfinished', 'vanished') and not empty:
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop('type', None)
        if message.get('numerus') == 'yes':
            forms = RU_N.get(source) if language == 'ru' else english_plurals(source)
            if not forms:
                missing.append(source)
                translation.set('type', 'unfinished') # stays unfinished until ru.py has it
                continue
            for f in forms:
                ET.SubElement(translation, 'numerusform').text = f
        else:
            text = RU.get(source, source if re.fullmatch(r"(Ctrl|Shift|Alt)(\+\w+)+|F\d+|Esc", source) else None) if language == 'ru' else source
            if text is None:
                missing.append(source)
                translation.set('type', 'unfinished')
                continue
            translation.text = text
    tree.write(path, encoding='utf-8', xml_declaration=True)
    return missing

bad = fill(os.path.join(here, 'paydesk_ru.ts'), 'ru') + fill(os.path.join(here, 'paydesk_en.ts'), 'en')
for m in bad:
    print('missing:', m)
sys.exit(1 if bad else 0)
