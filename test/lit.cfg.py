# SPDX-License-Identifier: Apache-2.0
# lit configuration for the cross-component suite: the marker contract of
# <xsc/allow_trap.h> honoured end to end by real compilers (gcc, clang-14, the
# aarch64 cross gcc), real linkers (ld.bfd, lld) and xsc-scan. Tests needing a
# missing tool are UNSUPPORTED through REQUIRES: features, never silently passing.
import os
import shutil

import lit.formats

config.name = 'xsc-e2e'
# RUN lines use bash: `cmd; echo "exit=$?"` pins exit codes exactly.
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = ['.test']
config.excludes = ['Inputs', 'lit.cfg.py', 'lit.site.cfg.py', 'CMakeLists.txt']
config.test_source_root = os.path.dirname(__file__)
obj_root = getattr(config, 'xsc_obj_root', None)
config.test_exec_root = (os.path.join(obj_root, 'test') if obj_root
                         else config.test_source_root)
config.environment['LC_ALL'] = 'C'

src_root = getattr(config, 'xsc_src_root', None) or os.path.dirname(config.test_source_root)
llvm_bin = getattr(config, 'llvm_bin', None) or '/usr/lib/llvm-14/bin'

xsc_scan = getattr(config, 'xsc_scan', None)
if not xsc_scan and obj_root:
    xsc_scan = os.path.join(obj_root, 'xsc-scan', 'xsc-scan')
if not xsc_scan:
    lit_config.fatal('xsc-e2e: neither config.xsc_scan nor config.xsc_obj_root is set')
if not os.access(xsc_scan, os.X_OK):
    lit_config.warning('xsc-scan binary not found at %s; every test will fail' % xsc_scan)

subs = [('%xsc-scan', xsc_scan),
        # The marker contract header, as a user of the installed tree sees it.
        ('%xsc-cflags', '-I' + os.path.join(src_root, 'pragmas', 'include'))]


def add_tool(sub, path, feature):
    if path and os.access(path, os.X_OK):
        subs.append((sub, path))
        config.available_features.add(feature)
        return True
    subs.append((sub, 'false ' + feature + '-not-found'))
    return False


for sub, tool in [('%llvm-readelf', 'llvm-readelf'), ('%llvm-nm', 'llvm-nm'),
                  ('%FileCheck', 'FileCheck')]:
    add_tool(sub, os.path.join(llvm_bin, tool), 'tool-' + tool)
# clang-14 from the pinned LLVM; it finds ld.lld beside itself for -fuse-ld=lld.
if add_tool('%clang', os.path.join(llvm_bin, 'clang'), 'clang'):
    if os.access(os.path.join(llvm_bin, 'ld.lld'), os.X_OK):
        config.available_features.add('lld')
gcc = shutil.which('gcc')
ld_bfd = getattr(config, 'ld_bfd', None) or shutil.which('ld.bfd')
if add_tool('%gcc', gcc, 'gcc') and ld_bfd:
    config.available_features.add('ld-bfd')
aarch64_gcc = getattr(config, 'aarch64_gcc', None) or shutil.which('aarch64-linux-gnu-gcc')
add_tool('%aarch64-gcc', aarch64_gcc, 'aarch64-cc')
qemu = getattr(config, 'qemu_aarch64', None) or shutil.which('qemu-aarch64')
add_tool('%qemu-aarch64', qemu, 'qemu-aarch64')
# lld for aarch64 through clang --target needs no sysroot with -nostdlib.
config.substitutions.extend(subs)

if os.uname().machine == 'x86_64':
    config.available_features.add('host-x86_64')
