#include "client/server_targets.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"

namespace factcheck::client {

// The retry policy's method config (server_targets.h), shared by both
// service configs.
#define FACTCHECK_RETRY_METHOD_CONFIG                                  \
  R"("methodConfig":[{"name":[)"                                       \
  R"({"service":"factcheck.v1.FactCheck","method":"ExtractClaims"},)"  \
  R"({"service":"factcheck.v1.FactCheck","method":"VerifyDocument"},)" \
  R"({"service":"factcheck.v1.FactCheck","method":"GetReport"},)"      \
  R"({"service":"factcheck.v1.FactCheck","method":"ListReports"},)"    \
  R"({"service":"factcheck.v1.FactCheck","method":"SearchClaims"},)"   \
  R"({"service":"factcheck.v1.FactCheck","method":"IngestReports"}],)" \
  R"("retryPolicy":{"maxAttempts":5,"initialBackoff":"0.1s",)"         \
  R"("maxBackoff":"1s","backoffMultiplier":2,)"                        \
  R"("retryableStatusCodes":["RESOURCE_EXHAUSTED"]}}])"

const char kServiceConfig[] = "{" FACTCHECK_RETRY_METHOD_CONFIG "}";

const char kBalancedServiceConfig[] =
    "{" FACTCHECK_RETRY_METHOD_CONFIG
    R"(,"loadBalancingConfig":[{"round_robin":{}}],)"
    R"("healthCheckConfig":{"serviceName":"factcheck.v1.FactCheck"}})";

#undef FACTCHECK_RETRY_METHOD_CONFIG

namespace {

constexpr char kAccepted[] =
    "give HOST:PORT, a list of IP:PORT separated by commas, or a gRPC target "
    "such as dns:///NAME:PORT";

// Whether `address` is IP:PORT, and which IP version.
enum class AddressKind { kNotAnAddress, kIpv4, kIpv6 };

bool IsPort(absl::string_view port) {
  return !port.empty() && port.size() <= 5 &&
         std::all_of(port.begin(), port.end(), absl::ascii_isdigit);
}

AddressKind KindOf(absl::string_view address) {
  if (absl::StartsWith(address, "[")) {
    const size_t close = address.find("]:");
    if (close == absl::string_view::npos) return AddressKind::kNotAnAddress;
    const absl::string_view host = address.substr(1, close - 1);
    if (host.empty() || !IsPort(address.substr(close + 2))) {
      return AddressKind::kNotAnAddress;
    }
    for (char c : host) {
      if (!absl::ascii_isxdigit(c) && c != ':' && c != '.') {
        return AddressKind::kNotAnAddress;
      }
    }
    return AddressKind::kIpv6;
  }
  const std::vector<absl::string_view> parts = absl::StrSplit(address, ':');
  if (parts.size() != 2 || !IsPort(parts[1])) {
    return AddressKind::kNotAnAddress;
  }
  const std::vector<absl::string_view> octets = absl::StrSplit(parts[0], '.');
  if (octets.size() != 4) return AddressKind::kNotAnAddress;
  for (absl::string_view octet : octets) {
    if (!IsPort(octet) || octet.size() > 3) return AddressKind::kNotAnAddress;
  }
  return AddressKind::kIpv4;
}

}  // namespace

absl::StatusOr<ChannelTarget> ChannelTargetOf(absl::string_view servers) {
  servers = absl::StripAsciiWhitespace(servers);
  if (servers.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("--server is empty: ", kAccepted));
  }
  // A target with gRPC's resolver scheme stands as it is.
  for (absl::string_view scheme :
       {"dns:", "ipv4:", "ipv6:", "unix:", "unix-abstract:"}) {
    if (absl::StartsWith(servers, scheme)) {
      return ChannelTarget{std::string(servers), true, kBalancedServiceConfig};
    }
  }
  if (!absl::StrContains(servers, ',')) {
    return ChannelTarget{std::string(servers), false, kServiceConfig};
  }
  std::vector<std::string> addresses;
  AddressKind list_kind = AddressKind::kNotAnAddress;
  for (absl::string_view item : absl::StrSplit(servers, ',')) {
    item = absl::StripAsciiWhitespace(item);
    const AddressKind kind = KindOf(item);
    if (kind == AddressKind::kNotAnAddress) {
      return absl::InvalidArgumentError(
          absl::StrCat("--server: '", item,
                       "' in a list is not IP:PORT (a name goes alone, as "
                       "dns:///NAME:PORT); ",
                       kAccepted));
    }
    if (list_kind != AddressKind::kNotAnAddress && kind != list_kind) {
      return absl::InvalidArgumentError(
          "--server: a list holds IPv4 or IPv6 addresses, not both");
    }
    list_kind = kind;
    addresses.emplace_back(item);
  }
  return ChannelTarget{
      absl::StrCat(list_kind == AddressKind::kIpv4 ? "ipv4:" : "ipv6:",
                   absl::StrJoin(addresses, ",")),
      true, kBalancedServiceConfig};
}

}  // namespace factcheck::client
