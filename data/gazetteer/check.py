#!/usr/bin/env python3
"""Checks krant's gazetteer data files.

Usage: python3 check.py [DIR]      (DIR defaults to the folder of this script)

Loads every actor file (countries.yaml, organizations.yaml, parties.yaml, people.yaml,
places-and-media.yaml) and roles.yaml with PyYAML and checks:
  - each entry is a mapping with a non-empty string `name` and a known `kind`, and no unknown keys;
  - list keys (forms, adjectives, demonyms, metonyms, ambiguous) are lists of non-empty strings;
  - canonical names are unique (folded);
  - every `affiliation` and every role's `of` names an actor;
  - every role id exists in roles.yaml, role ids and role forms are unique;
  - role dates parse as YYYY-MM-DD and from <= to;
  - no two holders of the same role of the same actor overlap in time (a handover on one day,
    the predecessor's `to` equal to the successor's `from`, is not an overlap);
  - no folded form belongs to two actors unless at least one of them lists it in `ambiguous`;
  - every form listed in `ambiguous` is one of that actor's own forms.
Prints counts per kind (and per file) and exits 1 on any error, 0 otherwise. Warnings do not fail.
"""
import datetime
import os
import sys
import unicodedata

import yaml

ACTOR_FILES = ['countries.yaml', 'organizations.yaml', 'parties.yaml', 'people.yaml', 'places-and-media.yaml']
ROLES_FILE = 'roles.yaml'
KINDS = {'country', 'organization', 'person', 'media', 'place'}
LIST_KEYS = ('forms', 'adjectives', 'demonyms', 'metonyms', 'ambiguous')
FORM_KEYS = ('forms', 'adjectives', 'demonyms', 'metonyms')
ALLOWED_KEYS = {'name', 'kind', 'affiliation', 'roles'} | set(LIST_KEYS)
ROLE_KEYS = {'role', 'of', 'from', 'to'}

# Letters that Unicode does not decompose but krant's folding (Foundation's diacritic-insensitive
# folding) treats as accented Latin letters.
EXTRA_FOLD = str.maketrans({'ø': 'o', 'Ø': 'o', 'ł': 'l', 'Ł': 'l', 'đ': 'd', 'Đ': 'd', 'ı': 'i',
                            'ß': 'ss', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe',
                            '\u2018': "'", '\u2019': "'", '\u02bc': "'"})


def fold(text):
    """Lower case, accents removed (NFKD, combining marks dropped), typographic apostrophes made plain."""
    text = text.translate(EXTRA_FOLD)
    decomposed = unicodedata.normalize('NFKD', text)
    stripped = ''.join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.lower().translate(EXTRA_FOLD)


class Report:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def error(self, where, message):
        self.errors.append(f'{where}: {message}')

    def warn(self, where, message):
        self.warnings.append(f'{where}: {message}')


