#!/usr/bin/env python3
# Copyright (c) 2026 The clientele authors.
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

"""Measures what the library costs, against hand-written baselines, and
prints the tables of the Performance page.

    python3 benchmarks/run.py                  # every table (about 12 minutes on 2 cores)
    python3 benchmarks/run.py --only compile   # one part: compile, headers, counts, runtime, schedules, asm
    python3 benchmarks/run.py --only headers --instructions  # header costs, also in instructions (Valgrind)
    python3 benchmarks/run.py --only runtime --runtime-sizes 100 --reps 1 --runtime-ops 20000
                                               # the run-time benchmark, small (what ctest runs)
    python3 benchmarks/run.py --check          # instantiation counts against the recorded file
    python3 benchmarks/run.py --update-counts  # record the current counts

Seconds are CPU seconds (user + system) of the compiler, the best of
--reps runs; the library and its baseline are compiled in turn within each
repetition, so both see the same load. Memory is the peak resident set of
the compiler, as `/usr/bin/time -f %M` reports it. Every ratio is library / baseline of the
same run; only ratios are comparable between machines.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

COUNTS_FILE = HERE / "instantiation_counts.txt"
COUNTS_CORPUS = ["ct_lib_100", "ct_base_100", "hdr_queries", "hdr_clientele", "rt_lib_100"]
# A count may grow by this fraction (plus a few) before --check fails.
COUNTS_SLACK = 0.02
COUNTS_ABS_SLACK = 5
PARTS = ["compile", "headers", "counts", "runtime", "schedules", "asm"]


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.out = args.out
        self.include = args.include.resolve()
        self.compilers = args.compilers.split(",")
        self.sizes = [int(s) for s in args.sizes.split(",")]
        self.runtime_sizes = [int(s) for s in args.runtime_sizes.split(",")]
        self.reps = args.reps
        self.results: dict = {}
        if not os.path.exists("/usr/bin/time"):
            sys.exit("run.py needs /usr/bin/time (Debian package 'time')")
        if args.instructions and not shutil.which("valgrind"):
            sys.exit("--instructions needs valgrind (Debian package 'valgrind')")

    # --- running a compiler ----------------------------------------------------

    def flags(self) -> list[str]:
        return ["-std=c++20", "-I%s" % self.include, "-I%s" % HERE]

    def measure(self, cmd: list[str]) -> tuple[float, int, str]:
        """CPU seconds (user + system), peak memory (MB) and error output of
        one command. Memory is what `/usr/bin/time -f %M` prints; seconds are
        the resource usage the kernel reports for it, to the microsecond
        (`/usr/bin/time` prints hundredths)."""
        with tempfile.TemporaryFile("w+") as err, tempfile.NamedTemporaryFile("r") as mem:
            p = subprocess.Popen(["/usr/bin/time", "-o", mem.name, "-f", "%M"] + cmd, cwd=self.out,
                                 stdout=subprocess.DEVNULL, stderr=err)
            _, status, usage = os.wait4(p.pid, 0)
            p.returncode = os.waitstatus_to_exitcode(status)
            err.seek(0)
            stderr = err.read()
            mb = int(mem.read().split()[-1]) // 1024
        if p.returncode != 0:
            return float("nan"), mb, first_error(stderr)
        return usage.ru_utime + usage.ru_stime, mb, ""

    def best_of(self, jobs: dict[str, list[str]], reps: int = 0) -> dict[str, dict]:
        """Runs every job --reps times, interleaved; keeps the fastest time and
        the smallest peak memory of each. A job that fails is run once."""
        best: dict[str, dict] = {k: {"s": float("inf"), "mb": 1 << 40, "error": ""} for k in jobs}
        for _ in range(reps or self.reps):
            for key, cmd in jobs.items():
                if best[key]["error"]:
                    continue
                s, mb, err = self.measure(cmd)
                if err:
                    best[key] = {"s": float("nan"), "mb": mb, "error": err}
                    continue
                best[key]["s"] = min(best[key]["s"], s)
                best[key]["mb"] = min(best[key]["mb"], mb)
        return best

    def instructions(self, jobs: dict[str, list[str]]) -> dict[str, int]:
        """Instructions each job executes, counted by Valgrind's callgrind
        (the compiler driver and every process it starts). Unlike seconds,
        the count is the same on every run, busy machine or not."""
        def count(cmd: list[str]) -> int:
            with tempfile.TemporaryDirectory() as d:
                subprocess.run(["valgrind", "--tool=callgrind", "--trace-children=yes",
                                "--callgrind-out-file=%s/cg.%%p" % d] + cmd, cwd=self.out,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
                total = 0
                for name in os.listdir(d):
                    with open(os.path.join(d, name)) as f:
                        for line in f:
                            if line.startswith(("summary:", "totals:")):
                                total += int(line.split()[1])
                                break
                return total
        with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 1) as pool:
            return dict(zip(jobs, pool.map(count, jobs.values())))

    def syntax(self, cxx: str, unit: str) -> list[str]:
        return [cxx] + self.flags() + ["-fsyntax-only", unit + ".cpp"]

    def obj(self, cxx: str, unit: str, opt: str = "-O2") -> list[str]:
        return [cxx] + self.flags() + [opt, "-c", unit + ".cpp", "-o", "%s.%s.o" % (unit, tag(cxx))]

    # --- compile time of relationship types and queries -----------------------

    def compile_time(self) -> None:
        rows = []
        for cxx in self.compilers:
            jobs = {}
            for n in self.sizes:
                jobs["lib%d" % n] = self.syntax(cxx, "ct_lib_%d" % n)
                jobs["base%d" % n] = self.syntax(cxx, "ct_base_%d" % n)
            r = self.best_of(jobs)
            for n in self.sizes:
                lib, base = r["lib%d" % n], r["base%d" % n]
                rows.append({"compiler": cxx, "n": n, "lib_s": lib["s"], "base_s": base["s"],
                             "lib_mb": lib["mb"], "base_mb": base["mb"],
                             "error": lib["error"] or base["error"]})
        self.results["compile"] = rows
        print("\n### Relationship types and queries (`-fsyntax-only`)\n")
        print("| compiler | N | library | baseline | time ratio | library memory | baseline memory | memory ratio |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for row in rows:
            if row["error"]:
                print("| %s | %d | fails: %s | | | | | |" % (row["compiler"], row["n"], row["error"]))
                continue
            print("| %s | %d | %.2f s | %.2f s | **%.2fx** | %d MB | %d MB | **%.2fx** |" % (
                row["compiler"], row["n"], row["lib_s"], row["base_s"], row["lib_s"] / row["base_s"],
                row["lib_mb"], row["base_mb"], row["lib_mb"] / row["base_mb"]))
        if len(self.sizes) >= 3:
            print("\nGrowth: the cost of one more type, in milliseconds, between successive sizes "
                  "(linear growth keeps it flat: the last column is the later slope over the earlier).\n")
            heads = ["%d-%d" % (a, b) for a, b in zip(self.sizes, self.sizes[1:])]
            print("| compiler | side | " + " | ".join(heads) + " | later / earlier |")
            print("|---|---|" + "---:|" * (len(heads) + 1))
            for cxx in self.compilers:
                by_n = {row["n"]: row for row in rows if row["compiler"] == cxx}
                for side in ("lib", "base"):
                    slopes = [1000 * (by_n[b][side + "_s"] - by_n[a][side + "_s"]) / (b - a)
                              for a, b in zip(self.sizes, self.sizes[1:])]
                    ratio = slopes[-1] / slopes[0] if slopes[0] > 0 else float("nan")
                    print("| %s | %s | %s | %.2f |" % (
                        cxx, "library" if side == "lib" else "baseline",
                        " | ".join("%.2f ms" % s for s in slopes), ratio))
            # The same growth in instantiations, which are exact: Clang's counts
            # per additional type, library minus baseline.
            c = self.counts([f % n for n in self.sizes for f in ("ct_lib_%d", "ct_base_%d")])
            if all("error" not in v for v in c.values()):
                keys = ("class_instantiations", "function_instantiations", "variable_specializations")
                print("\nInstantiations per additional type (Clang, library minus baseline; exact):\n")
                print("| sizes | classes | functions | variable templates |")
                print("|---|---:|---:|---:|")
                for a, b in zip(self.sizes, self.sizes[1:]):
                    per = [((c["ct_lib_%d" % b][k] - c["ct_base_%d" % b][k]) -
                            (c["ct_lib_%d" % a][k] - c["ct_base_%d" % a][k])) / (b - a) for k in keys]
                    print("| %d-%d | %.2f | %.2f | %.2f |" % ((a, b) + tuple(per)))
                self.results["compile_counts"] = c

    # --- the cost of including each header ---------------------------------------

    def headers(self) -> None:
        heads = [h for h in generate.public_headers()
                 if self.args.headers == "all" or generate.header_stem(h) in self.args.headers.split(",")]
        rows = []
        for cxx in self.compilers:
            jobs = {"empty": self.syntax(cxx, "empty"), "type_traits": self.syntax(cxx, "hdr_type_traits")}
            for h in heads:
                stem = generate.header_stem(h)
                jobs[stem] = self.syntax(cxx, "hdr_" + stem)
                jobs[stem + "_deps"] = self.syntax(cxx, "hdr_%s_deps" % stem)
            r = self.best_of(jobs)
            ins = {}
            if self.args.instructions:
                ins = self.instructions({k: v for k, v in jobs.items()
                                         if k not in ("empty", "type_traits") and not r[k]["error"]})
            for h in heads:
                stem = generate.header_stem(h)
                _, external = generate.header_closure(h)
                rows.append({"compiler": cxx, "header": h, "s": r[stem]["s"], "mb": r[stem]["mb"],
                             "deps_s": r[stem + "_deps"]["s"], "empty_s": r["empty"]["s"],
                             "type_traits_s": r["type_traits"]["s"], "deps": external,
                             "ins": ins.get(stem), "deps_ins": ins.get(stem + "_deps"),
                             "error": r[stem]["error"]})
        self.results["headers"] = rows
        print("\n### Including one header (`-fsyntax-only`)\n")
        print("Each header alone, against every standard and Boost header it includes (directly or "
              "through other library headers) included alone.\n")
        by_header: dict[str, dict[str, dict]] = {}
        for row in rows:
            by_header.setdefault(row["header"], {})[row["compiler"]] = row
        ins = self.args.instructions
        print("| header | " + " | ".join("%s: header | %s: its headers | %s ratio" % (c, c, c)
                                         + (" | %s: instructions ratio" % c if ins else "")
                                         for c in self.compilers) + " |")
        print("|---|" + ("---:|---:|---:|" + ("---:|" if ins else "")) * len(self.compilers))
        for h, per in by_header.items():
            cells = []
            for c in self.compilers:
                row = per[c]
                if row["error"]:
                    cells.append("fails | | " + (" | " if ins else ""))
                    continue
                cell = "%.3f s | %.3f s | **%.2fx**" % (row["s"], row["deps_s"], row["s"] / row["deps_s"])
                if ins:
                    cell += " | **%.2fx**" % (row["ins"] / row["deps_ins"])
                cells.append(cell)
            print("| `<%s>` | %s |" % (h, " | ".join(cells)))
        print("\nFor scale: " + "; ".join(
            "%s: empty file %.3f s, `<type_traits>` alone %.3f s" % (c, per[c]["empty_s"], per[c]["type_traits_s"])
            for c in self.compilers for per in [next(iter(by_header.values()))]) + ".")
        print("\nStandard and Boost headers of each header:\n")
        seen = set()
        for row in rows:
            if row["header"] in seen:
                continue
            seen.add(row["header"])
            print("- `<%s>`: %s" % (row["header"], ", ".join("`<%s>`" % d for d in row["deps"])))

    # --- template instantiation counts ------------------------------------------

    def counts(self, units: list[str] | None = None) -> dict[str, dict[str, int]]:
        clang = next((c for c in self.compilers if "clang" in c), "clang++")
        out: dict[str, dict[str, int]] = {}
        for unit in units or COUNTS_CORPUS:
            trace = self.out / ("%s.count.json" % unit)
            cmd = [clang] + self.flags() + ["-O0", "-c", unit + ".cpp", "-o", "%s.count.o" % unit,
                                            "-ftime-trace", "-ftime-trace-granularity=0",
                                            "-Xclang", "-print-stats"]
            p = subprocess.run(cmd, cwd=self.out, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
            if p.returncode != 0:
                out[unit] = {"error": 1}
                print("counts: %s fails to compile: %s" % (unit, first_error(p.stderr)), file=sys.stderr)
                continue
            events = json.loads(trace.read_text())["traceEvents"]
            c = {"class_instantiations": 0, "function_instantiations": 0}
            for e in events:
                if e.get("ph") == "X" and e.get("name") == "InstantiateClass":
                    c["class_instantiations"] += 1
                elif e.get("ph") == "X" and e.get("name") == "InstantiateFunction":
                    c["function_instantiations"] += 1
            m = re.search(r"(\d+) VarTemplateSpecialization decls", p.stderr)
            c["variable_specializations"] = int(m.group(1)) if m else 0
            out[unit] = c
        return out

    def print_counts(self, counts: dict[str, dict[str, int]]) -> None:
        print("\n### Template instantiations (Clang, deterministic)\n")
        print("| translation unit | classes | functions | variable templates |")
        print("|---|---:|---:|---:|")
        for unit, c in counts.items():
            if "error" in c:
                print("| `%s` | fails to compile | | |" % unit)
                continue
            print("| `%s` | %d | %d | %d |" % (unit, c["class_instantiations"],
                                              c["function_instantiations"], c["variable_specializations"]))
        if "ct_lib_100" in counts and "ct_base_100" in counts and "error" not in counts["ct_lib_100"]:
            lib, base = counts["ct_lib_100"], counts["ct_base_100"]
            print("\nPer relationship type (library minus baseline, over 100 types): "
                  "%.1f classes, %.1f functions, %.1f variable templates." % tuple(
                      (lib[k] - base[k]) / 100 for k in
                      ("class_instantiations", "function_instantiations", "variable_specializations")))

    # --- the run-time side ----------------------------------------------------------

    def runtime(self) -> None:
        """The run-time benchmark (rt_main.cpp) at every --runtime-sizes, with
        each compiler: dispatch and lookup by name against std::unordered_map
        and gperf, dispatch by profile, to_string and parse_profile against
        the hand-written baseline. Also what the registry costs to compile
        (-O2), against the baseline, and its object code per type."""
        if not shutil.which("gperf"):
            sys.exit("the run-time benchmark needs gperf (Debian package 'gperf'; "
                     "scripts/setup-debian.sh installs it)")
        sizes = self.runtime_sizes
        for n in sizes:
            p = subprocess.run(["gperf", "--output-file=gperf_names_%d.hpp" % n, "names_%d.gperf" % n],
                               cwd=self.out, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            if p.returncode != 0:
                sys.exit("gperf failed on names_%d.gperf: %s" % (n, p.stderr))
        rows = []
        rates = []
        for cxx in self.compilers:
            main_cmd = [cxx] + self.flags() + ["-O2", "-DNDEBUG", "-c", str(HERE / "rt_main.cpp"),
                                               "-o", "rt_main.%s.o" % tag(cxx)]
            p = subprocess.run(main_cmd, cwd=self.out, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            if p.returncode != 0:
                sys.exit("building the run-time benchmark failed: " + first_error(p.stderr))
            for n in sizes:
                jobs = {"lib": self.obj(cxx, "rt_lib_%d" % n), "base": self.obj(cxx, "rt_base_%d" % n)}
                r = self.best_of(jobs, 1 if n > 1000 else min(self.reps, 3))
                rows.append({"compiler": cxx, "n": n, "lib": r["lib"], "base": r["base"],
                             "code": {side: object_size(self.out / ("rt_%s_%d.%s.o" % (side, n, tag(cxx))))
                                      for side in ("lib", "base")}})
                if r["lib"]["error"] or r["base"]["error"]:
                    continue
                exe = "rt_bench_%d.%s" % (n, tag(cxx))
                link = [cxx, "-o", exe, "rt_main.%s.o" % tag(cxx), "rt_lib_%d.%s.o" % (n, tag(cxx)),
                        "rt_base_%d.%s.o" % (n, tag(cxx))]
                p = subprocess.run(link, cwd=self.out, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                if p.returncode != 0:
                    sys.exit("linking the run-time benchmark failed: " + first_error(p.stderr))
                p = subprocess.run(["./" + exe, str(self.reps), str(self.args.runtime_ops)], cwd=self.out,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                if p.returncode != 0:
                    sys.exit("the run-time benchmark failed: " + p.stderr)
                for line in p.stdout.splitlines():
                    op, lib_rate, base_rate, gperf_rate, nbytes = line.split()
                    rates.append({"compiler": cxx, "n": n, "op": op, "lib": float(lib_rate),
                                  "base": float(base_rate), "gperf": float(gperf_rate),
                                  "bytes": float(nbytes)})
        self.results["runtime_compile"] = rows
        self.results["runtime_rates"] = rates
        print("\n### The run-time side: compiling the registry (`-O2 -c`)\n")
        print("| compiler | types | library | baseline | time ratio | library memory | baseline memory | "
              "memory ratio | library code per type | baseline code per type |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for row in rows:
            lib, base = row["lib"], row["base"]
            if lib["error"] or base["error"]:
                print("| %s | %d | fails: %s | %s | | | | | | |" % (row["compiler"], row["n"], lib["error"] or "",
                                                                 base["error"] or ""))
                continue
            code = row["code"]
            per = ["%.0f bytes" % ((code[s]["text"] + code[s]["data"]) / row["n"]) if code.get(s) else ""
                   for s in ("lib", "base")]
            print("| %s | %d | %.2f s | %.2f s | **%.2fx** | %d MB | %d MB | **%.2fx** | %s | %s |" % (
                row["compiler"], row["n"], lib["s"], base["s"], lib["s"] / base["s"], lib["mb"], base["mb"],
                lib["mb"] / base["mb"], per[0], per[1]))
        memory = {(r["compiler"], r["n"]): r["lib"] for r in rates if r["op"] == "memory_read"}
        print("\n### Run time (best of %d rounds; ratios of rates measured in the same process)\n" % self.reps)
        print("Library / baseline above 1 means the library is faster. The baseline is "
              "`std::unordered_map` for names and profiles and a hand-written text form; gperf is a "
              "perfect hash that gperf generated for the same names. MB/s is the text read or written; "
              "the ceiling is the rate of reading memory in the same process.\n")
        print("| compiler | types | operation | library | baseline | library / baseline | gperf | "
              "library / gperf | library MB/s | baseline MB/s |")
        print("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|")
        for r in rates:
            if r["op"] == "memory_read":
                continue
            g = "%s | **%.2fx**" % (si(r["gperf"]), r["lib"] / r["gperf"]) if r["gperf"] > 0 else " | "
            mb = ("%.0f | %.0f" % (r["lib"] * r["bytes"] / 1e6, r["base"] * r["bytes"] / 1e6)
                  if r["bytes"] > 0 else " | ")
            print("| %s | %d | %s | %s | %s | **%.2fx** | %s | %s |" % (
                r["compiler"], r["n"], r["op"], si(r["lib"]), si(r["base"]), r["lib"] / r["base"], g, mb))
        print("\nMemory read rate (the ceiling of text throughput): " + "; ".join(
            "%s, %d types: %.0f MB/s" % (c, n, m / 1e6) for (c, n), m in memory.items()) + ".")

    # --- invoice dates and deadlines against hand-written loops -------------------

    def schedules(self) -> None:
        print("\n### Invoice dates and first-response deadlines (`-O2 -DNDEBUG`)\n")
        for cxx in self.compilers:
            for name in ("invoice_dates", "deadlines"):
                exe = "%s.%s" % (name, tag(cxx))
                cmd = [cxx] + self.flags() + ["-O2", "-DNDEBUG", str(HERE / (name + ".cpp")), "-o", exe]
                p = subprocess.run(cmd, cwd=self.out, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                if p.returncode != 0:
                    sys.exit("building %s failed: %s" % (name, first_error(p.stderr)))
                p = subprocess.run(["./" + exe, str(self.reps), str(self.args.schedules_scale)],
                                   cwd=self.out, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                if p.returncode != 0:
                    sys.exit("%s failed: %s%s" % (name, p.stdout, p.stderr))
                self.results.setdefault("schedules", []).append(
                    {"compiler": cxx, "benchmark": name, "output": p.stdout})
                print("%s, %s:\n\n```\n%s```\n" % (name, cxx, p.stdout))

    # --- a query is a constant ---------------------------------------------------

    def assembly(self) -> None:
        print("\n### A query compiles to its constant\n")
        print("`f` returns `billing_mode_v<R>`, `g` returns the literal `2`; instructions of each "
              "function, labels and directives left out.\n")
        rows = []
        for cxx in self.compilers:
            for opt in ("-O2", "-O0"):
                asm = "asm.%s%s.s" % (tag(cxx), opt)
                cmd = [cxx] + self.flags() + [opt, "-S", "-fno-asynchronous-unwind-tables",
                                              "asm.cpp", "-o", asm]
                p = subprocess.run(cmd, cwd=self.out, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                if p.returncode != 0:
                    rows.append((cxx, opt, None, None, first_error(p.stderr)))
                    continue
                text = (self.out / asm).read_text()
                f, g = body(text, "_Z1fv"), body(text, "_Z1gv")
                leftover = "billing_mode_v" in text
                rows.append((cxx, opt, f, g, "a symbol of the query is emitted" if leftover else ""))
        print("| compiler | options | `f` | `g` | identical |")
        print("|---|---|---|---|---|")
        same_all = True
        for cxx, opt, f, g, note in rows:
            if f is None:
                print("| %s | `%s` | fails: %s | | no |" % (cxx, opt, note))
                same_all = False
                continue
            same = f == g and not note
            same_all = same_all and same
            print("| %s | `%s` | `%s` | `%s` | %s |" % (cxx, opt, "; ".join(f), "; ".join(g),
                                                       "**yes**" if same else "no " + note))
        self.results["asm_identical"] = same_all

    # --- driver ------------------------------------------------------------------------

    def run(self, parts: list[str]) -> None:
        versions = {c: subprocess.run([c, "--version"], stdout=subprocess.PIPE, text=True).stdout.splitlines()[0]
                    for c in self.compilers}
        print("## clientele benchmarks\n")
        print("Compilers: %s. Repetitions: %d (best kept). Include directory: `%s`." % (
            "; ".join(versions.values()), self.reps, os.path.relpath(self.include, ROOT)))
        for part in parts:
            if part == "compile":
                self.compile_time()
            elif part == "headers":
                self.headers()
            elif part == "counts":
                c = self.counts()
                self.results["counts"] = c
                self.print_counts(c)
            elif part == "runtime":
                self.runtime()
            elif part == "schedules":
                self.schedules()
            elif part == "asm":
                self.assembly()
            sys.stdout.flush()
        (self.out / "results.json").write_text(json.dumps(self.results, indent=1, default=str))


# --- helpers ---------------------------------------------------------------------

def tag(cxx: str) -> str:
    return "clang" if "clang" in cxx else "gcc"


def first_error(stderr: str) -> str:
    for line in stderr.splitlines():
        if "error" in line:
            line = re.sub(r"^.*?(fatal )?error: ", "", line)
            return line[:160].replace("|", "\\|")
    return stderr.strip()[:160]


def si(x: float) -> str:
    for unit, scale in (("G", 1e9), ("M", 1e6), ("k", 1e3)):
        if x >= scale:
            return "%.2f %s/s" % (x / scale, unit)
    return "%.0f /s" % x


def object_size(path: pathlib.Path) -> dict[str, float] | None:
    """Code, constant data and defined functions of an object file."""
    if not path.exists():
        return None
    p = subprocess.run(["size", "-A", str(path)], stdout=subprocess.PIPE, text=True)
    text = data = 0
    for line in p.stdout.splitlines():
        parts = line.split()
        if len(parts) < 2 or not parts[1].isdigit():
            continue
        name, size = parts[0], int(parts[1])
        if name.startswith(".text"):
            text += size
        elif name.startswith((".rodata", ".data")):
            data += size
    nm = subprocess.run(["nm", "--defined-only", str(path)], stdout=subprocess.PIPE, text=True)
    functions = sum(1 for line in nm.stdout.splitlines() if re.search(r" [TtWw] ", line))
    return {"text": text, "data": data, "functions": functions}


def body(asm: str, symbol: str) -> list[str]:
    """The instructions of function `symbol` in an assembly listing."""
    out: list[str] = []
    inside = False
    for line in asm.splitlines():
        if line.startswith(symbol + ":"):
            inside = True
            continue
        if not inside:
            continue
        s = line.strip()
        if s.startswith(".size") or s.startswith(".cfi_endproc") or s.startswith(".Lfunc_end"):
            break
        if not s or s.startswith((".", "#")) or s.endswith(":"):
            continue
        out.append(re.sub(r"\s+", " ", s.split("#")[0].strip()))
    return out


def read_counts(path: pathlib.Path) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    for line in path.read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        unit, key, value = line.split()
        counts.setdefault(unit, {})[key] = int(value)
    return counts


def write_counts(path: pathlib.Path, counts: dict[str, dict[str, int]], compiler: str) -> None:
    lines = ["# Template instantiations of a fixed corpus, counted by Clang (-ftime-trace",
             "# events and -print-stats). Written by `python3 benchmarks/run.py --update-counts`;",
             "# `python3 benchmarks/run.py --check` fails when a count grows by more than",
             "# %d%% + %d. A change that grows them shows up in review: say why." % (
                 int(COUNTS_SLACK * 100), COUNTS_ABS_SLACK),
             "# compiler: %s" % compiler, "# unit counter value"]
    for unit, c in counts.items():
        for key in sorted(c):
            lines.append("%s %s %d" % (unit, key, c[key]))
    path.write_text("\n".join(lines) + "\n")


def check_counts(bench: Bench) -> int:
    if not COUNTS_FILE.exists():
        print("no recorded counts: run with --update-counts first", file=sys.stderr)
        return 2
    recorded = read_counts(COUNTS_FILE)
    current = bench.counts()
    failed = False
    print("| unit | counter | recorded | now | |")
    print("|---|---|---:|---:|---|")
    for unit, rec in recorded.items():
        for key, old in rec.items():
            new = current.get(unit, {}).get(key)
            if new is None or "error" in current.get(unit, {}):
                verdict = "FAILS TO COMPILE" if "error" in current.get(unit, {}) else "missing"
                failed = True
            elif new > old * (1 + COUNTS_SLACK) + COUNTS_ABS_SLACK:
                verdict = "GREW"
                failed = True
            elif new < old:
                verdict = "fewer (record them with --update-counts)"
            else:
                verdict = "ok"
            print("| %s | %s | %d | %s | %s |" % (unit, key, old, new, verdict))
    print("\ninstantiation counts: %s" % ("grew" if failed else "within the recorded slack"))
    return 1 if failed else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--out", type=pathlib.Path, default=ROOT / "build" / "benchmarks",
                    help="where the generated files and objects go (default build/benchmarks)")
    ap.add_argument("--include", type=pathlib.Path, default=ROOT / "include",
                    help="the library's include directory (to measure a modified copy)")
    ap.add_argument("--compilers", default="g++,clang++")
    ap.add_argument("--sizes", default="100,300,1000", help="numbers of relationship types")
    ap.add_argument("--runtime-sizes", default="100,1000,10000",
                    help="numbers of registered types of the run-time benchmark")
    ap.add_argument("--runtime-ops", type=int, default=400000,
                    help="operations per measurement of the run-time benchmark (fewer: a quicker, noisier run)")
    ap.add_argument("--schedules-scale", type=float, default=1.0,
                    help="fraction of the tickets the deadline benchmark times (the test suite runs 0.01)")
    ap.add_argument("--reps", type=int, default=5,
                    help="repetitions; the best is kept (at most 3 for the optimised run-time builds)")
    ap.add_argument("--only", default=",".join(PARTS), help="comma-separated parts: " + ", ".join(PARTS))
    ap.add_argument("--headers", default="all", help="headers to measure, by the name of their units: queries, catalogue_derived... (default all)")
    ap.add_argument("--instructions", action="store_true",
                    help="also count the instructions of each header and its baseline with Valgrind "
                         "(deterministic, unlike seconds; about 15 minutes more on 2 cores)")
    ap.add_argument("--check", action="store_true", help="compare instantiation counts with the recorded file")
    ap.add_argument("--update-counts", action="store_true", help="record the current instantiation counts")
    args = ap.parse_args()
    args.out = args.out.resolve()
    runtime_sizes = [int(s) for s in args.runtime_sizes.split(",")] if "runtime" in args.only else []
    generate.write(args.out, sorted(set([int(s) for s in args.sizes.split(",")] + [100])),
                   runtime_sizes)
    bench = Bench(args)
    if args.check:
        return check_counts(bench)
    if args.update_counts:
        counts = bench.counts()
        if any("error" in c for c in counts.values()):
            print("a unit of the corpus fails to compile; counts not recorded", file=sys.stderr)
            return 1
        clang = next((c for c in bench.compilers if "clang" in c), "clang++")
        version = subprocess.run([clang, "--version"], stdout=subprocess.PIPE, text=True).stdout.splitlines()[0]
        write_counts(COUNTS_FILE, counts, version)
        bench.print_counts(counts)
        return 0
    parts = [p for p in args.only.split(",") if p]
    for p in parts:
        if p not in PARTS:
            ap.error("unknown part %r" % p)
    bench.run(parts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
