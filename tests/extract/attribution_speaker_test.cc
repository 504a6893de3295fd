// Who speaks, as real copy names them, each a minimal pair: the words that
// name the speaker, with the title, body or apposition they go with, and
// what before or after them is no part of them. Whom those words stand for
// is in speaker_resolution_test.cc; whom a participle of saying reports for,
// in participle_speakers_test.cc.
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "tests/extract/attribution_scoring.h"

namespace factcheck::extract {
namespace {

TEST(SpeakerTest, LoneNumberOrQuantifierBeforeItsNounNamesNoOne) {
  // Nor an adjective whose noun runs on: "Republican establishment
  // figures — whose party … — suggested … and defended".
  for (const AttributedItem& item :
       Extracted("Republican council members \xE2\x80\x94 whose party once "
                 "backed the toll \xE2\x80\x94 opposed the plan and argued "
                 "that the toll was unfair.")) {
    EXPECT_NE(item.speaker_words, "Republican");
  }
  // "One employee at a firm declined …, saying": "One" alone is no
  // speaker of the participle; "Some have argued …" is one.
  const std::vector<AttributedItem> one = Extracted(
      "One clerk at the city office declined to comment, saying "
      "the toll was not his job.");
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].content, "to comment");
  const std::vector<AttributedItem> some =
      Extracted("Some have argued that the toll is too high.");
  ASSERT_EQ(some.size(), 1u);
  EXPECT_EQ(some[0].speaker_words, "Some");
}

TEST(SpeakerTest, CaseNameWithVersusLeavesTheSentenceItsSubject) {
  // "Roe v. Wade": the full stop of "v." ends no sentence, so the verb
  // after "and" is still the subject's.
  const std::vector<AttributedItem> found = Extracted(
      "Ruiz attacked Berg, saying he would pick judges who would overturn "
      "Roe v. Wade, and reminded the crowd that the toll was his idea.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Ruiz");
  EXPECT_EQ(found[1].speaker, "Ruiz");
}

TEST(SpeakerTest, UnnamedSourcesDescribedByWhatTheyKnowSpeakAfterTheClause) {
  // Wire copy's unnamed sources: the plural before "close to", "familiar
  // with" is who speaks; "the talks" closing the description is not.
  const std::vector<AttributedItem> close = Extracted(
      "The bridge will reopen on Monday, officials close to the talks "
      "said.");
  ASSERT_EQ(close.size(), 1u);
  EXPECT_EQ(close[0].speaker_words, "officials close to the talks");
  EXPECT_EQ(close[0].content, "The bridge will reopen on Monday");
  const std::vector<AttributedItem> familiar = Extracted(
      "The bridge will reopen on Monday, people familiar with the matter "
      "said.");
  ASSERT_EQ(familiar.size(), 1u);
  EXPECT_EQ(familiar[0].speaker_words, "people familiar with the matter");
  // Without the description the bare noun still speaks alone.
  const std::vector<AttributedItem> bare =
      Extracted("The bridge will reopen on Monday, officials said.");
  ASSERT_EQ(bare.size(), 1u);
  EXPECT_EQ(bare[0].speaker_words, "officials");
}

TEST(SpeakerTest, UnnamedSourcesAfterTheCueKeepWhatTheyKnow) {
  // Wire copy puts them after "said" too: the description runs to the end
  // of the sentence, or to the aside after it.
  const std::vector<AttributedItem> close = Extracted(
      "The bridge will reopen on Monday, said people close to the talks.");
  ASSERT_EQ(close.size(), 1u);
  EXPECT_EQ(close[0].speaker_words, "people close to the talks");
  EXPECT_EQ(close[0].content, "The bridge will reopen on Monday");
  const std::vector<AttributedItem> aside = Extracted(
      "\"The bridge is safe,\" said one engineer familiar with the "
      "inspection, who asked not to be named.");
  ASSERT_EQ(aside.size(), 1u);
  EXPECT_EQ(aside[0].speaker_words,
            "one engineer familiar with the inspection, who asked not to be "
            "named");
}

