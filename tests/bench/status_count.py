#!/usr/bin/env python3
"""Sends one framed VerifyDocument request (verify_benchmark --write) many
times over gRPC with a bound on calls in flight, and prints how many calls
ended with each status code: what h2load cannot see (a RESOURCE_EXHAUSTED is
an HTTP 200 to it). Used by tests/bench/load.sh around its h2load runs.

    status_count.py --server 127.0.0.1:PORT --request PREFIX.verify.grpc \\
        --calls 400 --in_flight 16

Prints "statuses: OK=400" (codes in order, those seen only). Needs the
generated stubs of protos/ on PYTHONPATH (load.sh generates them).
"""
import argparse
import collections
import threading

import grpc

from protos import factcheck_service_pb2 as pb
from protos import factcheck_service_pb2_grpc as rpc


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--server", required=True)
    ap.add_argument("--request", required=True, help="a framed request file")
    ap.add_argument("--calls", type=int, default=400)
    ap.add_argument("--in_flight", type=int, default=16)
    args = ap.parse_args()
    with open(args.request, "rb") as fh:
        request = pb.VerifyDocumentRequest.FromString(fh.read()[5:])
    counts = collections.Counter()
    lock = threading.Lock()
    slots = threading.Semaphore(args.in_flight)
    options = [("grpc.max_receive_message_length", 16 << 20)]
    with grpc.insecure_channel(args.server, options=options) as channel:
        stub = rpc.FactCheckStub(channel)

        def done(future):
            code = future.code() if future.exception() else grpc.StatusCode.OK
            with lock:
                counts[code.name] += 1
            slots.release()

        for _ in range(args.calls):
            slots.acquire()
            stub.VerifyDocument.future(request, timeout=30).add_done_callback(done)
        for _ in range(args.in_flight):
            slots.acquire()
    print("statuses: " + " ".join("%s=%d" % (code, n) for code, n in sorted(counts.items())))


if __name__ == "__main__":
    main()
