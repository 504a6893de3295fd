"""factcheck_client: a small Python client of factcheckd.

It runs on Debian's python3-grpcio and python3-protobuf. The message and stub
modules are generated from the repository's protos/ (nothing generated is
checked in):

    mkdir -p gen && protoc -I. --python_out=gen --grpc_python_out=gen \\
        --plugin=protoc-gen-grpc_python=/usr/bin/grpc_python_plugin \\
        protos/*.proto

with gen/ and client/python/ on PYTHONPATH. Then:

    from factcheck_client import FactCheck
    with FactCheck("127.0.0.1:50051") as fc:
        fc.ingest([{"id": "ap-1", "source": "AP",
                    "published_at": "2021-05-11T10:00:00Z",
                    "text": "The death toll rose to 43."}])
        for verdict in fc.verify({"text": "At least 65 were killed."}).verdicts:
            print(verdict.verdict, verdict.explanation)

The target names one server (HOST:PORT) or replicas to balance over, as the
CLI's --server does: a list ("10.0.0.1:50051,10.0.0.2:50051", or a Python
list of IP:PORT) or a gRPC target with a resolver scheme
("dns:///factcheck.example:50051"). Replicas get gRPC's round_robin with
client-side health checking: calls go only to those whose health says
factcheck.v1.FactCheck is SERVING.

Documents and reports are dicts in the JSON mapping of factcheck.v1.Report
(the fields of a JSONL line) or Report messages.
"""
import json
import re

import grpc
from google.protobuf import json_format

from protos import factcheck_service_pb2 as pb
from protos import factcheck_service_pb2_grpc as rpc
from protos import report_pb2

# The server's default --max_message_bytes: a long article's response fits.
MAX_MESSAGE_BYTES = 16 << 20


# The CLI's retry policy (client/server_targets.h): a call the server refuses
# as busy (RESOURCE_EXHAUSTED with a grpc-retry-pushback-ms trailer, which
# gRPC honours) is sent again after the pushback, at most 5 attempts in all,
# for the methods that read and for IngestReports (stored by report id: a
# refused call stored nothing, and one sent twice stores the same reports);
# never DeleteReport nor the VerifyDocuments stream, whose documents are
# refused one by one inside it. A request over gRPC's 256 KiB retry buffer
# is sent once.
RETRY_METHOD_CONFIG = [{
    "name": [{"service": "factcheck.v1.FactCheck", "method": method}
             for method in ("ExtractClaims", "VerifyDocument", "GetReport",
                            "ListReports", "SearchClaims", "IngestReports")],
    "retryPolicy": {"maxAttempts": 5, "initialBackoff": "0.1s",
                    "maxBackoff": "1s", "backoffMultiplier": 2,
                    "retryableStatusCodes": ["RESOURCE_EXHAUSTED"]},
}]

# The CLI's service configs (client/server_targets.h): for one server, and
# for replicas.
SERVICE_CONFIG = json.dumps({"methodConfig": RETRY_METHOD_CONFIG})
BALANCED_SERVICE_CONFIG = json.dumps({
    "methodConfig": RETRY_METHOD_CONFIG,
    "loadBalancingConfig": [{"round_robin": {}}],
    "healthCheckConfig": {"serviceName": "factcheck.v1.FactCheck"},
})

_SCHEMES = ("dns:", "ipv4:", "ipv6:", "unix:", "unix-abstract:")
_IPV4 = re.compile(r"^(\d{1,3}\.){3}\d{1,3}:\d{1,5}$")
_IPV6 = re.compile(r"^\[[0-9A-Fa-f:.]+\]:\d{1,5}$")