TEST(SpeakerTest, NameAfterTheCueSpeaksThoughTheClauseHoldsAList) {
  // "coroners, pathologists and technicians" read as a subject made the
  // clause the speaker and the name what was said; a name that runs to the
  // end after ", said" is the speaker, apposition or not.
  for (const char* tail :
       {"Jonathan Greene, a deputy secretary.", "Jonathan Greene."}) {
    const std::vector<AttributedItem> items = Extracted(absl::StrCat(
        "The agency deployed coroners, pathologists and technicians to "
        "identify victims, said ",
        tail));
    ASSERT_EQ(items.size(), 1u) << tail;
    EXPECT_TRUE(absl::StartsWith(items[0].speaker_words, "Jonathan Greene"))
        << items[0].speaker_words;
    EXPECT_EQ(items[0].content,
              "The agency deployed coroners, pathologists and technicians to "
              "identify victims");
  }
  // A charge's object is no speaker: "…, denounced Mr. Trump's remarks".
  const std::vector<AttributedItem> charge = Extracted(
      "Mike Coffman, a Republican who served as a Marine, denounced Mr. "
      "Trump's remarks.");
  for (const AttributedItem& item : charge) {
    EXPECT_EQ(item.speaker_words.find("Trump"), std::string::npos)
        << item.speaker_words;
  }
}

TEST(SpeakerTest, BarePluralAfterTheCueSpeaks) {
  // "…, said local officials": a group needs no article after the cue; a
  // possessive opens an object ("downplayed his influence"), never a name.
  const std::vector<AttributedItem> local =
      Extracted("The bridge will reopen on Monday, said local officials.");
  ASSERT_EQ(local.size(), 1u);
  EXPECT_EQ(local[0].speaker_words, "local officials");
  const std::vector<AttributedItem> object = Extracted(
      "But the anchor, who is promoting his book, downplayed his influence "
      "among Hispanics.");
  for (const AttributedItem& item : object) {
    EXPECT_EQ(item.speaker_words.find("influence"), std::string::npos)
        << item.speaker_words;
  }
}

TEST(SpeakerTest, NameWithAStrayCommaBeforeSaidAndAColonSpeaks) {
  // "Commander Stuart Cundy, said: “…”": a comma typed by mistake between
  // the name that opens the sentence and its verb.
  const std::vector<AttributedItem> stray = Extracted(
      "Commander Tom Berg, said: \"The search of the tower is complete.\"");
  ASSERT_EQ(stray.size(), 1u);
  EXPECT_EQ(stray[0].speaker, "Tom Berg");
  // Not an opening phrase before the comma.
  EXPECT_TRUE(
      Extracted("In Paris, said: \"The search of the tower is complete.\"")
          .empty());
}

TEST(SpeakerTest, RelativeThatOpeningWithItsVerbIsPartOfTheSubject) {
  // "Progressive organizations that have endorsed him say …": a "that"
  // followed by its verb opens a relative clause on the speaker.
  for (const char* text :
       {"Groups that have endorsed him say the vote matters.",
        "Groups that backed him said the vote matters."}) {
    const std::vector<AttributedItem> items = Extracted(text);
    ASSERT_EQ(items.size(), 1u) << text;
    EXPECT_EQ(items[0].speaker, "Groups") << text;
    EXPECT_EQ(items[0].content, "the vote matters") << text;
  }
  // Not a "that" before an adverb ("an attack that even years later
  // remains so politically charged that …"), nor one with a complement's
  // "that" after it ("in a story that posted this week that he believes").
  for (const char* text :
       {"It was an attack that even years later remains so politically "
        "charged that Tom Berg made it his theme.",
        "Tom Berg is a senator. The senator told Yahoo News in a story that "
        "posted this week that he believes the toll will rise."}) {
    for (const AttributedItem& item : Extracted(text)) {
      EXPECT_EQ(item.speaker_words.find("attack"), std::string::npos)
          << item.speaker_words;
      EXPECT_EQ(item.speaker_words.find("story"), std::string::npos)
          << item.speaker_words;
    }
  }
}

