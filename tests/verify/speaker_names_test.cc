#include "server/verify/speaker_names.h"

#include <string>

#include "gtest/gtest.h"
#include "protos/claims.pb.h"

namespace factcheck::verify {
namespace {

TEST(SameSpeakerTest, SurnameIsTheFullName) {
  EXPECT_TRUE(SameSpeaker("Blinken", "Antony Blinken"));
  EXPECT_TRUE(SameSpeaker("Antony Blinken", "blinken"));
}

TEST(SameSpeakerTest, CaseAndALeadingArticleDoNotMatter) {
  EXPECT_TRUE(SameSpeaker("the White House", "White House"));
  EXPECT_TRUE(SameSpeaker("THE WHITE HOUSE", "the white house"));
}

TEST(SameSpeakerTest, AnHonorificAndTheSurnameAreTheFullName) {
  EXPECT_TRUE(SameSpeaker("Mr. Trump", "Donald Trump"));
  EXPECT_TRUE(SameSpeaker("Mrs. Clinton", "Hillary Clinton"));
  EXPECT_FALSE(SameSpeaker("Mrs. Clinton", "Hillary Rodham"));
}

TEST(SameSpeakerTest, ANameWithAndWithoutItsAccentsIsOneName) {
  EXPECT_TRUE(SameSpeaker("Ant\xC3\xB3nio Guterres", "Antonio Guterres"));
  EXPECT_TRUE(SameSpeaker("Guterres", "Ant\xC3\xB3nio Guterres"));
  EXPECT_FALSE(SameSpeaker("Ant\xC3\xB3nio Guterres", "Antonio Costa"));
  // Latin Extended-A too: "Erdo\xC4\x9F" "an", as copy without the breve
  // writes it.
  EXPECT_TRUE(
      SameSpeaker("Recep Tayyip Erdo\xC4\x9F"
                  "an",
                  "Erdogan"));
  EXPECT_FALSE(
      SameSpeaker("Recep Tayyip Erdo\xC4\x9F"
                  "an",
                  "Erdem"));
}

TEST(SameSpeakerTest, CurlyAndStraightApostrophesAreOneMark) {
  EXPECT_TRUE(
      SameSpeaker("NDMA\xE2\x80\x99s latest sit rep", "NDMA's latest sit rep"));
}

TEST(SameSpeakerTest, InitialsWithOrWithoutPointsAreOneName) {
  EXPECT_TRUE(SameSpeaker("J.P. Nadda", "JP Nadda"));
  EXPECT_TRUE(SameSpeaker("J. P. Nadda", "JP Nadda"));
  EXPECT_FALSE(SameSpeaker("J.P. Nadda", "JR Nadda"));
  EXPECT_FALSE(SameSpeaker("J.P. Nadda", "J.P. Morgan"));
}

TEST(SameSpeakerTest, OtherNamesAreOtherSpeakers) {
  EXPECT_FALSE(SameSpeaker("Ken", "Antony Blinken"));
  EXPECT_FALSE(SameSpeaker("Donald Blinken", "Antony Blinken"));
  EXPECT_FALSE(SameSpeaker("Joe Biden", "Kamala Harris"));
  EXPECT_FALSE(SameSpeaker("", "Antony Blinken"));
}

TEST(SpelledAlikeTest, SurnamesOneLetterApartMayBeOnePerson) {
  EXPECT_TRUE(SpelledAlike("Anil Jasinghe", "Jaisinghe"));
  EXPECT_TRUE(SpelledAlike("Zelensky", "Volodymyr Zelenskyy"));
  EXPECT_TRUE(SpelledAlike("Muammar Gaddafi", "Muammar Qaddafi"));
}

TEST(SpelledAlikeTest, GivenNamesOneLetterApartWithOneSurnameMayBeOnePerson) {
  EXPECT_TRUE(SpelledAlike("Saeed Abid", "Saaed Abid"));
  EXPECT_TRUE(SpelledAlike("Nima Saeed Abid", "Saaed Abid"));
  EXPECT_FALSE(SpelledAlike("Omar Abid", "Amir Abid"));
  EXPECT_FALSE(SpelledAlike("Abid", "Saaed Abid"));
}

TEST(SpelledAlikeTest, ShortOrFartherOrSameSurnamesAreNot) {
  EXPECT_FALSE(SpelledAlike("Ann Lee", "Ann Lew"));
  EXPECT_FALSE(SpelledAlike("Boris Johnson", "Boris Jackson"));
  EXPECT_FALSE(SpelledAlike("Anil Jasinghe", "Ravi Jasinghe"));
  EXPECT_FALSE(SpelledAlike("", "Jasinghe"));
}

TEST(NamedByGivenNameAloneTest, OneWordThatOpensTheOtherNameMayBeOnePerson) {
  EXPECT_TRUE(NamedByGivenNameAlone("Joko", "Joko Widodo"));
  EXPECT_TRUE(NamedByGivenNameAlone("Mr. Joko Widodo", "joko"));
  EXPECT_FALSE(NamedByGivenNameAlone("Jo", "Joko Widodo"));
  EXPECT_FALSE(NamedByGivenNameAlone("Widodo", "Joko Widodo"));
  EXPECT_FALSE(NamedByGivenNameAlone("Joko Susilo", "Joko Widodo"));
  EXPECT_FALSE(NamedByGivenNameAlone("", "Joko Widodo"));
}

TEST(SameSpeakerTest, AHyphenOrASpaceBetweenNameWordsIsOneName) {
  EXPECT_TRUE(SameSpeaker("Khaled al-Falih", "Khaled Al Falih"));
  EXPECT_TRUE(SameSpeaker("Sisi", "Abdel Fattah al-Sisi"));
  EXPECT_TRUE(SameSpeaker("Jean-Pierre Raffarin", "Jean Pierre Raffarin"));
  EXPECT_FALSE(SameSpeaker("Khaled al-Falih", "Khaled al-Sisi"));
}

TEST(GivenNameShortenedTest, ACommonShortFormWithOneSurnameMayBeOnePerson) {
  EXPECT_TRUE(GivenNameShortened("Joe Lombardo", "Joseph Lombardo"));
  EXPECT_TRUE(GivenNameShortened("Sheriff Joseph Lombardo", "Joe Lombardo"));
  EXPECT_TRUE(GivenNameShortened("William Barr", "Bill Barr"));
}

TEST(GivenNameShortenedTest, OtherGivenNamesOrSurnamesAreNot) {
  EXPECT_FALSE(GivenNameShortened("Jill Biden", "Joe Biden"));
  EXPECT_FALSE(GivenNameShortened("Joe Lombardo", "Joseph Smith"));
  EXPECT_FALSE(GivenNameShortened("Lombardo", "Joseph Lombardo"));
  EXPECT_FALSE(GivenNameShortened("", "Joseph Lombardo"));
}

// A claim of `speaker`, named in the text as `speaker_text`.
factcheck::v1::AttributedClaim SaidBy(const std::string& speaker,
                                      const std::string& speaker_text) {
  factcheck::v1::AttributedClaim claim;
  claim.set_speaker(speaker);
  claim.set_speaker_text(speaker_text);
  return claim;
}

TEST(NamesNoOneTest, UnnamedMembersDescriptionsAndDocumentsNameNoOne) {
  EXPECT_TRUE(NamesNoOne(SaidBy("spokesman", "a UN spokesman")));
  EXPECT_TRUE(NamesNoOne(SaidBy("the statement", "the statement")));
  EXPECT_TRUE(NamesNoOne(SaidBy("health officials", "health officials")));
  EXPECT_TRUE(NamesNoOne(
      SaidBy("the Israeli prime minister", "the Israeli prime minister")));
}

TEST(NamesNoOneTest, PartOfAGroupOrATitleWithoutANameNamesNoOne) {
  EXPECT_TRUE(NamesNoOne(SaidBy("Most Southern", "Most Southern")));
  EXPECT_TRUE(NamesNoOne(SaidBy("Some Republicans", "Some Republicans")));
  EXPECT_TRUE(NamesNoOne(SaidBy("Former Security", "Former Security")));
  EXPECT_FALSE(NamesNoOne(SaidBy("Former President Barack Obama",
                                 "Former President Barack Obama")));
  EXPECT_FALSE(NamesNoOne(SaidBy("Mostafa Madbouly", "Mostafa Madbouly")));
}

TEST(NamesNoOneTest, NamesWithTheirParticlesNameSomeone) {
  EXPECT_FALSE(
      NamesNoOne(SaidBy("Ursula von der Leyen", "Ursula von der Leyen")));
  EXPECT_FALSE(NamesNoOne(
      SaidBy("Abdel Fattah al-Sisi", "President Abdel Fattah al-Sisi")));
  EXPECT_FALSE(NamesNoOne(SaidBy("State Department", "the State Department")));
}

TEST(SpeaksForTest, ABodyNamedWithinItsSpokesmansNameSpeaksThroughHim) {
  EXPECT_TRUE(
      SpeaksFor(SaidBy("State Department", "the State Department"),
                SaidBy("Ned Price", "State Department spokesman Ned Price")));
  EXPECT_TRUE(SpeaksFor(SaidBy("Health Ministry", "the Health Ministry"),
                        SaidBy("Ali Hassan", "Health Minister Ali Hassan")));
  EXPECT_FALSE(SpeaksFor(SaidBy("Defence Ministry", "the Defence Ministry"),
                         SaidBy("Ali Hassan", "Health Minister Ali Hassan")));
}

TEST(SameSpeakerTest, APossessiveEndingNamesThePerson) {
  // "Donald Trump's call for …" is his.
  EXPECT_TRUE(SameSpeaker("Donald Trump\xE2\x80\x99s", "Trump"));
  EXPECT_TRUE(SameSpeaker("Donald Trump's", "Donald Trump"));
  EXPECT_FALSE(SameSpeaker("Donald Trump's", "Melania Trump"));
}

}  // namespace
}  // namespace factcheck::verify
