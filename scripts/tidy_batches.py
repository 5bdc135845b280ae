#!/usr/bin/env python3
"""Runs clang-tidy over the sources of src/ in batches (scripts/lint.sh tidy).

Each source costs clang-tidy the parse of Qt's headers and a walk over them,
several seconds, before its own few hundred lines. A batch is one translation
unit that includes several sources compiled with the same flags, so that cost is
paid once per batch. Sources that define the same file-local name (in an
unnamed namespace, or static) go into different batches; a batch that still
does not compile as one is split in two, down to single sources, so every
source is checked and the findings are those of a run source by source.

Prints clang-tidy's output for every source; exits 0 (lint.sh reads the
findings from the output).

usage: tidy_batches.py BUILD_DIR OUT_DIR SOURCE_REGEX JOBS CLANG_TIDY CONFIG HEADER_FILTER
"""

import concurrent.futures
import itertools
import json
import os
import re
import shlex
import subprocess
import sys
import threading

BATCH_SIZE = int(os.environ.get("ACCORD_LINT_BATCH", "12"))
ERROR = "[clang-diagnostic-error]"

_DECLARED = re.compile(
    r"^(?:template\s*<.*>\s*)?(?:static\s+|inline\s+|constexpr\s+|const\s+)*"
    r"(?:(?:struct|class|enum(?:\s+class)?|using|union)\s+(\w+)"
    r"|[\w:<>,*&\s]+?[\s*&](\w+)\s*(?:\(|=|\[|\{|;))")


def local_names(path):
    """Names a source defines for itself: at the top of an unnamed namespace, or
    static at file scope. A rough reading; a miss only costs a split batch."""
    names = set()
    depth = 0
    unnamed = []  # depths at which an unnamed namespace opened
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = f.read().splitlines()
    except OSError:
        return names
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("//") or stripped.startswith("#"):
            continue
        top_of_unnamed = bool(unnamed) and depth == unnamed[-1] + 1
        if top_of_unnamed or (depth <= 1 and stripped.startswith("static ")):
            match = _DECLARED.match(stripped)
            # A using-directive or using-declaration may stand in several sources.
            ignored = ("return", "namespace", "}", "using namespace")
            if match and not stripped.startswith(ignored) and not re.match(r"using\s+[\w:]*::", stripped):
                names.add(match.group(1) or match.group(2))
        if re.match(r"^namespace\s*\{", stripped):
            unnamed.append(depth)
        for ch in line:
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if unnamed and depth == unnamed[-1]:
                    unnamed.pop()
    return names


def command_of(entry):
    """The entry's compiler arguments, without the compiler, the source, -o and -c."""
    args = list(entry["arguments"]) if "arguments" in entry else shlex.split(entry["command"])
    out = []
    skip = False
    for arg in args[1:]:
        if skip:
            skip = False
            continue
        if arg == "-o":
            skip = True
            continue
        if arg == "-c" or arg == entry["file"]:
            continue
        out.append(arg)
    return out


def pack(files, size):
    """Batches of at most `size` sources, none sharing a local name."""
    batches = []  # (files, names)
    for path in files:
        names = local_names(path)
        for batch in batches:
            if len(batch[0]) < size and not (batch[1] & names):
                batch[0].append(path)
                batch[1].update(names)
                break
        else:
            batches.append(([path], set(names)))
    return [b[0] for b in batches]


def main():
    build_dir, out_dir, source_rx, jobs, tidy, config, header_filter = sys.argv[1:8]
    with open(os.path.join(build_dir, "compile_commands.json"), encoding="utf-8") as f:
        entries = json.load(f)
    pattern = re.compile(source_rx)
    groups = {}
    for entry in entries:
        path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
        if pattern.search(path):
            key = (entry["directory"], tuple(command_of(entry)))
            groups.setdefault(key, []).append(path)
    os.makedirs(out_dir, exist_ok=True)
    counter = itertools.count(1)
    lock = threading.Lock()
    outputs = []

    def check(directory, flags, files):
        """clang-tidy over one batch; the halves of a batch that does not compile."""
        batch = os.path.join(out_dir, "batch-%03d.cpp" % next(counter))
        with open(batch, "w", encoding="utf-8") as f:
            f.write("// Sources checked together (scripts/tidy_batches.py).\n")
            for path in files:
                f.write('#include "%s" // NOLINT(bugprone-suspicious-include)\n' % path)
        run = subprocess.run(
            [tidy, "--quiet", "--config-file=" + config, "-header-filter=" + header_filter,
             batch, "--"] + list(flags),
            cwd=directory, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            errors="replace", check=False)
        if ERROR in run.stdout and len(files) > 1:
            if os.environ.get("ACCORD_LINT_DEBUG"):
                errors = [l for l in run.stdout.splitlines() if ERROR in l][:3]
                sys.stderr.write("split %d: %s\n" % (len(files), " | ".join(errors)))
            half = len(files) // 2
            return [(directory, flags, files[:half]), (directory, flags, files[half:])]
        with lock:
            outputs.append(run.stdout)
        return []

    with concurrent.futures.ThreadPoolExecutor(max_workers=int(jobs)) as pool:
        pending = {pool.submit(check, directory, flags, files)
                   for (directory, flags), group in sorted(groups.items())
                   for files in pack(sorted(group), BATCH_SIZE)}
        batches = len(pending)
        while pending:
            done, pending = concurrent.futures.wait(
                pending, return_when=concurrent.futures.FIRST_COMPLETED)
            for future in done:
                for split in future.result():
                    batches += 1
                    pending.add(pool.submit(check, *split))
    sys.stdout.write("".join(outputs))
    sys.stderr.write("tidy: %d sources in %d batches\n"
                     % (sum(len(g) for g in groups.values()), batches))


if __name__ == "__main__":
    main()
