#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Compile-time overhead of the xsc-enforce plugins on a large real code base.

Compiles the SQLite amalgamation (fetched by fetch-corpus.sh) with and without
-fplugin=xsc-enforce.so, for gcc and for clang, alternating the two so that
load from other users of the machine hits both alike. The figure is the CPU
time (user + sys) of the compiler process tree, from rusage, so it does not
count time spent waiting for a shared CPU. Reports the median of each and the
ratio plugin/plain; the target is at most 1.01. CPU time on a shared machine
still varies by a few percent from run to run, so --metric=instructions counts
instructions instead, under valgrind's callgrind (deterministic, about 50x
slower; one run is enough).

Usage: run.py --gcc-plugin PATH --clang-plugin PATH [--corpus DIR]
              [--runs N] [--mode syntax|O0|O2] [--metric cpu|instructions]
              [--json FILE]
"""
import argparse
import json
import os
import statistics
import glob
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
MODES = {
    'syntax': ['-fsyntax-only'],
    'O0': ['-O0', '-c', '-o', os.devnull],
    'O2': ['-O2', '-c', '-o', os.devnull],
}


def cpu_time(cmd):
    """Runs cmd; returns the user+sys CPU seconds of it and its children."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    err = proc.stderr.read().decode(errors='replace')
    proc.stderr.close()
    if status != 0 or err.strip():
        sys.exit('run.py: %s failed or printed diagnostics:\n%s' % (' '.join(cmd), err))
    return usage.ru_utime + usage.ru_stime


def instructions(cmd):
    """Runs cmd under callgrind (children too); returns instructions executed."""
    out = tempfile.mkdtemp(prefix='xsc-bench-')
    try:
        subprocess.run(['valgrind', '--tool=callgrind', '--trace-children=yes',
                        '--callgrind-out-file=' + os.path.join(out, 'cg.%p')] + cmd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        total = 0
        for name in glob.glob(os.path.join(out, 'cg.*')):
            with open(name) as f:
                for line in f:
                    if line.startswith('summary:') or line.startswith('totals:'):
                        total += int(line.split()[1])
                        break
        return total
    finally:
        shutil.rmtree(out)


def measure(compiler, plugin, source, flags, runs, metric='cpu'):
    if metric == 'instructions':
        p = instructions([compiler] + flags + [source])
        e = instructions([compiler, '-fplugin=' + plugin] + flags + [source])
        return {'compiler': compiler, 'metric': metric, 'plain': p, 'plugin': e,
                'ratio': round(e / p, 4), 'runs': 1}
    plain, enforced = [], []
    base = [compiler] + flags + [source]
    with_plugin = [compiler, '-fplugin=' + plugin] + flags + [source]
    cpu_time(base)  # warm the page cache
    for _ in range(runs):
        plain.append(cpu_time(base))
        enforced.append(cpu_time(with_plugin))
    p, e = statistics.median(plain), statistics.median(enforced)
    return {'compiler': compiler, 'metric': metric, 'plain': round(p, 3), 'plugin': round(e, 3),
            'ratio': round(e / p, 4), 'runs': runs,
            'plain_all': [round(x, 3) for x in plain],
            'plugin_all': [round(x, 3) for x in enforced]}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--gcc', default='gcc')
    ap.add_argument('--clang', default='/usr/lib/llvm-14/bin/clang')
    ap.add_argument('--gcc-plugin', required=True)
    ap.add_argument('--clang-plugin', required=True)
    ap.add_argument('--corpus', default='plugins-corpus')
    ap.add_argument('--runs', type=int, default=5)
    ap.add_argument('--mode', choices=sorted(MODES), default='O0')
    ap.add_argument('--metric', choices=['cpu', 'instructions'], default='cpu')
    ap.add_argument('--json')
    args = ap.parse_args()

    rc = subprocess.call([os.path.join(HERE, 'fetch-corpus.sh'), args.corpus])
    if rc != 0:
        sys.exit('run.py: corpus unavailable (fetch-corpus.sh exited %d)' % rc)
    source = os.path.join(args.corpus, 'sqlite', 'sqlite3.c')
    with open(source, 'rb') as f:
        lines = sum(1 for _ in f)
    flags = MODES[args.mode]
    results = []
    for compiler, plugin in ((args.gcc, args.gcc_plugin), (args.clang, args.clang_plugin)):
        r = measure(compiler, plugin, source, flags, args.runs, args.metric)
        r['mode'] = args.mode
        results.append(r)
        if args.metric == 'cpu':
            print('%-10s %-6s plain %7.3f s  plugin %7.3f s  ratio %.4f  (CPU time, median of %d, %d lines)'
                  % (os.path.basename(compiler), args.mode, r['plain'], r['plugin'],
                     r['ratio'], args.runs, lines))
        else:
            print('%-10s %-6s plain %14d  plugin %14d  ratio %.4f  (instructions, %d lines)'
                  % (os.path.basename(compiler), args.mode, r['plain'], r['plugin'],
                     r['ratio'], lines))
    if args.json:
        with open(args.json, 'w') as f:
            json.dump({'source': source, 'lines': lines, 'results': results}, f, indent=2)


if __name__ == '__main__':
    main()
