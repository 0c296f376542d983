#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Scanner benchmark driver (run through bench/scan/run.sh): times xsc-scan, `objdump -d |
grep` and a Capstone linear sweep on the same corpora, reports MB/s of executable bytes,
and checks that the three trap sets are identical. The exit status reflects only
correctness (set agreement), never speed."""

import argparse
import collections
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

KNOWN_CORPORA = collections.OrderedDict([
    ("libc", ["/usr/lib/x86_64-linux-gnu/libc.so.6"]),
    ("llvm", ["/usr/lib/llvm-14/lib/libLLVM-14.so.1"]),
    ("dir", ["/usr/lib/x86_64-linux-gnu"]),
])

SPEEDUP_TARGET = 100.0      # xsc-scan -j1 against objdump -d | grep
PER_CORE_TARGET = 1e9       # bytes per second per core, xsc-scan -j1

# What grep keeps of objdump's output: file, archive and section headers, and trap lines.
GREP_PATTERN = (r"file format |^In archive |^Disassembly of section |"
                r"[[:space:]](syscall|sysenter)[[:space:]]*$|"
                r"[[:space:]]int[[:space:]]+\$0x80|[[:space:]]svc[[:space:]]+#")

OBJ_FILE_RE = re.compile(r"^(.*?):\s+file format (\S+)\s*$")
OBJ_ARCHIVE_RE = re.compile(r"^In archive (.*):\s*$")
OBJ_SECTION_RE = re.compile(r"^Disassembly of section (.*):\s*$")
OBJ_INSN_RE = re.compile(r"^\s*([0-9a-f]+):\t(?:[0-9a-f]{2} ?)+\s*\t(.*?)\s*$")
OBJ_TRAPS = [
    (re.compile(r"(?:^|\s)syscall$"), "syscall"),
    (re.compile(r"(?:^|\s)sysenter$"), "sysenter"),
    (re.compile(r"(?:^|\s)int\s+\$0x80$"), "int80"),
    (re.compile(r"(?:^|\s)svc\s+#0x[0-9a-f]+\b"), "svc"),
]


class Run:
    """One timed setting: wall and CPU seconds (each the least over the repeats), and the
    largest peak RSS in KiB."""

    def __init__(self, label):
        self.label = label
        self.wall = None
        self.cpu = None
        self.rss_kb = None
        self.rc = None
        self.ok = True


def parse_time_v(path):
    user = sys_ = rss = 0.0
    with open(path, errors="replace") as f:
        for line in f:
            line = line.strip()
            if line.startswith("User time (seconds):"):
                user = float(line.split(":")[1])
            elif line.startswith("System time (seconds):"):
                sys_ = float(line.split(":")[1])
            elif line.startswith("Maximum resident set size (kbytes):"):
                rss = int(line.split(":")[1])
    return user + sys_, rss


def timed(label, argv, stdout_path, stderr_path, workdir, repeat=1, ok_codes=(0,)):
    """Runs argv under /usr/bin/time -v `repeat` times; keeps the least wall and CPU times."""
    r = Run(label)
    tfile = os.path.join(workdir, "time.txt")
    for _ in range(repeat):
        with open(stdout_path, "wb") as out, open(stderr_path, "wb") as err:
            t0 = time.perf_counter()
            p = subprocess.Popen(["/usr/bin/time", "-v", "-o", tfile, "--"] + argv,
                                 stdout=out, stderr=err)
            # wait4's rusage covers `time` and every process it waited for, in
            # microseconds; /usr/bin/time -v rounds CPU time to 10 ms.
            _, status, usage = os.wait4(p.pid, 0)
            wall = time.perf_counter() - t0
            p.returncode = os.waitstatus_to_exitcode(status)
        _, rss = parse_time_v(tfile)
        cpu = usage.ru_utime + usage.ru_stime
        r.rc = p.returncode
        if p.returncode not in ok_codes:
            r.ok = False
        # Fastest wall time and least CPU time, each over the repeats.
        r.wall = wall if r.wall is None else min(r.wall, wall)
        r.cpu = cpu if r.cpu is None else min(r.cpu, cpu)
        r.rss_kb = max(r.rss_kb or 0, rss)
    return r


def load_sweep(path):
    """Returns (traps set, image info {name: (arch, type, bytes)}, files, unsupported)."""
    traps, images, files, unsupported = collections.Counter(), {}, [], []
    with open(path, errors="surrogateescape") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#image\t"):
                _, name, arch, typ, nbytes, _ = line.split("\t")
                images[name] = (arch, typ, int(nbytes))
            elif line.startswith("#file\t"):
                files.append(line[len("#file\t"):])
            elif line.startswith("#unsupported\t"):
                unsupported.append(line.split("\t")[1])
            elif line.startswith("#"):
                continue
            elif line:
                name, kind, where = line.rsplit("\t", 2)
                traps[(name, kind, where)] += 1
    return traps, images, files, unsupported


def load_scan(path):
    """Returns (certain Counter, uncertain Counter, file entries not ok, summary)."""
    with open(path, errors="surrogateescape") as f:
        doc = json.load(f)
    certain, uncertain, bad = collections.Counter(), collections.Counter(), []
    symbols = {}
    for entry in doc.get("files", []):
        name = entry["path"]
        if entry.get("member") is not None:
            name += "(%s)" % entry["member"]
        if entry.get("status") != "ok":
            bad.append((name, entry.get("status"), entry.get("error")))
        rel = entry.get("type") == "rel"
        for x in entry.get("findings", []):
            addr = "0x%x" % x["address"]
            where = "%s+%s" % (x.get("section") or "?", addr) if rel else addr
            key = (name, x["kind"], where)
            (uncertain if x.get("uncertain") else certain)[key] += 1
            if x.get("symbol"):
                symbols[key] = "%s+0x%x" % (x["symbol"], x.get("symbol_offset") or 0)
    return certain, uncertain, bad, doc.get("summary", {}), symbols


def load_objdump(path, images, top_files):
    """Maps `objdump -d | grep` output to the same keys: linked files by VMA, relocatable
    objects by section+offset (objdump prints section offsets for them)."""
    traps = collections.Counter()
    top = set(top_files)
    archive = None
    name = None
    section = "?"
    with open(path, errors="surrogateescape") as f:
        for line in f:
            line = line.rstrip("\n")
            m = OBJ_ARCHIVE_RE.match(line)
            if m:
                archive = m.group(1)
                continue
            m = OBJ_FILE_RE.match(line)
            if m:
                fname = m.group(1)
                if fname in top:
                    archive = None
                    name = fname
                elif archive is not None:
                    name = "%s(%s)" % (archive, fname)
                else:
                    name = fname
                section = "?"
                continue
            m = OBJ_SECTION_RE.match(line)
            if m:
                section = m.group(1)
                continue
            m = OBJ_INSN_RE.match(line)
            if not m or name is None:
                continue
            text = m.group(2)
            for rx, kind in OBJ_TRAPS:
                if rx.search(text):
                    addr = "0x%x" % int(m.group(1), 16)
                    rel = images.get(name, ("", "", 0))[1] == "rel"
                    traps[(name, kind, "%s+%s" % (section, addr) if rel else addr)] += 1
                    break
    return traps


class SectionMap:
    """Names the section holding a virtual address (readelf -SW, cached per file)."""

    def __init__(self):
        self.cache = {}

    def describe(self, name, where):
        if "(" in name and name.endswith(")") or not where.startswith("0x"):
            return ""
        if name not in self.cache:
            secs = []
            try:
                out = subprocess.run(["readelf", "-SW", name], capture_output=True,
                                     text=True, errors="replace").stdout
            except OSError:
                out = ""
            for line in out.splitlines():
                m = re.match(r"^\s*\[\s*\d+\]\s+(\S+)\s+(\S+)\s+([0-9a-f]+)\s+([0-9a-f]+)\s+"
                             r"([0-9a-f]+)\s+[0-9a-f]+\s+(\S*)", line)
                if m and m.group(2) != "NULL":
                    secs.append((m.group(1), int(m.group(3), 16), int(m.group(5), 16),
                                 m.group(6)))
            self.cache[name] = secs
        addr = int(where, 16)
        for sname, start, size, flags in self.cache[name]:
            if start <= addr < start + size and "A" in flags:
                return "%s+0x%x%s" % (sname, addr - start,
                                      "" if "X" in flags else " (section not executable)")
        return "no section"


    def tally(self, keys):
        """Counts keys by the section holding them, marking non-executable ones."""
        out = collections.Counter()
        for name, _, where in keys:
            if not where.startswith("0x"):
                out[where.rpartition("+")[0]] += 1
                continue
            d = self.describe(name, where)
            sec = d.split("+", 1)[0] if "+" in d else (d or "?")
            out[sec + (" (not executable)" if "not executable" in d else "")] += 1
        return out


def fmt_mb(b):
    return "%.2f" % (b / 1e6)


def rate(nbytes, secs):
    return nbytes / 1e6 / secs if secs and secs > 0 else float("inf")


MEMBER_RE = re.compile(r"^(.*)\((.*)\)$")


def strip_members(traps):
    """The same trap multiset with archive member names dropped."""
    out = collections.Counter()
    for (name, kind, where), n in traps.items():
        m = MEMBER_RE.match(name)
        out[(m.group(1) if m else name, kind, where)] += n
    return out


def key_order(key):
    """Sorts trap keys by image, then section, then numeric address."""
    sec, _, addr = key[2].rpartition("+")
    return (key[0], sec, int(addr, 16), key[1])


def compare(label_a, a, label_b, b, extra, limit, smap):
    """Prints the multiset difference of two trap Counters; returns the number of
    differing keys."""
    only_a = sorted((a - b).elements(), key=key_order)
    only_b = sorted((b - a).elements(), key=key_order)
    if not only_a and not only_b:
        print("  %s vs %s: identical (%d traps)" % (label_a, label_b, sum(a.values())))
        return 0
    print("  %s vs %s: DIFFERENT: %d only in %s, %d only in %s" %
          (label_a, label_b, len(only_a), label_a, len(only_b), label_b))
    for side, keys in ((label_a, only_a), (label_b, only_b)):
        if not keys:
            continue
        print("    only in %s (first %d of %d):" % (side, min(limit, len(keys)), len(keys)))
        print("      by section: %s" % ", ".join(
            "%s %d" % kv for kv in smap.tally(keys).most_common(12)))
        for key in keys[:limit]:
            notes = [n for n in (smap.describe(key[0], key[2]), extra(key)) if n]
            print("      %s\t%s\t%s%s" % (key[0], key[1], key[2],
                                          "\t[" + "; ".join(notes) + "]" if notes else ""))
    return len(only_a) + len(only_b)


def ratio(a, b):
    return a / b if b > 0 else float("inf")


def load_average():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def startup_cost(args, d):
    """Wall time of xsc-scan on one empty file: process start-up plus this harness."""
    empty = os.path.join(d, "empty")
    open(empty, "wb").close()
    r = timed("empty", [args.scanner, "--format=json", "-j1", empty], os.devnull, os.devnull,
              d, repeat=3, ok_codes=(0, 1, 2))
    return r.wall


REFERENCE_FILES = ("sweep.out", "sweep.err", "objdump.out", "objdump.err")


def save_references(d, sweep, objdump):
    """Records the references' timings beside their outputs, for --reuse-references."""
    with open(os.path.join(d, "references.json"), "w") as f:
        json.dump({r.label: {"wall": r.wall, "cpu": r.cpu, "rss_kb": r.rss_kb, "rc": r.rc}
                   for r in (sweep, objdump)}, f, indent=1)


def reuse_references(args, name, d):
    """Copies a previous run's sweep and objdump outputs and timings into `d`; returns
    (sweep, objdump) Runs, or None when there is nothing complete to reuse."""
    if not args.reuse_references:
        return None
    src = os.path.join(args.reuse_references, name)
    try:
        with open(os.path.join(src, "references.json")) as f:
            saved = json.load(f)
        runs = []
        for label in ("capstone sweep", "objdump -d | grep"):
            r = Run(label)
            r.wall, r.cpu, r.rss_kb, r.rc = (saved[label][k] for k in ("wall", "cpu", "rss_kb",
                                                                      "rc"))
            runs.append(r)
        if os.path.abspath(src) != os.path.abspath(d):
            for fname in REFERENCE_FILES:
                shutil.copyfile(os.path.join(src, fname), os.path.join(d, fname))
        save_references(d, *runs)
    except (OSError, KeyError, ValueError) as e:
        print("cannot reuse references from %s (%s); running them" % (src, e))
        return None
    return tuple(runs)


def run_corpus(name, inputs, args, workdir):
    print("== corpus %s: %s  (load average %s)" % (name, " ".join(inputs), load_average()))
    sys.stdout.flush()
    d = os.path.join(workdir, name)
    os.makedirs(d, exist_ok=True)
    failures = 0

    reused = reuse_references(args, name, d)
    if reused:
        sweep, objdump = reused
        print("references (sweep, objdump) reused from %s, not re-run"
              % os.path.join(args.reuse_references, name))
    else:
        sweep = timed("capstone sweep", [args.sweep] + inputs, os.path.join(d, "sweep.out"),
                      os.path.join(d, "sweep.err"), d, ok_codes=(0, 2))
    sweep_traps, images, files, unsupported = load_sweep(os.path.join(d, "sweep.out"))
    exec_bytes = sum(v[2] for v in images.values())
    print("images %d in %d files (%d with an unsupported machine), executable bytes %d (%s MB)"
          % (len(images), len(files), len(unsupported), exec_bytes, fmt_mb(exec_bytes)))

    scans = []
    for jobs in (1, args.jobs):
        out = os.path.join(d, "scan-j%d.json" % jobs)
        r = timed("xsc-scan -j%d" % jobs,
                  [args.scanner, "--format=json", "-j%d" % jobs] + inputs, out,
                  os.path.join(d, "scan-j%d.err" % jobs), d, repeat=args.repeat,
                  ok_codes=(0, 1, 2))
        scans.append((r, out))
        if not r.ok:
            print("error: %s exited with status %d, see %s" % (r.label, r.rc,
                                                               os.path.join(d, "scan-j%d.err" % jobs)))
            return None, 2

    by_arch = collections.defaultdict(list)
    for f in files:
        archs = {v[0] for k, v in images.items() if k == f or k.startswith(f + "(")}
        by_arch["aarch64" if archs == {"aarch64"} else "x86"].append(f)
    cmds = []
    for arch, tool in (("x86", "objdump"), ("aarch64", args.aarch64_objdump)):
        if not by_arch[arch]:
            continue
        lst = os.path.join(d, "objdump-%s.list" % arch)
        with open(lst, "wb") as f:
            f.write(b"".join(os.fsencode(p) + b"\0" for p in by_arch[arch]))
        cmds.append("xargs -0 -a %s %s -d" % (shlex.quote(lst), shlex.quote(tool)))
    pipeline = "{ %s; } 2>%s | grep -E %s" % ("; ".join(cmds) or "true",
                                             shlex.quote(os.path.join(d, "objdump.err")),
                                             shlex.quote(GREP_PATTERN))
    if not reused:
        objdump = timed("objdump -d | grep", ["sh", "-c", pipeline],
                        os.path.join(d, "objdump.out"), os.path.join(d, "objdump.grep.err"), d,
                        ok_codes=(0, 1))
        save_references(d, sweep, objdump)
    obj_traps = load_objdump(os.path.join(d, "objdump.out"), images, files)

    r1, r2 = scans[0][0], scans[1][0]
    print("%-22s %9s %10s %9s %10s %12s" % ("tool", "wall s", "MB/s", "cpu s", "MB/cpu-s",
                                          "peak RSS MB"))
    for r in (r1, r2, objdump, sweep):
        print("%-22s %9.3f %10.1f %9.2f %10.1f %12.1f" % (
            r.label, r.wall, rate(exec_bytes, r.wall), r.cpu, rate(exec_bytes, r.cpu),
            r.rss_kb / 1024.0))
    if args.repeat > 1:
        print("(xsc-scan wall and CPU times: least of %d runs; other tools: one run)" % args.repeat)
    print("fixed cost of one xsc-scan run (an empty file): %.3f s wall; load average now %s"
          % (startup_cost(args, d), load_average()))
    sp1 = objdump.wall / r1.wall
    sp2 = objdump.wall / r2.wall
    print("xsc-scan/objdump speed ratio: -j1 %.1fx, -j%d %.1fx; by CPU time %.1fx"
          "  (target >= %.0fx at -j1 wall: %s)"
          % (sp1, args.jobs, sp2, ratio(objdump.cpu, r1.cpu), SPEEDUP_TARGET,
             "PASS" if sp1 >= SPEEDUP_TARGET else "FAIL"))
    print("xsc-scan/capstone-sweep speed ratio: -j1 %.1fx, -j%d %.1fx; by CPU time %.1fx"
          % (sweep.wall / r1.wall, args.jobs, sweep.wall / r2.wall, ratio(sweep.cpu, r1.cpu)))
    per_core = exec_bytes / r1.wall
    print("xsc-scan -j1 per core: %.1f MB/s wall, %.1f MB/s of CPU time  (target >= %.0f MB/s"
          " at -j1 wall: %s)"
          % (per_core / 1e6, rate(exec_bytes, r1.cpu), PER_CORE_TARGET / 1e6,
             "PASS" if per_core >= PER_CORE_TARGET else "FAIL"))

    with open(scans[0][1], "rb") as a, open(scans[1][1], "rb") as b:
        same = a.read() == b.read()
    print("xsc-scan -j1 and -j%d reports: %s" % (args.jobs, "identical" if same else "DIFFERENT"))
    if not same:
        failures += 1

    certain, uncertain, bad, summary, symbols = load_scan(scans[0][1])
    print("xsc-scan summary: %s" % json.dumps(summary, sort_keys=True))
    for fname, status, err in bad[:args.max_diff]:
        print("  xsc-scan %s: %s: %s" % (status, fname, err))
    dups = [k for k, n in certain.items() if n > 1]
    if dups:
        print("  xsc-scan reports %d findings more than once, e.g. %s" % (len(dups), dups[0]))
        failures += 1
    print("traps: xsc-scan %d (violations+allowed) + %d uncertain; objdump %d; capstone sweep %d"
          % (sum(certain.values()), sum(uncertain.values()), sum(obj_traps.values()),
             sum(sweep_traps.values())))

    smap = SectionMap()

    def note(key):
        parts = []
        if key in symbols:
            parts.append("xsc-scan symbol %s" % symbols[key])
        if key in uncertain:
            parts.append("xsc-scan: uncertain")
        parts.append("objdump: %s" % ("yes" if key in obj_traps else "no"))
        parts.append("sweep: %s" % ("yes" if key in sweep_traps else "no"))
        return ", ".join(parts)

    failures += compare("xsc-scan", certain, "objdump", obj_traps, note, args.max_diff, smap) > 0
    failures += compare("xsc-scan", certain, "capstone sweep", sweep_traps, note, args.max_diff,
                        smap) > 0
    # Informational: differences that vanish when archive member names are ignored
    # point at member naming, not at trap detection.
    for label, ref in (("objdump", obj_traps), ("capstone sweep", sweep_traps)):
        named = sum(((certain - ref) + (ref - certain)).values())
        unnamed = sum(((strip_members(certain) - strip_members(ref)) +
                       (strip_members(ref) - strip_members(certain))).values())
        if named != unnamed:
            print("  (xsc-scan vs %s: %d of the %d differences vanish when archive member names"
                  " are ignored: the member names differ)" % (label, named - unnamed, named))
    # Informational: where the two references disagree with each other.
    ref_a, ref_b = obj_traps - sweep_traps, sweep_traps - obj_traps
    if ref_a or ref_b:
        print("  (references disagree: %d only in objdump, %d only in the sweep)"
              % (sum(ref_a.values()), sum(ref_b.values())))
    if uncertain:
        print("  xsc-scan uncertain sites (first %d of %d):" % (min(args.max_diff, len(uncertain)),
                                                          len(uncertain)))
        for key in sorted(uncertain, key=key_order)[:args.max_diff]:
            print("      %s\t%s\t%s\t[%s]" % (key[0], key[1], key[2], note(key)))
    errs = os.path.join(d, "objdump.err")
    if os.path.exists(errs) and os.path.getsize(errs):
        with open(errs, errors="replace") as f:
            lines = f.read().splitlines()
        print("  objdump wrote %d lines to stderr (first: %s)" % (len(lines), lines[0]))
    print("result %s: %s" % (name, "sets AGREE" if not failures else "sets DIFFER"))
    print()
    return {"corpus": name, "exec_bytes": exec_bytes, "runs": [r1, r2, objdump, sweep]}, \
        (1 if failures else 0)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--scanner", required=True, help="the xsc-scan binary")
    ap.add_argument("--sweep", required=True, help="the xsc-capstone-sweep binary")
    ap.add_argument("--corpus", default=",".join(KNOWN_CORPORA),
                    help="comma-separated corpora: libc, llvm, dir, or paths (default: all)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                    help="N for the xsc-scan -jN run (default: nproc)")
    ap.add_argument("--repeat", type=int, default=3, help="xsc-scan runs per setting (best wall)")
    ap.add_argument("--max-diff", type=int, default=20, help="differences printed per side")
    ap.add_argument("--workdir", help="keep raw outputs here (default: a temporary directory)")
    ap.add_argument("--aarch64-objdump", default="aarch64-linux-gnu-objdump")
    ap.add_argument("--reuse-references", metavar="WORKDIR",
                    help="take the sweep and objdump outputs and timings of each corpus from an"
                         " earlier run's --workdir instead of re-running them (they do not"
                         " depend on xsc-scan)")
    args = ap.parse_args()

    workdir = args.workdir or tempfile.mkdtemp(prefix="xsc-bench-scan.")
    os.makedirs(workdir, exist_ok=True)
    print("xsc-scan: %s" % args.scanner)
    print("raw outputs: %s" % workdir)
    print()
    status = 0
    for item in args.corpus.split(","):
        item = item.strip()
        if not item:
            continue
        inputs = KNOWN_CORPORA.get(item, [item])
        label = item if item in KNOWN_CORPORA else re.sub(r"[^A-Za-z0-9._-]", "_", item)
        _, st = run_corpus(label, inputs, args, workdir)
        status = max(status, st)
    print("overall: %s" % {0: "trap sets identical", 1: "trap sets DIFFER",
                           2: "a tool failed"}[status])
    return status


if __name__ == "__main__":
    sys.exit(main())