def channel_target(servers):
    """The gRPC target and service config (SERVICE_CONFIG for one server,
    BALANCED_SERVICE_CONFIG for replicas) of `servers`: HOST:PORT alone, a list of IP:PORT (a comma-separated string or
    a Python list), or a target with a resolver scheme. Raises ValueError,
    saying what is accepted, for an empty target, a host name inside a list
    (give it alone as dns:///NAME:PORT) or a list mixing IPv4 and IPv6."""
    items = servers if isinstance(servers, (list, tuple)) else servers.split(",")
    items = [item.strip() for item in items]
    accepted = ("give HOST:PORT, a list of IP:PORT, or a gRPC target such as "
                "dns:///NAME:PORT")
    if not any(items):
        raise ValueError("no server named: " + accepted)
    if len(items) == 1:
        if items[0].startswith(_SCHEMES):
            return items[0], BALANCED_SERVICE_CONFIG
        return items[0], SERVICE_CONFIG
    kinds = set()
    for item in items:
        if _IPV4.match(item):
            kinds.add("ipv4")
        elif _IPV6.match(item):
            kinds.add("ipv6")
        else:
            raise ValueError("'%s' in a list is not IP:PORT (a name goes alone, "
                             "as dns:///NAME:PORT); %s" % (item, accepted))
    if len(kinds) > 1:
        raise ValueError("a list holds IPv4 or IPv6 addresses, not both")
    return kinds.pop() + ":" + ",".join(items), BALANCED_SERVICE_CONFIG


def _report(document):
    if isinstance(document, report_pb2.Report):
        return document
    return json_format.ParseDict(document, report_pb2.Report())


class FactCheck:
    """A channel to one factcheckd or to replicas balanced as above; a
    context manager that closes it."""

    def __init__(self, target, token=None, timeout=30.0, credentials=None):
        target, service_config = channel_target(target)
        options = [("grpc.max_receive_message_length", MAX_MESSAGE_BYTES),
                   ("grpc.max_send_message_length", MAX_MESSAGE_BYTES),
                   ("grpc.service_config", service_config)]
        self._channel = (grpc.secure_channel(target, credentials, options)
                         if credentials else
                         grpc.insecure_channel(target, options))
        self._stub = rpc.FactCheckStub(self._channel)
        self._metadata = [("authorization", "Bearer " + token)] if token else []
        self._timeout = timeout

    def __enter__(self):
        return self

    def __exit__(self, *unused):
        self.close()

    def close(self):
        self._channel.close()

    def _call(self, method, request):
        return method(request, timeout=self._timeout, metadata=self._metadata)

    def ingest(self, reports):
        """Stores reports; one IngestResult per report, in order."""
        request = pb.IngestReportsRequest(reports=[_report(r) for r in reports])
        return self._call(self._stub.IngestReports, request).results

    def extract(self, text):
        return self._call(self._stub.ExtractClaims,
                          pb.ExtractClaimsRequest(text=text))

    def verify(self, document, as_of=None):
        """The VerifyDocumentResponse: a verdict per claim, and a summary."""
        request = pb.VerifyDocumentRequest(document=_report(document))
        if as_of is not None:
            request.as_of.CopyFrom(as_of)
        return self._call(self._stub.VerifyDocument, request)

    def verify_stream(self, documents):
        """Verifies an iterable of documents over one stream, lazily; yields
        (request_id, VerifyDocumentResponse or RequestError) in order."""
        def requests():
            for document in documents:
                report = _report(document)
                yield pb.VerifyDocumentsRequest(request_id=report.id,
                                                document=report)
        for response in self._stub.VerifyDocuments(
                requests(), metadata=self._metadata):
            outcome = (response.result if response.HasField("result")
                       else response.error)
            yield response.request_id, outcome

    def search(self, measure=None, place="", speaker=None, words=None,
               page_size=500):
        """Every stored claim of a figure (measure, place), a speaker or
        words, oldest first, as factcheck.v1.Evidence messages."""
        request = pb.SearchClaimsRequest(page_size=page_size)
        if measure is not None:
            request.figures.measure = measure
            request.figures.place = place
        elif speaker is not None:
            request.speaker = speaker
        elif words is not None:
            request.words = words
        while True:
            page = self._call(self._stub.SearchClaims, request)
            yield from page.claims
            if not page.next_page_token:
                return
            request.page_token = page.next_page_token