TEST(SpeakerTest, ShareOfAGroupSpeaksInTheSecondClause) {
  // "…, but 55 percent of voters say": after a comma and a conjunction
  // that follow a verb, a second clause opens whose subject is the whole
  // share, not only "voters".
  const std::vector<AttributedItem> share = Extracted(
      "The toll plan is popular, but 55 percent of voters say it costs too "
      "much.");
  ASSERT_EQ(share.size(), 1u);
  EXPECT_EQ(share[0].speaker_words, "55 percent of voters");
  EXPECT_EQ(share[0].content, "it costs too much");
  // A subordinator opens no such subject: "the number of" reported nothing.
  const std::vector<AttributedItem> subordinate = Extracted(
      "He visited Dayton, where the number of reported cases has grown.");
  for (const AttributedItem& item : subordinate) {
    EXPECT_EQ(item.speaker_words.find("number"), std::string::npos)
        << item.speaker_words;
  }
}

TEST(SpeakerTest, NumberWordCountsUnnamedSourcesWithTheirDescription) {
  const std::vector<AttributedItem> counted = Extracted(
      "The bridge will reopen on Monday, two people close to the talks "
      "said.");
  ASSERT_EQ(counted.size(), 1u);
  EXPECT_EQ(counted[0].speaker_words, "two people close to the talks");
}

TEST(SpeakerTest, TimeAgoBetweenSpeakerAndCueIsNoPartOfTheName) {
  // "less than two weeks ago" says when, and is never who spoke.
  const std::vector<AttributedItem> found = Extracted(
      "The Transport Ministry less than two weeks ago said that the bridge "
      "was safe.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker_words, "The Transport Ministry");
  EXPECT_EQ(found[0].content, "that the bridge was safe");
}

TEST(SpeakerTest, TwoGroupsJoinedByAndSpeakTogether) {
  // "medics and residents said": both groups speak; a clause before "and"
  // ("The bridge closed and officials said") keeps its own subject.
  const std::vector<AttributedItem> joined = Extracted(
      "The death toll rose to 50, police and hospital officials said.");
  ASSERT_EQ(joined.size(), 1u);
  EXPECT_EQ(joined[0].speaker_words, "police and hospital officials");
  EXPECT_EQ(joined[0].content, "The death toll rose to 50");
  const std::vector<AttributedItem> clause =
      Extracted("The bridge closed and officials said it was unsafe.");
  for (const AttributedItem& item : clause) {
    EXPECT_EQ(item.speaker_words.find("closed"), std::string::npos)
        << item.speaker_words;
  }
}

TEST(SpeakerTest, QuantifierFloatingAfterTheSubjectLeavesItTheSpeaker) {
  // "Cruz and Rubio have both urged": the names before "both" speak; a
  // sentence opening with "Both" has no other speaker.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Tom Berg and Ana Ruiz have both argued that the toll is unfair.",
       "Tom Berg and Ana Ruiz"},
      {"The mayors all said the toll is unfair.", "The mayors"},
      {"Both argued that the toll is unfair.", "Both"},
      {"And both argued that the toll is unfair.", "both"}};
  for (const auto& [text, speaker] : cases) {
    const std::vector<AttributedItem> found = Extracted(text);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].speaker_words, speaker) << text;
  }
}

