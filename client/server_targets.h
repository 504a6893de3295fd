// What `--server` names: one factcheckd, or several replicas to balance over.
// Turns it into a gRPC channel target and the service config that balances
// calls round-robin over the replicas that say factcheck.v1.FactCheck is
// SERVING (client-side health checking: a replica whose store is down, or
// that is shutting down, gets no new calls). No gRPC here: strings only.
#ifndef FACTCHECK_CLIENT_SERVER_TARGETS_H_
#define FACTCHECK_CLIENT_SERVER_TARGETS_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace factcheck::client {

struct ChannelTarget {
  // What grpc::CreateChannel is given.
  std::string target;
  // Whether calls are balanced over several replicas.
  bool balanced = false;
  // The channel's service config (JSON): kServiceConfig for one server,
  // kBalancedServiceConfig for replicas.
  std::string service_config;
};

// The retry policy of every channel: a call the server refuses as busy
// (RESOURCE_EXHAUSTED with a 'grpc-retry-pushback-ms' trailer, which gRPC
// honours: the next attempt goes after that long) is sent again, at most 5
// attempts in all (gRPC's cap), for the methods that read and for
// IngestReports, which stores by report id: a refused call did nothing, and
// one sent twice stores the same reports. DeleteReport is not retried (a
// second attempt after one that did delete answers NOT_FOUND), nor the
// VerifyDocuments stream (the server refuses its documents one by one,
// inside the stream). Other RESOURCE_EXHAUSTED answers (a full disk) carry
// no pushback: gRPC retries them after 0.1 to 1 s of backoff, which costs
// about 2 s before the error is reported. A request larger than gRPC's
// retry buffer (256 KiB) is sent once.
//
// One server: gRPC's default balancing (one connection, pick_first, no
// health checking) and the retry policy.
extern const char kServiceConfig[];

// Replicas: round-robin over the addresses a target resolves to, each used
// only while its health service says factcheck.v1.FactCheck is SERVING, and
// the retry policy.
extern const char kBalancedServiceConfig[];

// `servers` is one of:
// - HOST:PORT: one server, as before (no balancing);
// - a gRPC target with a resolver scheme (dns:, ipv4:, ipv6:, unix:,
//   unix-abstract:), e.g. dns:///factcheck.example:50051 (every address the
//   name resolves to, re-resolved as connections end) or
//   ipv4:10.0.0.1:50051,10.0.0.2:50051: balanced;
// - a comma-separated list of IP:PORT (IPv6 in brackets, [::1]:50051):
//   balanced over those addresses.
// InvalidArgument, saying what is accepted, when it is empty, when a list
// holds an empty item or a host name (give names as dns:///NAME:PORT), or
// mixes IPv4 and IPv6.
[[nodiscard]] absl::StatusOr<ChannelTarget> ChannelTargetOf(
    absl::string_view servers);

}  // namespace factcheck::client

#endif  // FACTCHECK_CLIENT_SERVER_TARGETS_H_
