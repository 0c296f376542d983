#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Writes a sparse x86-64 executable whose one R+X PT_LOAD is SIZE bytes of
# zeros (a hole on disk) ending in 'syscall; ret', with the entry point on the
# syscall: a huge file that costs no disk space.   big_elf.py PATH SIZE
import struct
import sys

path, size = sys.argv[1], int(sys.argv[2], 0)
vaddr, off = 0x401000, 0x1000
trap = vaddr + size - 3
ehdr = struct.pack('<16sHHIQQQIHHHHHH', b'\x7fELF\x02\x01\x01' + b'\0' * 9, 2, 62, 1, trap,
                   64, 0, 0, 64, 56, 1, 64, 0, 0)
phdr = struct.pack('<IIQQQQQQ', 1, 5, off, vaddr, vaddr, size, size, 0x1000)
with open(path, 'wb') as f:
    f.write(ehdr + phdr)
    f.seek(off + size - 3)
    f.write(b'\x0f\x05\xc3')
