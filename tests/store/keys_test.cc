#include "store/keys.h"

#include "gtest/gtest.h"

namespace factcheck::store {
namespace {

ClaimRef Ref(int64_t seconds, const char* id) {
  return ClaimRef{KeyTime{seconds, 0}, id, 0};
}

TEST(KeysTest, TimeKeysSortInTimeOrderAcrossTheEpoch) {
  EXPECT_LT(ReportTimeKey({-86400, 0}, "z"), ReportTimeKey({0, 0}, "a"));
  EXPECT_LT(ReportTimeKey({0, 0}, "z"), ReportTimeKey({0, 1}, "a"));
  EXPECT_LT(ReportTimeKey({1620000000, 999999999}, "z"),
            ReportTimeKey({1620000001, 0}, "a"));
}

TEST(KeysTest, NumericPrefixDoesNotMatchALongerLocation) {
  const std::string gaza = NumericClaimPrefix("deaths", "Gaza");
  const std::string gaza_city =
      NumericClaimKey("deaths", "Gaza City", Ref(0, "r1"));
  EXPECT_NE(gaza_city.compare(0, gaza.size(), gaza), 0);
  EXPECT_EQ(NumericClaimKey("deaths", "Gaza", Ref(0, "r1"))
                .compare(0, gaza.size(), gaza),
            0);
}

TEST(KeysTest, ClaimsUnderOnePrefixSortNewestFirst) {
  EXPECT_GT(NumericClaimKey("deaths", "Gaza", Ref(100, "zzz")),
            NumericClaimKey("deaths", "Gaza", Ref(200, "aaa")));
  EXPECT_GT(SpeakerKey("Joe Biden", Ref(-100, "zzz")),
            SpeakerKey("Joe Biden", Ref(200, "aaa")));
}

TEST(KeysTest, SubjectOfAClaimKeyIsItsLookupPrefix) {
  const std::string long_location(300, 'x');
  EXPECT_EQ(
      SubjectLength(NumericClaimKey("deaths", long_location, Ref(0, "r1")), 2),
      NumericClaimPrefix("deaths", long_location).size());
  EXPECT_EQ(SubjectLength(SpeakerKey("Joe Biden", Ref(0, "r1")), 1),
            SpeakerPrefix("Joe Biden").size());
  EXPECT_EQ(SubjectLength(SpeakerPrefix("Joe Biden"), 1),
            SpeakerPrefix("Joe Biden").size());
}

TEST(KeysTest, TruncatedKeysHaveNoSubject) {
  const std::string prefix = NumericClaimPrefix("deaths", "Gaza");
  EXPECT_EQ(SubjectLength(prefix.substr(0, prefix.size() - 1), 2), 0u);
  EXPECT_EQ(SubjectLength(prefix.substr(0, 1), 1), 0u);
  EXPECT_EQ(SubjectLength("", 1), 0u);
}

TEST(KeysTest, SpeakerIsKeyedWithoutAccentsAndANameAlsoByItsSurname) {
  EXPECT_EQ(SpeakerPrefix("Recep Tayyip Erdo\xC4\x9F"
                          "an"),
            SpeakerPrefix("Recep Tayyip Erdogan"));
  EXPECT_NE(SpeakerPrefix("Erdogan"), SpeakerPrefix("erdogan"));
  EXPECT_EQ(SpeakerSurname("Recep Tayyip Erdo\xC4\x9F"
                           "an"),
            "Erdogan");
  EXPECT_EQ(SpeakerSurname("Health Ministry"), "Ministry");
  // One word is its own key; words not all capitalised name no person.
  EXPECT_EQ(SpeakerSurname("Erdogan"), "");
  EXPECT_EQ(SpeakerSurname("the ministry"), "");
  EXPECT_EQ(SpeakerSurname("officials in Ankara"), "");
}

TEST(KeysTest, ReportIdIsReadBackFromTimeKeys) {
  EXPECT_EQ(*ReportIdFromTimeKey(ReportTimeKey({5, 0}, "report-1"), 0),
            "report-1");
  const std::string source_key = ReportSourceKey("AP", {5, 0}, "report-2");
  EXPECT_EQ(*ReportIdFromTimeKey(source_key, ReportSourcePrefix("AP").size()),
            "report-2");
  EXPECT_FALSE(ReportIdFromTimeKey("short", 0).ok());
}

}  // namespace
}  // namespace factcheck::store
