#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Validates an xsc-scan JSON (schema 1) or SARIF 2.1.0 report with python's json
# module and prints it as one normalized line per file, finding and result, so
# FileCheck can anchor what matters. Any violation of the documented shape is
# printed as a line starting with "INVALID:" and makes the exit status 1.
#     report.py json FILE     report.py sarif FILE
import json
import sys

problems = []


def bad(msg):
    problems.append(msg)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def expect(obj, key, pred, what, where):
    if not isinstance(obj, dict) or key not in obj:
        bad('%s: missing "%s"' % (where, key))
        return None
    if not pred(obj[key]):
        bad('%s: "%s" is %r, expected %s' % (where, key, obj[key], what))
    return obj[key]


def is_str(v):
    return isinstance(v, str)


def str_or_null(v):
    return v is None or isinstance(v, str)


def int_or_null(v):
    return v is None or is_int(v)


def fmt(v):
    if v is None:
        return 'null'
    if isinstance(v, bool):
        return 'true' if v else 'false'
    return str(v)


KINDS = ('syscall', 'sysenter', 'int80', 'svc')


def check_json(doc):
    out = []
    expect(doc, 'schema_version', lambda v: v == 1, 'the integer 1', 'document')
    tool = expect(doc, 'tool', lambda v: isinstance(v, dict), 'an object', 'document')
    if isinstance(tool, dict):
        expect(tool, 'name', lambda v: v == 'xsc-scan', '"xsc-scan"', 'tool')
        expect(tool, 'version', is_str, 'a string', 'tool')
    out.append('schema_version %s' % fmt(doc.get('schema_version')))
    files = expect(doc, 'files', lambda v: isinstance(v, list), 'an array', 'document') or []
    counts = dict(violations=0, allowed=0, uncertain=0, elf=0, unsupported=0, errors=0)
    for i, f in enumerate(files):
        w = 'files[%d]' % i
        expect(f, 'path', is_str, 'a string', w)
        expect(f, 'member', str_or_null, 'a string or null', w)
        expect(f, 'arch', lambda v: v in (None, 'x86_64', 'i386', 'aarch64'),
               'x86_64, i386, aarch64 or null', w)
        expect(f, 'type', lambda v: v in (None, 'exec', 'dyn', 'rel'),
               'exec, dyn, rel or null', w)
        status = expect(f, 'status', lambda v: v in ('ok', 'error', 'unsupported'),
                        'ok, error or unsupported', w)
        err = expect(f, 'error', str_or_null, 'a string or null', w)
        if status == 'ok' and err is not None:
            bad('%s: status ok with an error' % w)
        if status in ('error', 'unsupported') and not err:
            bad('%s: status %s without an error message' % (w, status))
        if status == 'unsupported' and f.get('arch') is not None:
            bad('%s: unsupported file with an arch' % w)
        counts['elf'] += status == 'ok'
        counts['unsupported'] += status == 'unsupported'
        counts['errors'] += status == 'error'
        out.append('file path=%s member=%s arch=%s type=%s status=%s error=%s' % (
            fmt(f.get('path')), fmt(f.get('member')), fmt(f.get('arch')),
            fmt(f.get('type')), fmt(status), fmt(err)))
        findings = expect(f, 'findings', lambda v: isinstance(v, list), 'an array', w) or []
        keys = []
        for j, g in enumerate(findings):
            v = '%s.findings[%d]' % (w, j)
            expect(g, 'kind', lambda x: x in KINDS, 'one of ' + ', '.join(KINDS), v)
            expect(g, 'address', is_int, 'an integer', v)
            expect(g, 'offset', is_int, 'an integer', v)
            expect(g, 'section', str_or_null, 'a string or null', v)
            expect(g, 'symbol', str_or_null, 'a string or null', v)
            expect(g, 'symbol_offset', int_or_null, 'an integer or null', v)
            allowed = expect(g, 'allowed', lambda x: isinstance(x, bool), 'a bool', v)
            uncertain = expect(g, 'uncertain', lambda x: isinstance(x, bool), 'a bool', v)
            expect(g, 'reason', str_or_null, 'a string or null', v)
            if (g.get('symbol') is None) != (g.get('symbol_offset') is None):
                bad('%s: symbol and symbol_offset must be both null or both set' % v)
            if allowed and uncertain:
                bad('%s: both allowed and uncertain' % v)
            if uncertain and not g.get('reason'):
                bad('%s: uncertain without a reason' % v)
            if allowed is True:
                counts['allowed'] += 1
            elif uncertain is True:
                counts['uncertain'] += 1
            else:
                counts['violations'] += 1
            if is_int(g.get('address')) and is_int(g.get('offset')):
                keys.append((g['address'], g['offset']))
            out.append('  finding kind=%s address=%s offset=%s section=%s symbol=%s '
                       'symbol_offset=%s allowed=%s uncertain=%s' % tuple(
                           fmt(g.get(k)) for k in ('kind', 'address', 'offset', 'section',
                                                   'symbol', 'symbol_offset', 'allowed',
                                                   'uncertain')))
        if keys != sorted(keys):
            bad('%s: findings not sorted by address, then offset' % w)
    summary = expect(doc, 'summary', lambda v: isinstance(v, dict), 'an object', 'document')
    if isinstance(summary, dict):
        names = ('files', 'elf', 'not_elf', 'unsupported', 'errors', 'violations',
                 'allowed', 'uncertain')
        for k in names:
            expect(summary, k, is_int, 'an integer', 'summary')
        # errors also count paths that never became a files[] entry (cannot open).
        for k in ('violations', 'allowed', 'uncertain', 'unsupported'):
            if is_int(summary.get(k)) and summary[k] != counts[k]:
                bad('summary: %s is %d but files[] hold %d' % (k, summary[k], counts[k]))
        out.append('summary ' + ' '.join('%s=%s' % (k, fmt(summary.get(k))) for k in names))
    return out


