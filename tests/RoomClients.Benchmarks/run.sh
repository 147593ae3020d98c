#!/usr/bin/env bash
# Runs the benchmarks and writes the results into README.md (machine, date, SDK/baseline ratios, BenchmarkDotNet tables).
#   run.sh short   BenchmarkDotNet --job short (the committed README comes from this)
#   run.sh dry     checks that everything runs; the numbers mean nothing
#   run.sh default BenchmarkDotNet's default job (long)
# FILTER='*PerCall*' narrows the BenchmarkDotNet part; LAUNCHES sets the process cold-start launches (default 5).
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
job="${1:-short}"
artifacts="$PWD/BenchmarkDotNet.Artifacts"
rm -rf "$artifacts/results"

dotnet build -c Release
job_args=()
if [ "$job" != "default" ]; then job_args=(--job "$job"); fi
dotnet run -c Release --no-build -- --filter "${FILTER:-*}" "${job_args[@]}" --artifacts "$artifacts"
dotnet run -c Release --no-build -- report "$artifacts" README.md --job "$job" --launches "${LAUNCHES:-5}"
