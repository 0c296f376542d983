#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Counts the 4-byte-aligned words with svc's encoding ((w & 0xFFE0001F) ==
# 0xD4000001) in one section of a little-endian ELF64 file, to show that an
# aarch64 look-alike test really has svc-like data:  svc_words.py FILE SECTION
import struct
import sys

data = open(sys.argv[1], 'rb').read()
shoff, = struct.unpack_from('<Q', data, 40)
shentsize, shnum, shstrndx = struct.unpack_from('<HHH', data, 58)


def shdr(i):
    return struct.unpack_from('<IIQQQQIIQQ', data, shoff + i * shentsize)


strtab = shdr(shstrndx)
for i in range(shnum):
    name_off, _, _, addr, off, size = shdr(i)[:6]
    start = strtab[4] + name_off
    name = data[start:data.index(b'\0', start)].decode()
    if name == sys.argv[2]:
        words = [struct.unpack_from('<I', data, off + j)[0]
                 for j in range((4 - addr % 4) % 4, size - 3, 4)]
        print('%s: %d svc words' % (name, sum((w & 0xFFE0001F) == 0xD4000001 for w in words)))
        break
else:
    sys.exit('svc_words.py: no section %s' % sys.argv[2])