def parse_date(value):
    """Dates may come back from PyYAML as datetime.date already; strings must be YYYY-MM-DD."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and len(value) == 10:
        return datetime.date.fromisoformat(value)
    raise ValueError(f'not a date: {value!r}')


class PlainLoader(yaml.SafeLoader):
    """SafeLoader that leaves dates as strings, so a bad date is reported instead of crashing PyYAML."""


PlainLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != 'tag:yaml.org,2002:timestamp']
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def load(path, report):
    try:
        with open(path, encoding='utf-8') as fh:
            data = yaml.load(fh, Loader=PlainLoader)
    except FileNotFoundError:
        report.error(path, 'file missing')
        return []
    except yaml.YAMLError as exc:
        report.error(path, f'YAML does not parse: {exc}')
        return []
    if data is None:
        return []
    if not isinstance(data, list):
        report.error(path, 'top level is not a list')
        return []
    return data


def check_roles_file(path, report):
    roles = {}
    role_form_owner = {}
    for i, entry in enumerate(load(path, report)):
        where = f'{os.path.basename(path)}[{i}]'
        if not isinstance(entry, dict):
            report.error(where, 'entry is not a mapping')
            continue
        extra = set(entry) - {'id', 'forms', 'shared'}
        if extra:
            report.error(where, f'unknown keys {sorted(extra)}')
        rid = entry.get('id')
        if not isinstance(rid, str) or not rid.strip():
            report.error(where, 'missing id')
            continue
        where = f'{os.path.basename(path)}:{rid}'
        if rid in roles:
            report.error(where, 'duplicate role id')
        forms = entry.get('forms')
        if not isinstance(forms, list) or not forms or not all(isinstance(f, str) and f.strip() for f in forms):
            report.error(where, 'forms must be a non-empty list of strings')
            forms = []
        for f in forms:
            key = fold(f)
            if key in role_form_owner and role_form_owner[key] != rid:
                # Words such as "chef" or "topman" fit several roles; krant resolves them by the actor.
                report.warn(where, f'role word "{f}" also belongs to role {role_form_owner[key]}')
            role_form_owner.setdefault(key, rid)
        if 'shared' in entry and not isinstance(entry['shared'], bool):
            report.error(where, 'shared must be true or false')
        roles[rid] = {'forms': forms, 'shared': entry.get('shared') is True}
    return roles


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    report = Report()
    roles = check_roles_file(os.path.join(base, ROLES_FILE), report)

    actors = []          # (file, entry)
    names = {}           # folded name -> where
    for file in ACTOR_FILES:
        for i, entry in enumerate(load(os.path.join(base, file), report)):
            where = f'{file}[{i}]'
            if not isinstance(entry, dict):
                report.error(where, 'entry is not a mapping')
                continue
            name = entry.get('name')
            if not isinstance(name, str) or not name.strip():
                report.error(where, 'missing or empty name')
                continue
            if name != name.strip():
                report.error(where, f'name "{name}" has surrounding spaces')
            where = f'{file}:{name}'
            extra = set(entry) - ALLOWED_KEYS
            if extra:
                report.error(where, f'unknown keys {sorted(extra)}')
            kind = entry.get('kind')
            if kind not in KINDS:
                report.error(where, f'unknown or missing kind {kind!r}')
            for key in LIST_KEYS:
                value = entry.get(key)
                if value is None:
                    continue
                if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                    report.error(where, f'{key} must be a list of non-empty strings')
                    entry[key] = [v for v in value if isinstance(v, str) and v.strip()] if isinstance(value, list) else []
                    continue
                for v in value:
                    if v != v.strip():
                        report.error(where, f'{key} item "{v}" has surrounding spaces')
            if 'affiliation' in entry and not isinstance(entry['affiliation'], str):
                report.error(where, 'affiliation must be a string')
            if 'roles' in entry and kind != 'person':
                report.error(where, 'only people have roles')
            if 'affiliation' in entry and kind not in ('person', 'organization', 'media', 'place'):
                report.warn(where, f'a {kind} with an affiliation')
            key = fold(name)
            if key in names:
                report.error(where, f'name also used by {names[key]}')
            else:
                names[key] = where
            actors.append((file, entry))

    by_name = {fold(e['name']): e for _, e in actors}

    # Affiliations and roles.
    holders = {}   # (role id, folded of) -> [(from, to, person)]
    for file, entry in actors:
        where = f'{file}:{entry["name"]}'
        aff = entry.get('affiliation')
        if isinstance(aff, str) and fold(aff) not in by_name:
            report.error(where, f'affiliation "{aff}" is not an actor')
        role_list = entry.get('roles')
        if role_list is None:
            continue
        if not isinstance(role_list, list):
            report.error(where, 'roles must be a list')
            continue
        for j, role in enumerate(role_list):
            rwhere = f'{where} roles[{j}]'
            if not isinstance(role, dict):
                report.error(rwhere, 'role is not a mapping')
                continue
            extra = set(role) - ROLE_KEYS
            if extra:
                report.error(rwhere, f'unknown keys {sorted(extra)}')
            rid, of = role.get('role'), role.get('of')
            if rid not in roles:
                report.error(rwhere, f'role id {rid!r} is not in {ROLES_FILE}')
            if not isinstance(of, str) or fold(of) not in by_name:
                report.error(rwhere, f'"of: {of}" is not an actor')
            if 'from' not in role:
                report.error(rwhere, 'missing from')
                continue
            try:
                start = parse_date(role['from'])
                end = parse_date(role['to']) if role.get('to') is not None else None
            except (ValueError, TypeError) as exc:
                report.error(rwhere, f'bad date: {exc}')
                continue
            if end is not None and start > end:
                report.error(rwhere, f'from {start} is after to {end}')
            if isinstance(of, str):
                holders.setdefault((rid, fold(of)), []).append((start, end, entry['name'], of))

    # Overlapping holders of one role of one actor.
    for (rid, _), spans in sorted(holders.items()):
        if roles.get(rid, {}).get('shared'):
            # Several holders at once (EU commissioners): only one person's own spans may not overlap.
            by_person = {}
            for s in spans:
                by_person.setdefault(s[2], []).append(s)
            groups = list(by_person.values())
        else:
            groups = [spans]
        for group in groups:
            check_overlaps(rid, group, report)

    owners = check_forms(actors, report)
    return finish(actors, roles, owners, report)


def check_overlaps(rid, spans, report):
    """Spans are (from, to or None, person, of); `to` is the last day, so a handover on one day is fine."""
    far = datetime.date.max
    spans.sort(key=lambda s: (s[0], s[1] or far))
    for a in range(len(spans)):
        for b in range(a + 1, len(spans)):
            s1, e1, p1, of = spans[a]
            s2, e2, p2, _ = spans[b]
            if s2 < (e1 or far) and s1 < (e2 or far):
                same = ' (the same person twice)' if p1 == p2 else ''
                report.error(f'roles {rid} of {of}',
                             f'{p1} ({s1}..{e1 or "now"}) overlaps {p2} ({s2}..{e2 or "now"}){same}')


def check_forms(actors, report):
    """No folded form may belong to two actors unless one of them lists it under `ambiguous`."""
    owners = {}   # folded form -> list of (entry, original text)
    for file, entry in actors:
        own = {}
        for key in ('name',) + FORM_KEYS:
            values = [entry['name']] if key == 'name' else (entry.get(key) or [])
            for v in values:
                own.setdefault(fold(v), v)
        for k, v in own.items():
            owners.setdefault(k, []).append((entry, v))
        for amb in entry.get('ambiguous') or []:
            if fold(amb) not in own:
                report.error(f'{file}:{entry["name"]}', f'ambiguous form "{amb}" is not one of its forms')
    for k, lst in sorted(owners.items()):
        if len(lst) < 2:
            continue
        declared = any(k in {fold(a) for a in (e.get('ambiguous') or [])} for e, _ in lst)
        if not declared:
            who = ', '.join(f'{e["name"]} ("{v}")' for e, v in lst)
            report.error('forms', f'"{lst[0][1]}" belongs to {len(lst)} actors: {who}; list it under ambiguous')
    return owners


def finish(actors, roles, owners, report):
    per_kind, per_file = {}, {}
    n_roles = 0
    for file, entry in actors:
        per_kind[entry.get('kind')] = per_kind.get(entry.get('kind'), 0) + 1
        per_file[file] = per_file.get(file, 0) + 1
        n_roles += len(entry.get('roles') or [])
    print('actors per kind:')
    for kind in sorted(per_kind, key=str):
        print(f'  {kind:<13} {per_kind[kind]}')
    print(f'  {"total":<13} {len(actors)}')
    print('actors per file:')
    for file in ACTOR_FILES:
        print(f'  {file:<22} {per_file.get(file, 0)}')
    print(f'role ids: {len(roles)}; role spans on people: {n_roles}; '
          f'forms (folded, all kinds): {len(owners)}')
    for w in report.warnings:
        print('warning:', w)
    for e in report.errors:
        print('error:', e)
    print(f'{len(report.errors)} errors, {len(report.warnings)} warnings')
    return 1 if report.errors else 0


if __name__ == '__main__':
    sys.exit(main())
