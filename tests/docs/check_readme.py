#!/usr/bin/python3
"""Runs every `$ plan ...` example in README.md and compares its output.

An example is a fenced code block whose first line starts with `$ plan `; the
lines after it, up to the closing fence, are the expected standard output. The
command runs from the repository root through /bin/sh with the built binary as
`plan`, NO_COLOR set, and its exit status ignored (README examples may show
failures on purpose).
"""
import os
import pathlib
import subprocess
import sys
import tempfile


def examples(text):
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        if lines[i].startswith("```") and i + 1 < len(lines) and lines[i + 1].startswith("$ plan "):
            command = lines[i + 1][2:]
            j = i + 2
            output = []
            while j < len(lines) and not lines[j].startswith("```"):
                output.append(lines[j])
                j += 1
            yield command, "\n".join(output) + ("\n" if output else "")
            i = j + 1
        else:
            i += 1


def main():
    plan, readme = sys.argv[1], pathlib.Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as bindir:
        os.symlink(os.path.abspath(plan), os.path.join(bindir, "plan"))
        env = dict(os.environ, PATH=bindir + os.pathsep + os.environ["PATH"], NO_COLOR="1")
        count = failures = 0
        for command, expected in examples(readme.read_text(encoding="utf-8")):
            count += 1
            result = subprocess.run(command, shell=True, capture_output=True, text=True, env=env,
                                    cwd=readme.parent, check=False)
            if result.stdout != expected:
                failures += 1
                print(f"FAIL: README example `{command}` printed:\n{result.stdout}--- README shows:\n{expected}")
    print(f"{count} README examples checked, {failures} failed")
    return 1 if failures or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
