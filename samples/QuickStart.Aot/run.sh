#!/usr/bin/env bash
# Publishes QuickStart.Aot as a native executable (PublishAot), starts QuickStart's provider simulators on loopback,
# and runs the native QuickStart flow against them. Offline; needs only the .NET SDK and clang (native linker).
#   samples/QuickStart.Aot/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
out="samples/QuickStart.Aot/bin/native"
work=$(mktemp -d)
sim_pid=""
cleanup() { [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

dotnet publish samples/QuickStart.Aot -c Release -o "$out" -p:TreatWarningsAsErrors=true
ls -l "$out/QuickStart.Aot"

dotnet build samples/QuickStart -v quiet -nologo >/dev/null
dll=$(ls samples/QuickStart/bin/*/net10.0/QuickStart.dll | head -1)
dotnet "$dll" --serve-simulators "$work/simulators.json" >"$work/simulators.log" 2>&1 &
sim_pid=$!
for _ in $(seq 1 120); do
  [ -f "$work/simulators.json" ] && break
  kill -0 "$sim_pid" 2>/dev/null || { cat "$work/simulators.log"; exit 1; }
  sleep 0.5
done
[ -f "$work/simulators.json" ] || { echo "the simulators did not start"; cat "$work/simulators.log"; exit 1; }

"$out/QuickStart.Aot" --settings "$work/simulators.json"
