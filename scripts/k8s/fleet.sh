#!/usr/bin/env bash
# Run a fleet evaluation on Kubernetes: the Indexed Job of shards, then the
# merge-and-report Job, with the run name, shard count and store filled in.
#
#   scripts/k8s/fleet.sh RUN SHARDS gs://bucket/prefix [MODEL] [BACKEND] [TASKS]
set -euo pipefail
cd "$(dirname "$0")"
run=${1:?run name}; shards=${2:?shard count}; store=${3:?gs://bucket/prefix}
model=${4:-/models/gemma-2b}; backend=${5:-simd}; tasks=${6:-mmlu}
fill() {
  sed -e "s|value: fleet-mmlu|value: $run|" -e "s|value: \"8\"|value: \"$shards\"|" \
      -e "s|completions: 8|completions: $shards|" -e "s|parallelism: 8|parallelism: $shards|" \
      -e "s|value: gs://my-bucket/gemma-bench|value: $store|" -e "s|value: /models/gemma-2b|value: $model|" \
      -e "s|value: simd|value: $backend|" -e "s|value: mmlu|value: $tasks|" "$1"
}
kubectl delete job gemma-bench-fleet gemma-bench-fleet-merge --ignore-not-found
fill fleet-job.yaml | kubectl apply -f -
kubectl wait --for=condition=complete --timeout=48h job/gemma-bench-fleet
fill fleet-merge-job.yaml | kubectl apply -f -
kubectl wait --for=condition=complete --timeout=2h job/gemma-bench-fleet-merge
echo "report: $store/reports/$run/index.html"
