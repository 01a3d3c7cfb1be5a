#!/usr/bin/env python3
"""Where a candidate's CPU per call goes, from a JFR recording of the side-by-side harness.

Reads the text of `jfr print --events jdk.ExecutionSample --stack-depth 64 REC.jfr`, keeps the
samples of the harness's load threads (the 8-thread phase; `--threads main` for the sequential
one), and prints each method's inclusive share of those samples, converted to microseconds per
call with the per-call CPU of those threads from the same run's RESULT line (`t8_load_us`).
Method sampling is statistical: read differences below about 10% of a row as noise.

    python3 sdk-benchmarks/jfr-breakdown.py samples.txt --cpu-us 56.3 [--threads bench-load] [--top 60]
"""
import argparse
import collections
import re


def main():
    p = argparse.ArgumentParser()
    p.add_argument("samples")
    p.add_argument("--cpu-us", type=float, required=True, help="CPU per call of the sampled threads")
    p.add_argument("--threads", default="bench-load", help="prefix of the sampled threads' names")
    p.add_argument("--top", type=int, default=60)
    a = p.parse_args()
    events = open(a.samples, encoding="utf-8").read().split("jdk.ExecutionSample {")[1:]
    samples = 0
    inclusive = collections.Counter()
    for e in events:
        thread = re.search(r'sampledThread = "([^"]*)"', e)
        frames = re.findall(r"^\s+([\w$.<>]+)\(", e, re.M)
        if not thread or not thread.group(1).startswith(a.threads) or not frames:
            continue
        samples += 1
        inclusive.update(set(frames))
    print(f"{samples} samples of threads {a.threads}*; {a.cpu_us} us of CPU per call")
    for method, n in inclusive.most_common(a.top):
        print(f"{a.cpu_us * n / samples:7.2f} us  {100.0 * n / samples:5.1f}%  {method}")


if __name__ == "__main__":
    main()
