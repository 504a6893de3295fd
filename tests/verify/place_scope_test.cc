// Which places' figures meet, as a fact-checker expects it: a count with no
// place meets none; figures placed by their articles rather than their
// sentences may count a part, so they are never outdated by one another
// unless near the whole; a part's toll (a subdivision's, a city's) meets
// its country's story-level figures only to agree with them or pass them.
// Each scenario runs through the real FactChecker (extraction, RocksDB
// store on a temporary directory, verification).
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/verify/verdict_test.h"

namespace factcheck {
namespace {

using ::testing::HasSubstr;

using PlaceScopeTest = testing::VerdictTest;

TEST_F(PlaceScopeTest, CountWithoutPlaceIsNotComparedWithAPlacedOne) {
  Prior("ap-1", "AP", "2022-09-29T10:00:00Z",
        "At least 20 people were killed in Florida.");
  const v1::ClaimVerdict verdict = Only(
      Verify("2022-09-30T10:00:00Z", "At least 5 people were killed."), true);
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(verdict.explanation(), HasSubstr("names no place"));
}

TEST_F(PlaceScopeTest, PlaceFromTheArticleGivesOutdatedOnlyNearTheWhole) {
  Prior("ap-1", "AP", "2023-09-09T10:00:00Z",
        "At least 20 people were killed in Morocco.");
  const std::string story =
      "Deadly quake in Morocco\nMorocco mourns its dead.\nAt least ";
  // Far short of the country's toll: perhaps one province's.
  const v1::ClaimVerdict part =
      Only(Verify("2023-09-11T10:00:00Z",
                  story + "5 people were killed, officials said."),
           true);
  EXPECT_TRUE(part.claim().numeric().location_from_document());
  EXPECT_EQ(part.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(part.explanation(), HasSubstr("comes from its article"));
  const v1::ClaimVerdict whole =
      Only(Verify("2023-09-11T10:00:00Z",
                  story + "18 people were killed, officials said."),
           true);
  EXPECT_TRUE(whole.claim().numeric().location_from_document());
  EXPECT_EQ(whole.verdict(), v1::VERDICT_OUTDATED) << whole.explanation();
}

TEST_F(PlaceScopeTest, ArticlePlacedFigureOfAStoryOfARegionIsNeverOutdated) {
  Prior("ap-1", "AP", "2023-09-09T10:00:00Z",
        "At least 20 people were killed in Morocco.");
  // The story names Al Haouz twice: its unplaced 18 may be Al Haouz's.
  const v1::ClaimVerdict verdict = Only(
      Verify("2023-09-11T10:00:00Z",
             "Deadly quake in Morocco\nMorocco mourns its dead. Rescuers "
             "reached Al Haouz on Sunday; roads into Al Haouz were cut.\nAt "
             "least 18 people were killed, officials said."),
      true);
  EXPECT_TRUE(verdict.claim().numeric().location_from_document());
  EXPECT_TRUE(verdict.claim().numeric().location_may_be_a_part());
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(verdict.explanation(), HasSubstr("names a region of it"));
}

TEST_F(PlaceScopeTest, FiguresBothPlacedByTheirArticlesAreNotCompared) {
  Prior("ap-1", "AP", "2023-09-09T10:00:00Z",
        "Deadly quake in Morocco\nMorocco mourns its dead.\nAt least 20 "
        "people were killed, officials said.");
  const v1::ClaimVerdict verdict =
      Only(Verify("2023-09-11T10:00:00Z",
                  "Deadly quake in Morocco\nMorocco mourns its dead.\nAt "
                  "least 18 people were killed, officials said."),
           true);
  EXPECT_TRUE(verdict.claim().numeric().location_from_document());
  EXPECT_EQ(verdict.verdict(), v1::VERDICT_UNVERIFIED);
  EXPECT_THAT(verdict.explanation(), HasSubstr("both comes from"));
}

TEST_F(PlaceScopeTest, StoryLevelTollOfASubdivisionMeetsItsCountrysStoryToll) {
  Prior("ap-1", "AP", "2022-05-24T20:00:00Z",
        "A gunman opened fire at a school in the United States.\nPolice in "
        "the United States sealed the area.\nAuthorities confirmed 15 "
        "deaths.");
  const v1::ClaimVerdict rose =
      Only(Verify("2022-05-25T10:00:00Z",
                  "A gunman opened fire at a school in Texas.\nPolice in Texas "
                  "sealed the area.\nAuthorities confirmed 21 deaths."),
           true);
  EXPECT_EQ(rose.verdict(), v1::VERDICT_UPDATED);
  EXPECT_THAT(rose.explanation(), HasSubstr("is in United States"));
  // A lower story figure is never accused on the country's story figure.
  const v1::ClaimVerdict lower =
      Only(Verify("2022-05-25T10:00:00Z",
                  "A gunman opened fire at a school in Texas.\nPolice in Texas "
                  "sealed the area.\nAuthorities confirmed 9 deaths."),
           true);
  EXPECT_EQ(lower.verdict(), v1::VERDICT_UNVERIFIED);
}

// A story of an island saying "832 bodies" the day after the country's
// reports gave 832: the country's figure already given, not a rise on the
// island's older 420.
TEST_F(PlaceScopeTest, StoryFigureTheCountryAlreadyGaveIsNoRiseOnItsPlace) {
  Prior("ap-1", "AP", "2018-09-29T10:00:00Z",
        "The death toll in Sulawesi reached 420.");
  Prior("afp-2", "AFP", "2018-09-30T10:00:00Z",
        "The death toll in Indonesia rose to 832.");
  const std::string story =
      "A quake struck Sulawesi.\nRescuers in Sulawesi dug through "
      "rubble.\nAuthorities said ";
  const v1::ClaimVerdict given = Only(
      Verify("2018-10-01T10:00:00Z", story + "832 bodies had been recovered."),
      true);
  EXPECT_TRUE(given.claim().numeric().location_from_document());
  EXPECT_EQ(given.verdict(), v1::VERDICT_CONSISTENT) << given.explanation();
  ASSERT_GE(given.evidence_size(), 1);
  EXPECT_EQ(given.evidence(0).report_id(), "afp-2");
  EXPECT_THAT(given.explanation(), HasSubstr("Indonesia's figure"));
  // Another figure than the country's is the island's rise.
  const v1::ClaimVerdict rose = Only(
      Verify("2018-10-01T10:00:00Z", story + "900 bodies had been recovered."),
      true);
  EXPECT_EQ(rose.verdict(), v1::VERDICT_UPDATED) << rose.explanation();
  EXPECT_THAT(rose.explanation(), HasSubstr("rose from 420 (AP"));
}

// The verdict on the document's count of deaths.
v1::ClaimVerdict OnDeaths(const v1::VerifyDocumentResponse& response) {
  for (const v1::ClaimVerdict& verdict : response.verdicts()) {
    if (verdict.claim().numeric().measure() == "deaths") return verdict;
  }
  ADD_FAILURE() << "no count of deaths";
  return v1::ClaimVerdict();
}

TEST_F(PlaceScopeTest, CityTollPassesItsCountrysStoryToll) {
  Prior("ap-1", "AP", "2020-08-04T20:00:00Z",
        "An explosion shook a port in Lebanon.\nPolice in Lebanon sealed the "
        "area.\nAuthorities confirmed 50 deaths.");
  const std::string lebanon = "\nHospitals in Lebanon treated 4,000 injured.";
  const v1::ClaimVerdict rose =
      OnDeaths(Verify("2020-08-05T10:00:00Z",
                      "More than 100 people have died in Beirut." + lebanon));
  EXPECT_EQ(rose.verdict(), v1::VERDICT_UPDATED) << rose.explanation();
  EXPECT_THAT(rose.explanation(), HasSubstr("(Beirut is in Lebanon)"));
  // A city may count a part of its country's toll: fewer is no contradiction.
  const v1::ClaimVerdict lower = OnDeaths(Verify(
      "2020-08-05T10:00:00Z", "Thirty people have died in Beirut." + lebanon));
  EXPECT_EQ(lower.verdict(), v1::VERDICT_UNVERIFIED) << lower.explanation();
}

TEST_F(PlaceScopeTest, CitysFiguresOfOtherCountsLeaveItsTollToTheCountrys) {
  Prior("ap-1", "AP", "2020-08-04T20:00:00Z",
        "An explosion shook a port in Lebanon.\nPolice in Lebanon sealed the "
        "area.\nAuthorities confirmed 50 deaths.");
  // Beirut's only figure is of one group of the dead: none of its toll.
  Prior("afp-1", "AFP", "2020-08-04T22:00:00Z",
        "Two Australians were among those killed in Beirut.");
  const std::string lebanon = "\nHospitals in Lebanon treated 4,000 injured.";
  const v1::ClaimVerdict rose =
      OnDeaths(Verify("2020-08-05T10:00:00Z",
                      "More than 100 people have died in Beirut." + lebanon));
  EXPECT_EQ(rose.verdict(), v1::VERDICT_UPDATED) << rose.explanation();
  EXPECT_THAT(rose.explanation(), HasSubstr("(Beirut is in Lebanon)"));
}

TEST_F(PlaceScopeTest, CityTollIsNotWeighedAgainstItsCountrysHigherTotal) {
  const auto story = [](const std::string& toll) {
    return "Shelling struck towns in Ukraine.\nPolice in Ukraine sealed the "
           "area.\nAuthorities confirmed " +
           toll + " deaths.";
  };
  Prior("cna-1", "CNA", "2022-03-17T10:00:00Z", story("726"));
  Prior("un-1", "UNIAN", "2022-04-08T08:00:00Z", story("more than 30"));
  const std::string city =
      "At least 39 people have died in Kramatorsk.\nHospitals in Ukraine "
      "treated 100 injured.";
  // The war's 726 says nothing of one city's toll; that morning's "more
  // than 30" of the country is passed.
  const v1::ClaimVerdict same_day =
      OnDeaths(Verify("2022-04-08T14:00:00Z", city));
  EXPECT_EQ(same_day.verdict(), v1::VERDICT_UPDATED) << same_day.explanation();
  EXPECT_THAT(same_day.explanation(), HasSubstr("rose from more than 30"));
  // Days later, a lower figure of the country beside its higher one may be
  // another town's.
  const v1::ClaimVerdict days_later =
      OnDeaths(Verify("2022-04-10T14:00:00Z", city));
  EXPECT_EQ(days_later.verdict(), v1::VERDICT_UNVERIFIED)
      << days_later.explanation();
}

TEST_F(PlaceScopeTest, CityMeetsOnlyACountryItsDocumentCountsIn) {
  Prior("ap-1", "AP", "2011-08-21T20:00:00Z",
        "Fighting broke out in Libya.\nPolice in Libya sealed the area.\n"
        "Authorities confirmed 20 deaths.");
  // Tripoli is a city of Libya and of Lebanon: the document's own count in
  // Libya says which.
  const v1::ClaimVerdict placed = OnDeaths(
      Verify("2011-08-22T10:00:00Z",
             "At least 30 people have died in Tripoli.\nHospitals in Libya "
             "treated 100 injured."));
  EXPECT_EQ(placed.verdict(), v1::VERDICT_UPDATED) << placed.explanation();
  EXPECT_THAT(placed.explanation(), HasSubstr("(Tripoli is in Libya)"));
  const v1::ClaimVerdict unplaced = OnDeaths(Verify(
      "2011-08-22T10:00:00Z", "At least 30 people have died in Tripoli."));
  EXPECT_EQ(unplaced.verdict(), v1::VERDICT_UNVERIFIED)
      << unplaced.explanation();
}

TEST_F(PlaceScopeTest, VeryFigureOfASameDayReportAgreesBesideOneOfUnsureScope) {
  const auto story = [](const std::string& country, const std::string& toll) {
    return "Bombs struck churches in " + country + ".\nPolice in " + country +
           " sealed the area.\nAuthorities confirmed " + toll + " deaths.";
  };
  // Story-level figures both: 359 may count another scope than 253.
  Prior("ap-1", "AP", "2019-04-25T10:00:00Z", story("Sri Lanka", "359"));
  Prior("rt-1", "Reuters", "2019-04-25T11:00:00Z", story("Sri Lanka", "253"));
  const v1::ClaimVerdict revised =
      Only(Verify("2019-04-27T10:00:00Z", story("Sri Lanka", "253")), true);
  EXPECT_EQ(revised.verdict(), v1::VERDICT_CONSISTENT) << revised.explanation();
  EXPECT_THAT(revised.explanation(), HasSubstr("agrees with 253 (Reuters"));
  EXPECT_THAT(revised.explanation(), HasSubstr("359 (AP"));
  // Given before the higher figure, the very figure may be a stale one.
  Prior("rt-2", "Reuters", "2019-04-25T09:00:00Z", story("Nepal", "253"));
  Prior("ap-2", "AP", "2019-04-25T10:00:00Z", story("Nepal", "359"));
  const v1::ClaimVerdict stale =
      Only(Verify("2019-04-27T10:00:00Z", story("Nepal", "253")), true);
  EXPECT_EQ(stale.verdict(), v1::VERDICT_UNVERIFIED) << stale.explanation();
}

}  // namespace
}  // namespace factcheck
