#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Prints how often each hex byte pattern occurs in a file, so a look-alike test
# can show that the bytes it must not flag really are there:
#     count_bytes.py FILE 0f05 cd80   ->   0f05: 3 / cd80: 1
# With --aligned=N only occurrences at offsets that are multiples of N count.
import sys

args = sys.argv[1:]
align = 1
if args and args[0].startswith('--aligned='):
    align = int(args.pop(0).split('=', 1)[1])
data = open(args[0], 'rb').read()
for pattern in args[1:]:
    needle = bytes.fromhex(pattern)
    count, pos = 0, data.find(needle)
    while pos >= 0:
        count += pos % align == 0
        pos = data.find(needle, pos + 1)
    print('%s: %d' % (pattern, count))
