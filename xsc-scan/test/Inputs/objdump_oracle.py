#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Differential check against llvm-objdump for inputs that are pure,
# well-formed code (where a linear disassembly is a trustworthy oracle):
# prints "MATCH <n>" when the traps llvm-objdump -d finds (kind and address)
# are exactly the findings of an xsc-scan JSON report, else "DIFF" lines.
#     objdump_oracle.py OBJDUMP_TEXT REPORT_JSON
import json
import re
import sys

LINE = re.compile(r'^\s*([0-9a-f]+):\s+(?:[0-9a-f]{2} )+\s*(\S+)\s*(.*)$')


def objdump_traps(path):
    traps = set()
    for line in open(path):
        m = LINE.match(line)
        if not m:
            continue
        addr, mnem, ops = int(m.group(1), 16), m.group(2), m.group(3)
        if mnem in ('syscall', 'sysenter'):
            traps.add((mnem, addr))
        elif mnem == 'int' and ops.split('#')[0].strip() in ('$128', '$0x80'):
            traps.add(('int80', addr))
        elif mnem == 'svc':
            traps.add(('svc', addr))
    return traps


def report_traps(path):
    doc = json.load(open(path))
    return {(g['kind'], g['address']) for f in doc['files'] for g in f['findings']
            if not g['uncertain']}


want, got = objdump_traps(sys.argv[1]), report_traps(sys.argv[2])
for kind, addr in sorted(want - got, key=lambda t: t[1]):
    print('DIFF missed %s at 0x%x' % (kind, addr))
for kind, addr in sorted(got - want, key=lambda t: t[1]):
    print('DIFF extra %s at 0x%x' % (kind, addr))
if want == got:
    print('MATCH %d' % len(want))
