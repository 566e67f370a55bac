#!/usr/bin/env python3
"""Summarises a flight recording of the service under load by top frames, with the JDK's own `jfr` tool.

  jdk.ExecutionSample: samples by top frame, and by the first frame of the project's code (se.reorgledger) in
  each stack, so that time spent inside a library is charged to the project's code that called it.
  jdk.ObjectAllocationSample: sampled weight by allocated class and frame, charged the same way.

  ledger-benchmarks/jfr-top-frames.py service.jfr [rows]

Record one with the benchmark: --service-jvm-options=-XX:StartFlightRecording=filename=service.jfr,settings=profile
(written when the service stops; it includes the service's start, so compare recordings of equal runs).
"""
import collections
import re
import subprocess
import sys

recording = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 20
UNITS = {"bytes": 1, "kB": 1024, "MB": 1024 ** 2, "GB": 1024 ** 3}


def events(name):
    text = subprocess.run(["jfr", "print", "--events", name, "--stack-depth", "64", recording],
                          capture_output=True, text=True, check=True).stdout
    return text.split(name + " {")[1:]


def frames(event):
    stack = re.search(r"stackTrace = \[(.*?)\n\s*\]", event, re.S)
    if not stack:
        return []
    return [re.sub(r"\s+line:.*", "", line.strip()) for line in stack.group(1).strip().split("\n")
            if line.strip() and line.strip() != "..."]


def project_frame(stack):
    return next((frame for frame in stack if "se.reorgledger" in frame), stack[0] if stack else "?")


def show(title, counter, total, unit):
    print(title)
    for key, value in counter.most_common(rows):
        print(f"{value / unit:10.0f} {100 * value / total:5.1f}%  {key}")


samples = [frames(event) for event in events("jdk.ExecutionSample")]
samples = [stack for stack in samples if stack]
show(f"jdk.ExecutionSample: {len(samples)} samples, by top frame",
     collections.Counter(stack[0] for stack in samples), len(samples), 1)
show("jdk.ExecutionSample, by first frame of the project's code",
     collections.Counter(project_frame(stack) for stack in samples), len(samples), 1)

weights = collections.Counter()
for event in events("jdk.ObjectAllocationSample"):
    weight = re.search(r"weight = ([\d.]+) (bytes|kB|MB|GB)", event)
    kind = re.search(r"objectClass = (\S+)", event)
    stack = frames(event)
    if weight and kind and stack:
        weights[f"{kind.group(1)} @ {stack[0]} <- {project_frame(stack)}"] += \
            float(weight.group(1)) * UNITS[weight.group(2)]
total = sum(weights.values()) or 1
show(f"jdk.ObjectAllocationSample: {total / 1024 ** 2:.0f} MB sampled weight, in MB, by class and frame",
     weights, total, 1024 ** 2)