TEST(SpeakerTest, SubjectAfterAPrepositionAndARelativePronounSpeaks) {
  // "an electorate in which 67 percent of voters say": the relative clause
  // has a subject of its own; "the plan, which he criticized," and "in
  // which he condemned the attacks" report nothing.
  const std::vector<AttributedItem> found = Extracted(
      "Ruiz faces an electorate in which 67 percent of voters say the toll "
      "is unfair.\n\nShe gave a speech in which she condemned the toll.\n\n"
      // Inside the sentence the relative clause ends at its comma.
      "After an ad in which Ruiz vowed to cut the toll, some doubted her.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker_words, "67 percent of voters");
  EXPECT_EQ(found[0].content, "the toll is unfair");
  EXPECT_EQ(found[1].content, "to cut the toll");
}

TEST(SpeakerTest, SourcesPrivyToTheTalksKeepWhatTheyKnow) {
  const std::vector<AttributedItem> found =
      Extracted("But sources privy to the talks say the bridge will reopen.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker_words, "sources privy to the talks");
}

TEST(SpeakerTest, CollectiveNounOfABodyReportsLikeAPlural) {
  // "state media", "local television": groups that report as one, plural
  // without an "s"; a modifier before a singular noun names no group.
  const std::vector<AttributedItem> media =
      Extracted("The death toll rose to 50, state media said.");
  ASSERT_EQ(media.size(), 1u);
  EXPECT_EQ(media[0].speaker_words, "state media");
  const std::vector<AttributedItem> television =
      Extracted("The death toll rose to 50, local television reported.");
  ASSERT_EQ(television.size(), 1u);
  EXPECT_EQ(television[0].speaker_words, "local television");
  const std::vector<AttributedItem> singular =
      Extracted("The death toll rose to 50, local hospital reported.");
  EXPECT_TRUE(singular.empty()) << singular[0].speaker_words;
}

TEST(SpeakerTest, TailOfANumberIsNoSpeaker) {
  // "more than 7,711 cases reported within the country": the count's last
  // digits and its noun are no group that reports; "12 witnesses" is.
  const std::vector<AttributedItem> number_tail = Extracted(
      "The outbreak has spread to more than 7,711 cases reported within the "
      "country.");
  EXPECT_TRUE(number_tail.empty()) << number_tail[0].speaker;
  const std::vector<AttributedItem> counted_group =
      Extracted("The outbreak has spread, 12 doctors reported on Friday.");
  ASSERT_EQ(counted_group.size(), 1u);
  EXPECT_EQ(counted_group[0].speaker_words, "12 doctors");
}

TEST(SpeakerTest, CountWithItsThousandsOrItsComparisonIsOneGroup) {
  // The comma of "1,409" is the figure's, and "more than" opens the count:
  // the whole count speaks, not "409 teachers" or no one.
  const std::vector<AttributedItem> thousands =
      Extracted("In the survey, 1,409 teachers said they wanted a raise.");
  ASSERT_EQ(thousands.size(), 1u);
  EXPECT_EQ(thousands[0].speaker_words, "1,409 teachers");
  const std::vector<AttributedItem> compared =
      Extracted("More than 200 people said they saw the blast.");
  ASSERT_EQ(compared.size(), 1u);
  EXPECT_EQ(compared[0].speaker_words, "More than 200 people");
  // "than" before a group, not a count, compares with the group.
  const std::vector<AttributedItem> group = Extracted(
      "Turnout was 10,000 more than most party insiders expected it to "
      "be.");
  for (const AttributedItem& item : group) {
    EXPECT_EQ(item.speaker_words.find("10,000"), std::string::npos)
        << item.speaker_words;
  }
}

TEST(SpeakerTest, ThoseAPollAskedSpeakAfterAnOpeningPhrase) {
  // "those surveyed say": the people a poll asked, lowercase after an
  // opening phrase; "those" before other words names no one who spoke.
  const std::vector<AttributedItem> surveyed = Extracted(
      "By double digits, those surveyed say stricter rules would help.");
  ASSERT_EQ(surveyed.size(), 1u);
  EXPECT_EQ(surveyed[0].speaker_words, "those surveyed");
  EXPECT_EQ(surveyed[0].content, "stricter rules would help");
  EXPECT_TRUE(
      Extracted("By double digits, those hurt say stricter rules would help.")
          .empty());
}

TEST(SpeakerTest, RubricBeforeAColonIsNoSpeakerButItsSentenceMayReport) {
  // "The Latest: …" labels a running story; the sentence after the colon
  // has its own speaker.
  const std::vector<AttributedItem> found = Extracted(
      "The Latest: Governor Tom Berg urges drivers to avoid the bridge.\n\n"
      "The bridge closed on Monday.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, "INDIRECT");
  EXPECT_EQ(found[0].speaker, "Tom Berg");
  EXPECT_EQ(found[0].content, "drivers to avoid the bridge");
}

TEST(SpeakerTest, WhomAHeadlineSaysItWasSaidToIsNoPartOfTheSpeaker) {
  const std::vector<AttributedItem> found = Extracted(
      "Ruiz to Dayton voters: The toll will fall\n\nThe mayor spoke.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Ruiz");
}

TEST(SpeakerTest, HeadlinesTopicBeforeAColonIsNoSpeaker) {
  // "Explosion in Beirut:" says what and where; "Beirut officials:" who.
  const std::vector<AttributedItem> topic = Extracted(
      "Explosion in Dayton: The conference commits aid of 250 million "
      "euros\n");
  EXPECT_TRUE(topic.empty()) << topic[0].speaker;
  // A building or a storm the story is about says nothing.
  for (const char* about : {"Dayton Tower", "Hurricane Maria"}) {
    const std::vector<AttributedItem> named = Extracted(
        std::string(about) + ": 58 people now feared dead after disaster\n");
    EXPECT_TRUE(named.empty()) << about << ": " << named[0].speaker;
  }
  const std::vector<AttributedItem> body = Extracted(
      "Dayton officials: The conference commits aid of 250 million euros\n");
  ASSERT_EQ(body.size(), 1u);
  EXPECT_EQ(body[0].speaker, "Dayton officials");
}

TEST(SpeakerTest, TitlesOfChairsClergyAndRanksAreNoPartOfTheName) {
  for (const std::string title :
       {"Oversight Chairman", "Rabbi", "Professor", "Maj Gen", "Capt."}) {
    const std::vector<AttributedItem> found =
        Extracted(title +
                  " Jason Hale said the hearing would go ahead.\n\nHale said "
                  "it would last two days.");
    ASSERT_EQ(found.size(), 2u) << title;
    EXPECT_EQ(found[0].speaker, "Jason Hale") << title;
    EXPECT_EQ(found[1].speaker, "Jason Hale") << title;
  }
}

TEST(SpeakerTest, DayAfterATitledNameIsNoPartOfIt) {
  const std::vector<AttributedItem> found = Extracted(
      "Prime Minister Tom Reed Tuesday said India offered help.\n\n\"We will "
      "help,\" Reed said.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Tom Reed");
  EXPECT_EQ(found[1].speaker, "Tom Reed");
}

TEST(SpeakerTest, WhenTheSpeakerAfterTheCueSpokeIsNoPartOfTheName) {
  // A surname no list of names holds: only the words end the name.
  const std::vector<AttributedItem> found = Extracted(
      "\"These have been sad days,\" said Correa during his weekly Saturday "
      "broadcast.\n\n\"Help is coming,\" said Mayor Alcivar amid the "
      "rubble.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Correa");
  EXPECT_EQ(found[1].speaker, "Alcivar");
}

TEST(SpeakerTest, NameAfterTheHeadOfABodyAPossessiveNamesSpeaks) {
  const std::vector<AttributedItem> possessed = Extracted(
      "The head of Dayton's Harbor Council, Ana Ruiz, said two people "
      "died.\n");
  ASSERT_EQ(possessed.size(), 1u);
  EXPECT_EQ(possessed[0].speaker, "Ana Ruiz");
  // Two names, no title: the first speaks.
  const std::vector<AttributedItem> listed = Extracted(
      "Harbor Council Chair Ana Ruiz, Mark Cole, said two people died.\n");
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_NE(listed[0].speaker, "Mark Cole");
}

TEST(SpeakerTest, NameAfterADescriptionAfterAQuotationSpeaks) {
  const std::vector<AttributedItem> described = Extracted(
      "\"We are working,\" the head of the agency, Ana Ruiz, said.\n");
  ASSERT_EQ(described.size(), 1u);
  EXPECT_EQ(described[0].speaker, "Ana Ruiz");
  // A place after a description names no one.
  const std::vector<AttributedItem> placed =
      Extracted("\"We are working,\" the mayor of Dayton, New Mexico, said.\n");
  ASSERT_EQ(placed.size(), 1u);
  EXPECT_NE(placed[0].speaker, "New Mexico");
}

TEST(SpeakerTest, NameAfterADescriptionOfABodyAfterTheCueSpeaks) {
  const std::vector<AttributedItem> described =
      Extracted("\"We are working,\" said the head of the agency, Ana Ruiz.\n");
  ASSERT_EQ(described.size(), 1u);
  EXPECT_EQ(described[0].speaker, "Ana Ruiz");
  // A place after the body names no one.
  const std::vector<AttributedItem> placed =
      Extracted("\"We are working,\" said the mayor of Dayton, New Mexico.\n");
  ASSERT_EQ(placed.size(), 1u);
  EXPECT_NE(placed[0].speaker, "New Mexico");
}

TEST(SpeakerTest, NameAfterADescriptionAfterTheCueSpeaks) {
  const std::vector<AttributedItem> found = Extracted(
      "\"The roof fell on him,\" said the boy's father, Brahim Ait Nasser, "
      "whose eyes were red.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Brahim Ait Nasser");
}

TEST(SpeakerTest, AdjunctWithoutItsCommaOrATimeIsNoPartOfTheSpeaker) {
  const std::vector<AttributedItem> found = Extracted(
      "In a radio interview Ana Ruiz said that the bridge would reopen.\n\n"
      "Harbor Bank just this month announced it would close the branch.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Ana Ruiz");
  EXPECT_EQ(found[1].speaker, "Harbor Bank");
}

TEST(SpeakerTest, SubjectOpeningWithTwoCoordinatedWordsSpeaks) {
  const std::vector<AttributedItem> found =
      Extracted("Federal and state officials said the bridge would reopen.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Federal and state officials");
  // A conjunction after a clause of its own is no part of a subject.
  for (const AttributedItem& item : Extracted(
           "The mayor attacked the plan and officials said it was late.\n")) {
    EXPECT_EQ(item.speaker.find("mayor"), std::string::npos) << item.speaker;
  }
}

TEST(SpeakerTest, CapitalisedCueReportsInAHeadlineInTitleCase) {
  const std::vector<AttributedItem> found = Extracted(
      "Bridge Will Reopen in May, Ana Ruiz Says\n\n"
      // Outside a title a capitalised cue word is a name.
      "The bridge was built by the Tells, a family of engineers who said it "
      "was sound.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Ana Ruiz");
  EXPECT_EQ(found[0].content, "Bridge Will Reopen in May");
  EXPECT_EQ(found[1].content, "it was sound");
}

TEST(SpeakerTest, SurnameAfterHowThePersonLookedIsThePerson) {
  const std::vector<AttributedItem> found = Extracted(
      "\"These have been sad days,\" said a visibly moved Correa.\n\n\"Help "
      "is coming,\" said a tearful Alcivar.\n\n\"Help is coming,\" said a "
      "desperate HP.\n");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].speaker, "Correa");
  EXPECT_EQ(found[1].speaker, "Alcivar");
  // A word of no participle before a firm's letters names no person.
  EXPECT_NE(found[2].speaker, "HP");
}

TEST(SpeakerTest, NameAfterADescriptionIsThePerson) {
  const std::vector<AttributedItem> found = Extracted(
      "\"The toll is too high,\" said 9/11 widow Ana Ruiz.\n\n"
      "\"The toll is fair,\" said longtime ferryman Tom Berg.\n\n"
      "Those close to him say that the mayor will run.\n");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].speaker, "Ana Ruiz");
  EXPECT_EQ(found[0].speaker_words, "9/11 widow Ana Ruiz");
  EXPECT_EQ(found[1].speaker, "Tom Berg");
  EXPECT_EQ(found[2].speaker_words, "Those close to him");
}