LEVELS = ('error', 'warning', 'note', 'none')


def check_sarif(doc):
    out = []
    expect(doc, 'version', lambda v: v == '2.1.0', '"2.1.0"', 'log')
    expect(doc, '$schema', lambda v: is_str(v) and 'sarif' in v and '2.1.0' in v,
           'a SARIF 2.1.0 schema URI', 'log')
    runs = expect(doc, 'runs', lambda v: isinstance(v, list) and len(v) == 1,
                  'an array of one run', 'log') or []
    out.append('sarif version=%s runs=%d' % (fmt(doc.get('version')), len(runs)))
    for r, run in enumerate(runs):
        w = 'runs[%d]' % r
        driver = (run.get('tool') or {}).get('driver') if isinstance(run, dict) else None
        if not isinstance(driver, dict):
            bad('%s: missing tool.driver' % w)
            driver = {}
        expect(driver, 'name', lambda v: v == 'xsc-scan', '"xsc-scan"', w + '.tool.driver')
        rules = expect(driver, 'rules', lambda v: isinstance(v, list), 'an array',
                       w + '.tool.driver') or []
        rule_ids = []
        for k, rule in enumerate(rules):
            rid = expect(rule, 'id', is_str, 'a string', '%s.rules[%d]' % (w, k))
            rule_ids.append(rid)
            out.append('rule id=%s' % fmt(rid))
        if len(set(rule_ids)) != len(rule_ids):
            bad('%s: duplicate rule ids' % w)
        results = expect(run, 'results', lambda v: isinstance(v, list), 'an array', w) or []
        for k, res in enumerate(results):
            v = '%s.results[%d]' % (w, k)
            rid = expect(res, 'ruleId', lambda x: x in rule_ids, 'a declared rule id', v)
            if 'ruleIndex' in res and (not is_int(res['ruleIndex']) or
                                       res['ruleIndex'] >= len(rule_ids) or
                                       rule_ids[res['ruleIndex']] != rid):
                bad('%s: ruleIndex does not name ruleId' % v)
            level = expect(res, 'level', lambda x: x in LEVELS, 'a SARIF level', v)
            msg = expect(res, 'message', lambda x: isinstance(x, dict) and
                         is_str(x.get('text')) and x['text'], 'a message with text', v)
            expect(res, 'partialFingerprints', lambda x: isinstance(x, dict) and x and
                   all(is_str(y) for y in x.values()), 'a non-empty object of strings', v)
            locs = expect(res, 'locations', lambda x: isinstance(x, list) and x,
                          'a non-empty array', v) or [{}]
            phys = locs[0].get('physicalLocation') if isinstance(locs[0], dict) else None
            uri = None
            if not isinstance(phys, dict):
                bad('%s: locations[0] without physicalLocation' % v)
            else:
                art = phys.get('artifactLocation')
                if not isinstance(art, dict) or not is_str(art.get('uri')):
                    bad('%s: physicalLocation without artifactLocation.uri' % v)
                else:
                    uri = art['uri']
            sup = res.get('suppressions')
            kinds = []
            if sup is not None:
                if not isinstance(sup, list) or not all(
                        isinstance(s, dict) and s.get('kind') in ('inSource', 'external')
                        for s in sup):
                    bad('%s: malformed suppressions' % v)
                else:
                    kinds = [s['kind'] for s in sup]
            out.append('result ruleId=%s level=%s suppressions=%s uri=%s' % (
                fmt(rid), fmt(level), ','.join(kinds) or 'none', fmt(uri)))
        for k, inv in enumerate(run.get('invocations') or []):
            v = '%s.invocations[%d]' % (w, k)
            expect(inv, 'executionSuccessful', lambda x: isinstance(x, bool), 'a bool', v)
            out.append('invocation executionSuccessful=%s' % fmt(inv.get('executionSuccessful')))
            for n, note in enumerate(inv.get('toolExecutionNotifications') or []):
                # The rule may be named by descriptor (notification) or associatedRule.
                desc = None
                if isinstance(note, dict):
                    desc = ((note.get('descriptor') or {}).get('id') or
                            (note.get('associatedRule') or {}).get('id'))
                text = ((note.get('message') or {}).get('text')
                        if isinstance(note, dict) else None)
                if not is_str(text) or not text:
                    bad('%s.toolExecutionNotifications[%d]: no message text' % (v, n))
                out.append('notification id=%s level=%s message=%s' % (
                    fmt(desc), fmt(note.get('level') if isinstance(note, dict) else None),
                    fmt(text)))
    return out


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ('json', 'sarif'):
        sys.exit('usage: report.py json|sarif FILE')
    try:
        with open(sys.argv[2], encoding='utf-8') as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        print('INVALID: cannot parse %s: %s' % (sys.argv[2], e))
        return 1
    if not isinstance(doc, dict):
        print('INVALID: top level is not an object')
        return 1
    lines = check_json(doc) if sys.argv[1] == 'json' else check_sarif(doc)
    for line in lines:
        print(line)
    for p in problems:
        print('INVALID: ' + p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
