# SPDX-License-Identifier: Apache-2.0
# lit configuration of the Clang plugin tests: every test runs clang 14 with
# -fplugin=xsc-enforce.so for one or more targets and checks diagnostics with
# -Xclang -verify (or FileCheck where a column or an object file matters).
import os
import lit.formats

config.name = 'xsc-enforce-clang'
config.test_format = lit.formats.ShTest(True)
config.suffixes = ['.c', '.cpp', '.test']
config.excludes = ['Inputs']
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.xsc_obj_root, 'clang-plugin', 'test')
config.environment['PATH'] = os.pathsep.join(
    [config.llvm_bin, config.environment.get('PATH', os.environ.get('PATH', ''))])

if not os.path.exists(config.clang_plugin):
    lit_config.fatal('xsc-enforce.so not built: ' + config.clang_plugin)

plugin = '-fplugin=' + config.clang_plugin
base = '%s %s -I%s' % (config.clang, plugin, config.pragmas_include)
verify = base + ' -fsyntax-only -Xclang -verify'
triples = {'x86_64': 'x86_64-linux-gnu', 'i386': 'i386-linux-gnu',
           'aarch64': 'aarch64-linux-gnu'}
for arch, triple in triples.items():
    config.substitutions.append(('%%verify_%s' % arch,
                                 '%s --target=%s' % (verify, triple)))
    config.substitutions.append(('%%clang_%s' % arch,
                                 '%s --target=%s' % (base, triple)))
config.substitutions.append(('%clang_plain', config.clang))
config.substitutions.append(('%plugin', config.clang_plugin))
config.substitutions.append(('%pragmas_include', config.pragmas_include))
config.substitutions.append(('%xsc_scan', config.xsc_scan))

if os.access(config.xsc_scan, os.X_OK):
    config.available_features.add('xsc-scan')
else:
    lit_config.note('xsc-scan not built (%s): end-to-end tests are UNSUPPORTED'
                    % config.xsc_scan)
if config.qemu_aarch64:
    config.available_features.add('qemu-aarch64')

# Linking aarch64 programs needs the cross C library (libc6-dev-arm64-cross).
if os.path.exists('/usr/aarch64-linux-gnu/lib/crt1.o'):
    config.available_features.add('aarch64-sysroot')
else:
    lit_config.note('no aarch64 sysroot in /usr/aarch64-linux-gnu: aarch64 link tests are UNSUPPORTED')

# Real code (issue 3): fetched once into the build tree by the helper shared
# with the other plugin's suite (bench/plugins/lit_corpus.py).
import sys
sys.path.insert(0, os.path.join(config.xsc_src_root, 'bench', 'plugins'))
from lit_corpus import add_realcode_corpus
add_realcode_corpus(config, lit_config)
if config.aarch64_gcc:
    config.available_features.add('aarch64-gcc')
config.substitutions.append(('%gcc_plain', config.gcc_plain))
config.substitutions.append(('%aarch64_gcc_plain', config.aarch64_gcc or 'false'))
