#include "client/server_targets.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"

namespace factcheck::client {
namespace {

using ::factcheck::testing::IsOk;
using ::factcheck::testing::StatusIs;
using ::testing::HasSubstr;

TEST(ChannelTargetOfTest, OneHostAndPortIsOneServerWithoutBalancing) {
  absl::StatusOr<ChannelTarget> target = ChannelTargetOf("localhost:50051");
  ASSERT_THAT(target, IsOk());
  EXPECT_EQ(target->target, "localhost:50051");
  EXPECT_FALSE(target->balanced);
  EXPECT_EQ(target->service_config, kServiceConfig);
}

TEST(ChannelTargetOfTest, DnsNameIsBalancedOverServingReplicas) {
  absl::StatusOr<ChannelTarget> target =
      ChannelTargetOf("dns:///factcheck.example:50051");
  ASSERT_THAT(target, IsOk());
  EXPECT_EQ(target->target, "dns:///factcheck.example:50051");
  EXPECT_THAT(target->service_config, HasSubstr(R"("round_robin")"));
  EXPECT_THAT(target->service_config,
              HasSubstr(R"("serviceName":"factcheck.v1.FactCheck")"));
}

TEST(ChannelTargetOfTest, ListOfAddressesBecomesAnIpv4Target) {
  absl::StatusOr<ChannelTarget> target =
      ChannelTargetOf("127.0.0.1:1001, 127.0.0.1:1002");
  ASSERT_THAT(target, IsOk());
  EXPECT_EQ(target->target, "ipv4:127.0.0.1:1001,127.0.0.1:1002");
  EXPECT_EQ(target->service_config, kBalancedServiceConfig);
}

TEST(ChannelTargetOfTest, ListOfIpv6AddressesBecomesAnIpv6Target) {
  absl::StatusOr<ChannelTarget> target =
      ChannelTargetOf("[::1]:1001,[::1]:1002");
  ASSERT_THAT(target, IsOk());
  EXPECT_EQ(target->target, "ipv6:[::1]:1001,[::1]:1002");
}

TEST(ChannelTargetOfTest, HostNameInAListIsRefusedPointingToDns) {
  EXPECT_THAT(ChannelTargetOf("db1:1,db2:2"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("dns:///NAME:PORT")));
  EXPECT_THAT(ChannelTargetOf("127.0.0.1:1,,127.0.0.1:2"),
              StatusIs(absl::StatusCode::kInvalidArgument));
  EXPECT_THAT(
      ChannelTargetOf("127.0.0.1:1,[::1]:2"),
      StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("not both")));
  EXPECT_THAT(ChannelTargetOf(" "),
              StatusIs(absl::StatusCode::kInvalidArgument));
}

}  // namespace
}  // namespace factcheck::client
