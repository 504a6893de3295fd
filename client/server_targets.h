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
  // The channel's service config (JSON); empty for gRPC's default (one
  // connection, pick_first, no health checking).
  std::string service_config;
};

// The service config that balances round-robin over the addresses a target
// resolves to, each used only while its health service says
// factcheck.v1.FactCheck is SERVING.
inline constexpr char kBalancedServiceConfig[] =
    R"({"loadBalancingConfig":[{"round_robin":{}}],)"
    R"("healthCheckConfig":{"serviceName":"factcheck.v1.FactCheck"}})";

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
