"""The Python client against a real factcheckd: ingest, verify, stream, search;
over two replicas: calls balanced, none to a replica NOT_SERVING; against a
busy server: a call refused as busy is sent again.

Run by tests/clients/run.sh with Debian's /usr/bin/python3, the generated
stubs and client/python on PYTHONPATH, and FACTCHECKD naming the server
binary. Each test class starts its own server on 127.0.0.1 with an ephemeral
port and a temporary store.
"""
import os
import signal
import socket
import subprocess
import tempfile
import threading
import time
import unittest
import urllib.request

import grpc

from factcheck_client import SERVICE_CONFIG, FactCheck, channel_target
from protos import factcheck_service_pb2 as pb
from protos import factcheck_service_pb2_grpc as rpc
from protos import grpc_health_pb2 as health_pb
from protos import grpc_health_pb2_grpc as health_rpc
from protos import report_pb2
from protos import verdict_pb2


def wire(i, toll, day, place="Ruritania"):
    return {"id": "wire-%d" % i, "source": "Wire",
            "url": "https://example.org/wire-%d" % i,
            "published_at": "2024-03-%02dT09:00:00Z" % day,
            "text": "At least %d people were killed in the floods in %s "
                    "after the river burst its banks in the night and swept "
                    "through the low-lying districts of the capital, where "
                    "thousands of families had lived beside the water for "
                    "generations without ever seeing it rise so far, and the "
                    "rescue teams searched the mud until the morning, officials "
                    "said. \"We are doing all we can,\" Governor Ana Ruiz "
                    "said." % (toll, place)}