TEST(SpeakerTest, SubjectAfterAnOpeningParticipleOrClauseSpeaks) {
  const std::vector<AttributedItem> found = Extracted(
      "Chastened by the vote, Mayor Ruiz revised the plan, promising to lower "
      "the toll.\n\nOnce in May, when the board mentioned the toll to her "
      "during a long meeting at the city hall, Ruiz laughed and said, \"The "
      "toll will fall.\"\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker_words, "Mayor Ruiz");
  EXPECT_EQ(found[0].content, "to lower the toll");
  EXPECT_EQ(found[1].speaker_words, "Ruiz");
}

TEST(SpeakerTest, CueOpeningALabelGoesBeforeItsSpeaker) {
  const std::vector<AttributedItem> found = Extracted(
      "The toll will rise. Said Ruiz: \"Nobody wants to pay it.\"\n\n"
      "Engineers spoke on Monday. \"It will hold,\" my father said.\n\n"
      "\"It is a waste of time,\" said Del. Stacey Plaskett.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].speaker_words, "Ruiz");
  EXPECT_EQ(found[0].content, "Nobody wants to pay it");
  EXPECT_EQ(found[1].speaker_words, "my father");
  // Her title's abbreviation is no part of her name.
  EXPECT_EQ(found[2].speaker, "Stacey Plaskett");
}

TEST(SpeakerTest, AbbreviatedTitleAfterAccordingToGoesOnToItsName) {
  const std::vector<AttributedItem> titled = Extracted(
      "The victims were in one room, according to Texas Department of Public "
      "Safety Lt. Chris Olivarez.");
  ASSERT_EQ(titled.size(), 1u);
  EXPECT_EQ(titled[0].speaker, "Chris Olivarez");
  // A period that ends the sentence ends the source.
  const std::vector<AttributedItem> ended = Extracted(
      "The victims were in one room, according to the Department of Public "
      "Safety. Chris Olivarez spoke later.");
  ASSERT_EQ(ended.size(), 1u);
  EXPECT_EQ(ended[0].speaker, "Department of Public Safety");
}

TEST(SpeakerTest, NameBeforeADashedAsideSpeaks) {
  const std::vector<AttributedItem> dashes = Extracted(
      "Tom Berg \xE2\x80\x94 the mayor of Dayton \xE2\x80\x94 said the "
      "bridge would reopen in May.\n\nThe judge -- who heard the case in "
      "March -- said she regretted her remarks.");
  ASSERT_EQ(dashes.size(), 2u);
  EXPECT_EQ(dashes[0].speaker, "Tom Berg");
  EXPECT_EQ(dashes[0].content, "the bridge would reopen in May");
  // How the text names her takes in the aside, as it does an apposition.
  EXPECT_EQ(dashes[1].speaker_words,
            "The judge -- who heard the case in March --");
  EXPECT_EQ(dashes[1].content, "she regretted her remarks");
}

TEST(SpeakerTest, RelativeClauseInsideAnAppositionLeavesItAnApposition) {
  // "a Navy veteran who now is a clerk" describes him; its verb is the
  // relative clause's.
  const std::vector<AttributedItem> found = Extracted(
      "Lance Beebe, 49, a Navy veteran who now is a clerk for the Air Force, "
      "said the base should stay open.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Lance Beebe");
  EXPECT_EQ(found[0].content, "the base should stay open");
}

TEST(SpeakerTest, AmpersandInAFirmsNameKeepsTheAppositionWhole) {
  const std::vector<AttributedItem> found = Extracted(
      "Oliver Hedge, who appraises golf courses for Cushman & Wakefield, "
      "said the industry had made great strides.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Oliver Hedge");
  EXPECT_EQ(found[0].content, "the industry had made great strides");
}

TEST(SpeakerTest, SubjectBeforeAnIrregularPastOrADescribedNounSpeaks) {
  // "began" is a verb though it lacks -ed; "retired" before its noun
  // describes it. Both leave the subject whole for the participle.
  const std::vector<AttributedItem> irregular = Extracted(
      "The mayor began with the flood, saying that the bridge would reopen "
      "in May.");
  ASSERT_EQ(irregular.size(), 1u);
  EXPECT_EQ(irregular[0].speaker_words, "The mayor");
  const std::vector<AttributedItem> described = Extracted(
      "The retired judge has given no details, saying that she would rule "
      "in May.");
  ASSERT_EQ(described.size(), 1u);
  EXPECT_EQ(described[0].speaker_words, "The retired judge");
}

TEST(SpeakerTest, PronounReportingAfterAndOpensAClauseOfItsOwn) {
  const std::vector<AttributedItem> reporting = Extracted(
      "Tom Berg is backing the mayor and he says he will do everything to "
      "help her.");
  ASSERT_EQ(reporting.size(), 1u);
  EXPECT_EQ(reporting[0].speaker_words, "he");
  EXPECT_EQ(reporting[0].content, "he will do everything to help her");
  // A belief after "and" may be the reported clause's own.
  const std::vector<AttributedItem> believing =
      Extracted("The mayor said the plan is complex and he feels he can win.");
  ASSERT_EQ(believing.size(), 1u);
  EXPECT_EQ(believing[0].content,
            "the plan is complex and he feels he can win");
}

TEST(SpeakerTest, DemonstrativeOpensASpeakerAfterAQuotationNotAnAdverb) {
  const std::vector<AttributedItem> source =
      Extracted("\"We will rebuild,\" this official told the Dayton Herald.");
  ASSERT_EQ(source.size(), 1u);
  EXPECT_EQ(source[0].speaker_words, "this official");
  EXPECT_TRUE(
      Extracted("But this only explains why the bridge closed.").empty());
}

TEST(SpeakerTest, WordsEndingOnADeterminerBeforeTheCueAreNoSpeaker) {
  // "its proposed toll": the cue word is an adjective of the object, and
  // "The council decreased its" no one who proposed.
  EXPECT_TRUE(Extracted("The council decreased its proposed toll of five "
                        "dollars in response.")
                  .empty());
  const std::vector<AttributedItem> speaker =
      Extracted("The council proposed a toll of five dollars in response.");
  ASSERT_EQ(speaker.size(), 1u);
  EXPECT_EQ(speaker[0].speaker_words, "The council");
}

TEST(SpeakerTest, StretchOfTimeBeforeTheCueIsNoSpeaker) {
  // "who for weeks had highlighted", "who has in the past described": the
  // time stands between the speaker and the cue, and is no one.
  for (const char* text :
       {"The mayor turned on Ruiz, who for weeks had highlighted the fees "
        "she received to call into question whether she is ready.\n",
        "Ruiz, who has in the past described the bridge as \"a death trap\" "
        "and \"a disgrace,\" clearly meant the crowd to hear it.\n",
        "Years after the flood, the mayor won by promising a new levee.\n"}) {
    for (const AttributedItem& item : Extracted(text)) {
      EXPECT_NE(item.speaker_words, "weeks") << text;
      EXPECT_NE(item.speaker_words, "the past") << text;
      EXPECT_NE(item.speaker_words, "Years") << text;
    }
  }
}
TEST(SpeakerTest, LongTitleRunsOnToItsStartBeforeTheCue) {
  // "Former Minister of Foreign Affairs Mariam El Sadig El Mahdi told": ten
  // capitalised words and an "of", one titled name.
  const std::vector<AttributedItem> found = Extracted(
      "Former Minister of Harbor and Coastal Affairs Ana Maria Ruiz Moreno "
      "told reporters that the levee had failed.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Ruiz Moreno");
}

}  // namespace
}  // namespace factcheck::extract