class Server:
    def __init__(self, *flags):
        self.dir = tempfile.TemporaryDirectory()
        port_file = os.path.join(self.dir.name, "port")
        self.process = subprocess.Popen(
            [os.environ["FACTCHECKD"], "--data_dir=" + self.dir.name + "/data",
             "--listen=127.0.0.1:0", "--port_file=" + port_file, *flags],
            stderr=subprocess.DEVNULL)
        deadline = time.time() + 30
        while time.time() < deadline:
            if os.path.exists(port_file) and open(port_file).read().strip():
                self.address = "127.0.0.1:" + open(port_file).read().strip()
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("factcheckd did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.dir.cleanup()

    def kill(self):
        self.process.kill()
        self.process.wait(timeout=30)
        self.dir.cleanup()

    def report_count(self):
        with grpc.insecure_channel(self.address) as channel:
            return len(rpc.FactCheckStub(channel).ListReports(
                pb.ListReportsRequest(page_size=1000), timeout=10).reports)

    def health(self):
        with grpc.insecure_channel(self.address) as channel:
            return health_rpc.HealthStub(channel).Check(
                health_pb.HealthCheckRequest(service="factcheck.v1.FactCheck"),
                timeout=10).status


class PythonClientTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server()
        cls.fc = FactCheck(cls.server.address)
        cls.fc.ingest([wire(1, 43, 11), wire(2, 53, 12)])

    @classmethod
    def tearDownClass(cls):
        cls.fc.close()
        cls.server.stop()

    def test_ingest_reports_each_outcome(self):
        results = self.fc.ingest([wire(1, 43, 11), wire(9, 12, 1)])
        self.assertEqual([r.report_id for r in results], ["wire-1", "wire-9"])
        self.assertEqual(results[0].outcome, 2)  # INGEST_OUTCOME_UNCHANGED

    def test_verify_finds_the_rising_toll(self):
        response = self.fc.verify({"text": "At least 65 people were killed in "
                                           "the floods in Ruritania.",
                                   "published_at": "2024-03-13T09:00:00Z"})
        numeric = [v for v in response.verdicts if v.claim.HasField("numeric")]
        self.assertEqual(len(numeric), 1)
        self.assertIn(numeric[0].verdict, (verdict_pb2.VERDICT_CONSISTENT,
                                           verdict_pb2.VERDICT_UPDATED))
        self.assertEqual(numeric[0].evidence[0].url,
                         "https://example.org/wire-2")

    def test_stream_answers_every_document_in_order(self):
        documents = [wire(3, 60, 13), {"id": "empty", "text": ""},
                     wire(4, 61, 14)]
        answers = list(self.fc.verify_stream(iter(documents)))
        self.assertEqual([a[0] for a in answers], ["wire-3", "empty", "wire-4"])
        self.assertEqual(answers[1][1].code, grpc.StatusCode.INVALID_ARGUMENT.value[0])
        self.assertGreater(len(answers[0][1].verdicts), 0)

    def test_search_gives_the_tolls_history_oldest_first(self):
        history = list(self.fc.search(measure="deaths", place="Ruritania"))
        figures = [(e.report_id, e.claim.numeric.quantity.lower)
                   for e in history if e.report_id in ("wire-1", "wire-2")]
        self.assertEqual(figures, [("wire-1", 43), ("wire-2", 53)])
        quotes = list(self.fc.search(speaker="Ana Ruiz"))
        self.assertTrue(all(q.claim.attributed.content ==
                            "We are doing all we can" for q in quotes))

    def test_long_articles_response_over_four_megabytes_is_received(self):
        # Each claim comes back with its evidence: a long article's verdicts
        # outgrow gRPC's default 4 MB receive limit. (Another country's
        # floods, three reports of them: the other tests' store is kept.)
        self.fc.ingest([wire(70 + k, 77, 12, "Freedonia") for k in range(3)])
        text = " ".join(wire(0, 77, 13, "Freedonia")["text"]
                        for _ in range(1000))
        response = self.fc.verify({"text": text,
                                   "published_at": "2024-03-13T09:00:00Z"})
        self.assertGreater(response.ByteSize(), 4 << 20)
        self.assertGreater(len(response.verdicts), 1000)
        # gRPC's defaults alone would refuse it.
        with grpc.insecure_channel(self.server.address) as channel:
            stub = rpc.FactCheckStub(channel)
            with self.assertRaises(grpc.RpcError) as raised:
                stub.VerifyDocument(pb.VerifyDocumentRequest(
                    document=report_pb2.Report(text=text)), timeout=60)
        self.assertEqual(raised.exception.code(),
                         grpc.StatusCode.RESOURCE_EXHAUSTED)

    def test_bad_request_names_the_field(self):
        with self.assertRaises(grpc.RpcError) as raised:
            self.fc.verify({"text": ""})
        self.assertEqual(raised.exception.code(), grpc.StatusCode.INVALID_ARGUMENT)
        self.assertIn("text", raised.exception.details())


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class BusyServerTest(unittest.TestCase):
    """A server with two threads and no room to wait, kept busy by six
    callers of their own (as tests/testing:busy_server does): it refuses
    nearly every other call."""

    def setUp(self):
        self.metrics_port = free_port()
        self.server = Server("--threads=2", "--max_queued_calls=0",
                             "--metrics_listen=127.0.0.1:%d" % self.metrics_port)
        self.stop_callers = threading.Event()
        self.callers = [threading.Thread(target=self.call_until_stopped)
                        for _ in range(6)]
        for caller in self.callers:
            caller.start()
        deadline = time.time() + 30
        while (self.counter("factcheck_calls_refused_total ") == 0
               and time.time() < deadline):
            time.sleep(0.01)
        self.assertGreater(self.counter("factcheck_calls_refused_total "), 0)

    def tearDown(self):
        self.stop_load()
        self.server.stop()

    def call_until_stopped(self):
        text = ""
        while len(text) < 16 << 10:
            text += ("At least %d people were killed in Gaza, officials "
                     "said. " % (len(text) % 97 + 3))
        with grpc.insecure_channel(self.server.address) as channel:
            stub = rpc.FactCheckStub(channel)
            while not self.stop_callers.is_set():
                try:
                    stub.ExtractClaims(pb.ExtractClaimsRequest(text=text),
                                       timeout=30)
                except grpc.RpcError:
                    pass

    def stop_load(self):
        self.stop_callers.set()
        for caller in self.callers:
            caller.join()

    def counter(self, prefix):
        with urllib.request.urlopen("http://127.0.0.1:%d/metrics"
                                    % self.metrics_port, timeout=10) as page:
            for line in page.read().decode().splitlines():
                if line.startswith(prefix):
                    return int(line[len(prefix):])
        return 0

    def verify_calls(self, code):
        return self.counter('factcheck_calls_total{method="/factcheck.v1.'
                            'FactCheck/VerifyDocument",code="%s"} ' % code)

    def test_call_refused_as_busy_succeeds_once_a_turn_is_free(self):
        # A call whose first attempt happens on a free turn says nothing
        # about retries, so calls are made (a bounded number) until one is
        # refused.
        for _ in range(20):
            refused_before = self.verify_calls("RESOURCE_EXHAUSTED")
            finished_before = self.verify_calls("OK")
            outcome = {}

            def verify():
                with FactCheck(self.server.address) as fc:
                    try:
                        outcome["response"] = fc.verify(
                            {"text": "At least 12 people were killed."})
                    except grpc.RpcError as error:
                        outcome["error"] = error

            calling = threading.Thread(target=verify)
            calling.start()
            # Once the first attempt is refused, the load goes away; the
            # attempts after the 100 ms pushback find a turn.
            deadline = time.time() + 10
            while (self.verify_calls("RESOURCE_EXHAUSTED") == refused_before
                   and self.verify_calls("OK") == finished_before
                   and time.time() < deadline):
                time.sleep(0.005)
            refused = self.verify_calls("RESOURCE_EXHAUSTED") > refused_before
            if refused:
                self.stop_load()
            calling.join()
            self.assertNotIn("error", outcome)
            if refused:
                return
        self.fail("twenty calls all found a turn: nothing was retried")


class ReplicasTest(unittest.TestCase):
    """Two replicas, each with a store of its own, so that where a report is
    stored says which replica took its call."""

    def setUp(self):
        self.leaving = Server("--shutdown_notice=30s")
        self.staying = Server()
        self.fc = FactCheck([self.leaving.address, self.staying.address])

    def tearDown(self):
        self.fc.close()
        self.leaving.kill()
        self.staying.stop()

    def ingest_one_by_one(self, first, count):
        for i in range(first, first + count):
            self.fc.ingest([wire(i, 40 + i, 1 + i % 28)])

    def test_calls_are_balanced_and_none_goes_to_a_replica_not_serving(self):
        self.ingest_one_by_one(100, 10)
        before = (self.leaving.report_count(), self.staying.report_count())
        self.assertGreater(before[0], 0)
        self.assertGreater(before[1], 0)
        self.assertEqual(sum(before), 10)

        # In its shutdown notice the replica still answers, NOT_SERVING.
        self.leaving.process.send_signal(signal.SIGTERM)
        deadline = time.time() + 10
        while (self.leaving.health() != health_pb.HealthCheckResponse.NOT_SERVING
               and time.time() < deadline):
            time.sleep(0.02)
        self.assertEqual(self.leaving.health(),
                         health_pb.HealthCheckResponse.NOT_SERVING)
        time.sleep(0.5)  # the channel's own health watch hears it too
        self.ingest_one_by_one(200, 10)
        self.assertEqual(self.leaving.report_count(), before[0])
        self.assertEqual(self.staying.report_count(), before[1] + 10)

    def test_targets_are_read_as_the_cli_reads_them(self):
        self.assertEqual(channel_target("localhost:50051"),
                         ("localhost:50051", SERVICE_CONFIG))
        self.assertIn("RESOURCE_EXHAUSTED", SERVICE_CONFIG)
        target, config = channel_target("dns:///factcheck.example:50051")
        self.assertEqual(target, "dns:///factcheck.example:50051")
        self.assertIn("factcheck.v1.FactCheck", config)
        self.assertEqual(channel_target("10.0.0.1:1, 10.0.0.2:2")[0],
                         "ipv4:10.0.0.1:1,10.0.0.2:2")
        self.assertEqual(channel_target(["[::1]:1", "[::1]:2"])[0],
                         "ipv6:[::1]:1,[::1]:2")
        with self.assertRaisesRegex(ValueError, "dns:///"):
            channel_target("10.0.0.1:1,factcheck.example:2")
        with self.assertRaisesRegex(ValueError, "not both"):
            channel_target("10.0.0.1:1,[::1]:2")
        with self.assertRaises(ValueError):
            channel_target("")


if __name__ == "__main__":
    unittest.main()
