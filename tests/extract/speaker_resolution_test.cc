// Whom a speaker's words name, as real copy writes them, each a minimal
// pair: the person a pronoun, a title or a description stands for, and the
// key that lets two reports' words for one speaker meet.
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "tests/extract/attribution_scoring.h"

namespace factcheck::extract {
namespace {

// Each phrase of `cases` signing a quotation ('"…," PHRASE said.') names
// the speaker paired with it.
void ExpectSpeakersOfAQuotation(
    const std::vector<std::pair<std::string, std::string>>& cases) {
  for (const auto& [speaker, name] : cases) {
    const std::vector<AttributedItem> found = Extracted(
        absl::StrCat("\"The bridge will reopen in May,\" ", speaker, " said."));
    ASSERT_EQ(found.size(), 1u) << speaker;
    EXPECT_EQ(found[0].speaker, name) << speaker;
  }
}

TEST(SpeakerResolutionTest, GenericPossessorIsNoPartOfABodysKey) {
  // "the Caribbean nation's civil protection agency" and "the civil
  // protection agency" of another report are one body; a named possessor
  // ("Haiti's") stays in the key.
  const std::vector<AttributedItem> generic = Extracted(
      "The toll rose to 90, the Caribbean nation's civil protection agency "
      "said.");
  ASSERT_EQ(generic.size(), 1u);
  EXPECT_EQ(generic[0].speaker, "civil protection agency");
  const std::vector<AttributedItem> named =
      Extracted("The toll rose to 90, Haiti's civil protection agency said.");
  ASSERT_EQ(named.size(), 1u);
  EXPECT_EQ(named[0].speaker, "Haiti's civil protection agency");
}

TEST(SpeakerResolutionTest, NameAfterAChamberTitleIsTheWholeName) {
  // "Senate Majority Leader Mitch McConnell", "DNC Chair Debbie Wasserman
  // Schultz": the title is no part of the name, and a name of three words
  // right after it is whole.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Senate Majority Leader Ana Ruiz", "Ana Ruiz"},
      {"House Minority Whip Tom Berg", "Tom Berg"},
      {"Council Chair Debbie Lund Berg", "Debbie Lund Berg"},
      {"Mayor Debbie Lund Berg", "Debbie Lund Berg"},
      // A middle initial is the name's ("Harry M. Reid"), never its first
      // word.
      {"Senate Minority Leader Harry M. Berg", "Harry M. Berg"},
      {"Mayor Tom K. Berg", "Tom K. Berg"},
  };
  ExpectSpeakersOfAQuotation(cases);
}

TEST(SpeakerResolutionTest, PronounFarFromASpeakerIsTheSubjectBefore) {
  // "House Speaker Paul Ryan, …, believes McConnell is correct …. '…,' he
  // said": no one spoke near; the man who opened the sentence before is
  // whom the text goes on about, not the last man it named.
  const std::string paragraph =
      " Tom Berg, in office since the flood of the river and at every "
      "council meeting this year busy with the repairs of the old bridge, "
      "the loss of trade in the old town, the cost of the new road and the "
      "months of detours for the buses and the trucks, now stands with Lund "
      "on the date.";
  const std::string said =
      "\"The bridge will reopen in May,\" Governor Carl Lund said on "
      "Monday.\n\nThe river rose by three metres overnight in March, and "
      "the water took the old bridge, two roads and the ferry landing with "
      "it; the town has been cut in two since then, and the buses run a "
      "long way round by the dam, an hour longer for every trip.\n\n";
  const std::vector<AttributedItem> subject =
      Extracted(said + "Mayor" + paragraph + "\n\n\"I do think so,\" he said.");
  ASSERT_EQ(subject.size(), 2u);
  EXPECT_EQ(subject[1].speaker, "Tom Berg");
  // A sentence opened by a subordinate clause has its subject later.
  const std::vector<AttributedItem> subordinate = Extracted(
      said + "When Mayor" + paragraph + "\n\n\"I do think so,\" he said.");
  ASSERT_EQ(subordinate.size(), 2u);
  EXPECT_NE(subordinate[1].speaker, "Tom Berg");
}

TEST(SpeakerResolutionTest, TheAgencyIsTheBodyThatSpokeLast) {
  // "Haiti's Office of Civil Protection said …. '…,' the agency said": a
  // body's common noun alone stands for the body last heard; "Officials"
  // are no body's name, and "the port agency" describes one of its own.
  const std::vector<AttributedItem> body = Extracted(
      "Norway's Office of Civil Protection said the toll rose to 72.\n\n"
      "\"Teams have arrived,\" the agency said.");
  ASSERT_EQ(body.size(), 2u);
  EXPECT_EQ(body[1].speaker, "Norway's Office of Civil Protection");
  const std::vector<AttributedItem> officials = Extracted(
      "Officials said the toll rose to 72.\n\n\"Teams have arrived,\" "
      "the agency said.");
  ASSERT_EQ(officials.size(), 2u);
  EXPECT_EQ(officials[1].speaker, "agency");
  const std::vector<AttributedItem> described = Extracted(
      "Norway's Office of Civil Protection said the toll rose to 72.\n\n"
      "\"Teams have arrived,\" the port agency said.");
  ASSERT_EQ(described.size(), 2u);
  EXPECT_EQ(described[1].speaker, "port agency");
}

TEST(SpeakerResolutionTest, PronounAfterAQuestionIsThePersonAsked) {
  // "Scott Conroy asked Sanders whether …. '…,' he said": the one asked
  // answers; a question asked of no one named leaves the asker speaking.
  const std::vector<AttributedItem> asked = Extracted(
      "Mayor Tom Berg said the bridge was safe. Councilman Carl Lund asked "
      "Berg whether it would reopen by May.\n\n\"It will,\" he said.");
  ASSERT_EQ(asked.size(), 3u);
  EXPECT_EQ(asked[2].speaker, "Tom Berg");
  const std::vector<AttributedItem> unnamed = Extracted(
      "Mayor Tom Berg said the bridge was safe. Councilman Carl Lund asked "
      "whether it would reopen by May.\n\n\"It will,\" he said.");
  ASSERT_EQ(unnamed.size(), 3u);
  EXPECT_EQ(unnamed[2].speaker, "Carl Lund");
}

TEST(SpeakerResolutionTest, PersonWhoseNameFollowsABodysIsThatPerson) {
  // "the head of Lebanon's Red Cross George Kettani": no comma between the
  // body's name and its head's; a given name after a word that ends a body
  // or a title opens the person's name.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"the head of Norway's Red Cross Anna Berg", "Anna Berg"},
      {"the Oslo Times's Anna Berg", "Anna Berg"},
      {"Oslo Port CEO Anna Berg", "Anna Berg"},
      // A name word before the given name may be the person's own: "Ajaz
      // Ahmad Kakroo" is one person.
      {"Tariq Ahmad Malik", "Tariq Ahmad Malik"},
  };
  ExpectSpeakersOfAQuotation(cases);
}

TEST(SpeakerResolutionTest,
     AnotherGivenNameBeforeAKnownSurnameIsAnotherPerson) {
  // Two of a family in one story: "Marcel Lazar" is not "Gabriela Lazar",
  // whose surname he shares.
  const std::vector<AttributedItem> family = Extracted(
      "Gabriela Lazar said the flood was the worst in decades.\n\n"
      "\"We lost everything,\" Marcel Lazar said.");
  ASSERT_EQ(family.size(), 2u);
  EXPECT_EQ(family[0].speaker, "Gabriela Lazar");
  EXPECT_EQ(family[1].speaker, "Marcel Lazar");
  // Their surname alone names neither of them.
  const std::vector<AttributedItem> either = Extracted(
      "Gabriela Lazar said the flood was the worst in decades.\n\n"
      "\"We lost everything,\" Marcel Lazar said.\n\n\"The water came at "
      "night,\" Lazar said.");
  ASSERT_EQ(either.size(), 3u);
  EXPECT_EQ(either[2].speaker, "Lazar");
  // A month before the surname is no given name: "he" is still the one
  // named before.
  const std::vector<AttributedItem> month = Extracted(
      "Senator Marco Rubio spoke on Monday.\n\nIn March Rubio visited Iowa. "
      "\"We will win,\" he said.");
  ASSERT_EQ(month.size(), 1u);
  EXPECT_EQ(month[0].speaker, "Marco Rubio");
}

TEST(SpeakerResolutionTest,
     SheIsTheWomanAnHonorificNamedNotTheManWhoSpokeLast) {
  const std::vector<AttributedItem> found = Extracted(
      "Mrs. Ruiz said the budget was sound.\n\nMr. Hale said it was not. "
      "\"We will pass it,\" she said.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[2].speaker, "Ruiz");
  // Without an honorific that says otherwise, the last speaker.
  const std::vector<AttributedItem> unknown = Extracted(
      "Mrs. Ruiz said the budget was sound.\n\nDr. Hale said it was not. "
      "\"We will pass it,\" she said.");
  ASSERT_EQ(unknown.size(), 3u);
  EXPECT_EQ(unknown[2].speaker, "Hale");
}

TEST(SpeakerResolutionTest, SheIsNeverAManByHisGivenNameNorHeAWoman) {
  // "Tom" is a man's name: "she" is the woman who spoke before him.
  const std::vector<AttributedItem> found = Extracted(
      "Ana Ruiz said the budget was sound.\n\nTom Hale said it was not. "
      "\"We will pass it,\" she said.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[2].speaker, "Ana Ruiz");
  const std::vector<AttributedItem> he = Extracted(
      "Tom Hale said the budget was sound.\n\nAna Ruiz said it was not. "
      "\"We will pass it,\" he said.");
  ASSERT_EQ(he.size(), 3u);
  EXPECT_EQ(he[2].speaker, "Tom Hale");
  // Another person as the subject of the pronoun's sentence is no rival
  // when the speaker before is a woman (pronoun_after_other_subject.txt
  // has a man there, and no speaker).
  const std::vector<AttributedItem> subject = Extracted(
      "When Ana Ruiz said the plan had failed, the crowd cheered.\nMayor "
      "Tom Hale was booed when he said the budget was balanced.");
  ASSERT_EQ(subject.size(), 2u);
  EXPECT_EQ(subject[1].speaker, "Tom Hale");
  // A name borne by men and women alike says neither: the last speaker.
  const std::vector<AttributedItem> either = Extracted(
      "Ana Ruiz said the budget was sound.\n\nRobin Hale said it was not. "
      "\"We will pass it,\" she said.");
  ASSERT_EQ(either.size(), 3u);
  EXPECT_EQ(either[2].speaker, "Robin Hale");
  // Nor is a region of two words taken for a person anyone's "she".
  const std::vector<AttributedItem> region = Extracted(
      "Ana Ruiz said the budget was sound.\n\nSouth Carolina voters said "
      "it was not. \"We will pass it,\" she said.");
  ASSERT_FALSE(region.empty());
  EXPECT_NE(region.back().speaker, "South Carolina");
}

TEST(SpeakerResolutionTest, HeAfterASpeakerNamedByASurnameIsThatPerson) {
  const std::string quotation =
      " said the visit would help.\n\n\"I have never seen damage on this "
      "scale,\" he told reporters.\n";
  const std::vector<AttributedItem> surname = Extracted("Guterres" + quotation);
  ASSERT_EQ(surname.size(), 2u);
  EXPECT_EQ(surname[1].kind, "DIRECT");
  EXPECT_EQ(surname[1].speaker, "Guterres");
  // An agency in capitals or a country is "it", never "he": the quotation
  // is nobody's the text names.
  for (const char* body : {"NDMA", "Pakistan"}) {
    const std::vector<AttributedItem> found = Extracted(body + quotation);
    ASSERT_EQ(found.size(), 2u) << body;
    EXPECT_EQ(found[1].speaker, "") << body;
    EXPECT_EQ(found[1].speaker_words, "he") << body;
  }
  // A country that spoke after him is passed over.
  const std::vector<AttributedItem> after_a_country = Extracted(
      "Guterres said he hoped to help Pakistan, which has estimated the "
      "cost at $30 billion.\n\n\"I have never seen damage on this scale,\" "
      "he told reporters.\n");
  ASSERT_EQ(after_a_country.size(), 3u);
  EXPECT_EQ(after_a_country[1].speaker, "Pakistan");
  EXPECT_EQ(after_a_country[2].speaker, "Guterres");
}

TEST(SpeakerResolutionTest, TheClericsTitleNamesTheClericWithIt) {
  // "the cardinal" is the cardinal named before, and so is the "he" after
  // him (not the president named since); a bishop is no cardinal.
  const std::vector<AttributedItem> found = Extracted(
      "The Archbishop of Dayton, Cardinal Tom Reed, held a mass.\n\n\"We "
      "mourn,\" the cardinal said at his residence, where President Ana "
      "Ruiz prayed.\n\n\"We pray for peace,\" he said.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Tom Reed");
  EXPECT_EQ(found[1].speaker, "Tom Reed");
  const std::vector<AttributedItem> bishop = Extracted(
      "Bishop Tom Reed held a mass.\n\n\"We mourn,\" the cardinal "
      "said.\n");
  ASSERT_EQ(bishop.size(), 1u);
  EXPECT_EQ(bishop[0].speaker, "cardinal");
}

TEST(SpeakerResolutionTest, TitleWordNamesOnlyAPersonWithThatTitle) {
  // Mayors and sheriffs share a role, but "the mayor" is never the sheriff.
  const std::vector<AttributedItem> mayor = Extracted(
      "Mayor Ana Ruiz spoke first.\n\nSheriff Tom Reed said the roads were "
      "closed.\n\n\"We are safe,\" the mayor said.\n");
  ASSERT_EQ(mayor.size(), 2u);
  EXPECT_EQ(mayor[1].speaker, "Ana Ruiz");
  const std::vector<AttributedItem> no_mayor = Extracted(
      "Sheriff Tom Reed said the roads were closed.\n\n\"We are safe,\" the "
      "mayor said.\n");
  ASSERT_EQ(no_mayor.size(), 2u);
  EXPECT_EQ(no_mayor[1].speaker, "mayor");
  // "The president" is no prime minister, pope or vice president; "the
  // prime minister" and "the vice president" are theirs.
  for (const char* leader : {"Prime Minister Tom Reed", "Pope Tom Reed",
                             "Vice President Tom Reed"}) {
    const std::vector<AttributedItem> found =
        Extracted(std::string(leader) +
                  " spoke.\n\n\"We will help,\" the president said.\n");
    ASSERT_EQ(found.size(), 1u) << leader;
    EXPECT_EQ(found[0].speaker, "president") << leader;
  }
  struct Titled {
    const char* title;
    const char* described;
  };
  // "PM Tom Reed": the initials are the title they stand for.
  for (const Titled& t : {Titled{"Prime Minister", "prime minister"},
                          Titled{"PM", "prime minister"},
                          Titled{"Vice President", "vice president"}}) {
    const std::vector<AttributedItem> found = Extracted(absl::StrCat(
        "President Ana Ruiz spoke.\n\n", t.title,
        " Tom Reed spoke.\n\n\"We will help,\" the ", t.described, " said.\n"));
    ASSERT_EQ(found.size(), 1u) << t.described;
    EXPECT_EQ(found[0].speaker, "Tom Reed") << t.described;
  }
}

TEST(SpeakerResolutionTest, TwoTitledPeopleSpeakTogetherNotAsTheLastOne) {
  // "Sen. Ana Ruiz and Rep. Tom Reed suggested": their joint words are
  // neither's alone.
  for (const char* pair : {"Sen. Ana Ruiz and Rep. Tom Reed",
                           "Ohio Sen. Ana Ruiz and Texas Rep. Tom Reed"}) {
    const std::vector<AttributedItem> both =
        Extracted(std::string(pair) + " suggested they would back the bill.\n");
    ASSERT_EQ(both.size(), 1u) << pair;
    EXPECT_NE(both[0].speaker, "Tom Reed") << pair;
    EXPECT_NE(both[0].speaker, "Ana Ruiz") << pair;
  }
  const std::vector<AttributedItem> one =
      Extracted("Rep. Tom Reed suggested he would back the bill.\n");
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].speaker, "Tom Reed");
}

TEST(SpeakerResolutionTest,
     NameAfterATitleOfABodySpeaksAndTheOfficialIsThatPerson) {
  const std::vector<AttributedItem> found = Extracted(
      "The president of the Harbor Council of Dayton, Ana Ruiz Moreno, "
      "reported on Tuesday that two people died in the storm.\n\n"
      "In a meeting with the governor, the official specified that \"so far "
      "we know of two deaths in the county.\"\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Ana Ruiz Moreno");
  EXPECT_EQ(found[1].speaker, "Ana Ruiz Moreno");
}

TEST(SpeakerResolutionTest,
     DescriptionOpeningASentenceIsTheSubjectBeforeInThatRole) {
  // The senator who opened the sentence before, not the last one it named.
  const std::vector<AttributedItem> found = Extracted(
      "Sen. Ana Ruiz says the race is now between herself, Sen. Tom Berg and "
      "Sen. Lee Park.\n\nThe senator is predicting that she will win.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].speaker, "Ana Ruiz");
  // Not opening its sentence, the last named in the role.
  const std::vector<AttributedItem> inside = Extracted(
      "Sen. Ana Ruiz says the race is now between herself, Sen. Tom Berg and "
      "Sen. Lee Park.\n\n\"We will win,\" the senator said.\n");
  ASSERT_EQ(inside.size(), 2u);
  EXPECT_EQ(inside[1].speaker, "Lee Park");
}

TEST(SpeakerResolutionTest, TheSheriffIsTheSheriffNamedBefore) {
  const std::vector<AttributedItem> found = Extracted(
      "Harbor County Sheriff Dan Ortiz said on Monday that the roads were "
      "closed.\n\nThe sheriff said that \"next of kin have to be "
      "notified.\"\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Dan Ortiz");
  EXPECT_EQ(found[1].speaker, "Dan Ortiz");
}

TEST(SpeakerResolutionTest, HisStatementIsThePersonsOwnWords) {
  const std::vector<AttributedItem> own = Extracted(
      "Dan Ortiz said on Monday that the roads were closed.\n\n\"We will "
      "rebuild every bridge!\" his statement said.\n");
  ASSERT_EQ(own.size(), 2u);
  EXPECT_EQ(own[1].speaker, "Dan Ortiz");
  const std::vector<AttributedItem> document = Extracted(
      "Dan Ortiz said on Monday that the roads were closed.\n\n\"We will "
      "rebuild every bridge!\" the statement said.\n");
  ASSERT_EQ(document.size(), 2u);
  EXPECT_EQ(document[1].speaker, "statement");
}

TEST(SpeakerResolutionTest,
     PronounNobodyNamedStandsForKeepsItsClaimWithoutASpeaker) {
  const std::vector<AttributedItem> found = Extracted(
      "\"Don't shoot him,\" she said.\n\nI think the bridge should "
      "reopen.\n\n"
      // A phrase that names nobody is no speaker at all.
      "Recalling that summer, the plan was dropped.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].kind, "DIRECT");
  EXPECT_EQ(found[0].speaker, "");
  EXPECT_EQ(found[0].speaker_words, "she");
  EXPECT_EQ(found[1].speaker, "");
  EXPECT_EQ(found[1].speaker_words, "I");
  EXPECT_EQ(found[1].content, "the bridge should reopen");
}

TEST(SpeakerResolutionTest, HeAfterAPersonWhoToldAnAudienceIsThatPerson) {
  // Found as a speaker, the minister who told a press conference is the
  // "he" of the quotation after, not the president who spoke before him.
  const std::vector<AttributedItem> found = Extracted(
      "President Tom Reed appealed for help.\n\nHelicopters are needed, he "
      "said.\n\nInterior minister Omar Ruiz told a press conference the toll "
      "had risen to 100.\n\n\"It is a terrible situation,\" he said.\n");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[1].speaker, "Omar Ruiz");
  EXPECT_EQ(found[2].speaker, "Omar Ruiz");
}

TEST(SpeakerResolutionTest, HeAfterAnotherPersonOpensASentenceIsThatPerson) {
  // The text went on about Mr. Trump after the union leader spoke.
  const std::vector<AttributedItem> went_on = Extracted(
      "Union leader Richard Sabato said his members would march behind Mr. "
      "Trump.\n\nMr. Trump has railed against the trade deal. He has also "
      "attacked the company: \"I will never eat them again,\" he said.\n");
  ASSERT_EQ(went_on.size(), 2u);
  EXPECT_EQ(went_on[1].speaker, "Trump");
  const std::vector<AttributedItem> spoke_last = Extracted(
      "Union leader Richard Sabato said his members would march behind Mr. "
      "Trump.\n\n\"I will never give up on them,\" he said.\n");
  ASSERT_EQ(spoke_last.size(), 2u);
  EXPECT_EQ(spoke_last[1].speaker, "Richard Sabato");
}

TEST(SpeakerResolutionTest,
     HeAfterAPersonOfUnknownGenderOpensASentenceIsNoOne) {
  // '"…," Senator Mark Ellis said. Kasich took a different tack. "…," he
  // said': the text went on about Kasich, whom nothing shows to be a man,
  // after a man spoke; "he" may be either, so it names no one.
  const auto found = [](const char* governor) {
    return Extracted(absl::StrCat(
        "\"We will fix the water,\" Governor ", governor,
        " said on Monday.\n\n\"The plan is sound,\" Senator Mark Ellis "
        "said.\n\nKasich took a different tack. \"You have to unite "
        "people,\" he said.\n"));
  };
  const std::vector<AttributedItem> surname = found("Kasich");
  ASSERT_EQ(surname.size(), 3u);
  EXPECT_EQ(surname[2].speaker, "");
  // Named with a man's given name before, he is the one "he" stands for.
  const std::vector<AttributedItem> given = found("Tom Kasich");
  ASSERT_EQ(given.size(), 3u);
  EXPECT_EQ(given[2].speaker, "Tom Kasich");
}

TEST(SpeakerResolutionTest, AccentedGivenNameIsKnownAsItsPlainSpelling) {
  // "Luís Sánchez, a welder, …": the given name, spelled with its accent,
  // introduces the person whom the surname alone then names.
  for (const char* given : {"Luis", "Lu\xC3\xADs"}) {
    const std::vector<AttributedItem> found = Extracted(absl::StrCat(
        given,
        " Ortega, a welder, was one of the lucky ones.\n\n\"I saw cars "
        "floating past,\" Ortega said.\n"));
    ASSERT_EQ(found.size(), 1u) << given;
    EXPECT_EQ(found[0].speaker, absl::StrCat(given, " Ortega"));
  }
}

TEST(SpeakerResolutionTest, HeAfterASpeakerOfItsSentenceItCannotBeIsNoOne) {
  // '"…," Mrs. Berg said, and he added': "he" is not the woman who spoke
  // in its own sentence, and never the mayor who spoke a paragraph before.
  const auto found = [](const char* visitors, const char* speaker) {
    return Extracted(absl::StrCat(
        "\"The town will recover,\" Mayor Daniella Cava said.\n\n", visitors,
        " visited the town.\n\n\"They are going through hell,\" ", speaker,
        " said, and he added, \"They want to recover the bodies.\"\n"));
  };
  const char* couple = "President Tom Berg and First Lady Ann Berg";
  const std::vector<AttributedItem> she = found(couple, "Mrs. Berg");
  ASSERT_EQ(she.size(), 3u);
  EXPECT_EQ(she[1].speaker, "Ann Berg");
  EXPECT_EQ(she[2].speaker, "");
  // The surname both share names neither; "he" is whoever it names.
  const std::vector<AttributedItem> either = found(couple, "Berg");
  ASSERT_EQ(either.size(), 3u);
  EXPECT_EQ(either[2].speaker, "Berg");
  const std::vector<AttributedItem> president =
      found("President Tom Berg", "Berg");
  ASSERT_EQ(president.size(), 3u);
  EXPECT_EQ(president[2].speaker, "Tom Berg");
}

TEST(SpeakerResolutionTest, CapitalisedNameAfterTheIsNoPerson) {
  // "according to the Philippine Star", "the Wisconsin Republican said": a
  // name the text puts an article before is a body or a description, no
  // one a later "he" may be.
  const std::vector<AttributedItem> found = Extracted(
      "\"We will fix the water,\" Senator Mark Ellis said on Monday. The bill "
      "was filed the same day, according to the Philippine Star.\n\n\"There "
      "are no excuses,\" he said.\n");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found.back().speaker, "Mark Ellis");
}

TEST(SpeakerResolutionTest, PersonAfterALeadInOfWhereOrWhenIsItsSubject) {
  // "In his statement Saturday, Sanders did go further": the subject
  // stands after the lead-in's comma, and the text went on about him.
  for (const char* lead_in :
       {"In a statement on Saturday, ", "At a rally in Dayton, Ohio, "}) {
    const std::vector<AttributedItem> found = Extracted(absl::StrCat(
        "\"We will fix the water,\" Senator Mark Ellis said.\n\n", lead_in,
        "Governor Tom Berg went further.\n\n\"There are no excuses,\" he "
        "said.\n"));
    ASSERT_EQ(found.size(), 2u) << lead_in;
    EXPECT_EQ(found[1].speaker, "Tom Berg") << lead_in;
  }
  // No person after the lead-in: "he" is still the man who spoke last.
  const std::vector<AttributedItem> office = Extracted(
      "\"We will fix the water,\" Senator Mark Ellis said.\n\nIn a statement "
      "on Saturday, the governor's office went further.\n\n\"There are no "
      "excuses,\" he said.\n");
  ASSERT_FALSE(office.empty());
  EXPECT_EQ(office.back().speaker, "Mark Ellis");
}

TEST(SpeakerResolutionTest, PersonTheTextWentOnAboutIsTheHeThatSpeaksNext) {
  // A given name and a surname opening a sentence, or after who the person
  // is ("One resident,"), name whom a "he" after stands for, not the man
  // who spoke before; so do given names of Spanish and Italian news.
  const std::pair<const char*, const char*> kOpenings[] = {
      {"Adrian Rodriguez returned to his flooded home.", "Adrian Rodriguez"},
      {"One resident, Adrian Rodriguez, returned to his flooded home.",
       "Adrian Rodriguez"},
      {"Gabriel Alcivar, mayor of the town, pleaded for machines.",
       "Gabriel Alcivar"}};
  for (const auto& [opening, person] : kOpenings) {
    const std::vector<AttributedItem> found = Extracted(
        absl::StrCat("\"We are working,\" Mayor Sylvester Turner said.\n\n",
                     opening, "\n\n\"I lost everything,\" he said.\n"));
    ASSERT_EQ(found.size(), 2u) << opening;
    EXPECT_EQ(found[1].speaker, person) << opening;
  }
  // Named in passing, not as the subject, the person is not the "he".
  const std::vector<AttributedItem> passing = Extracted(
      "\"We are working,\" Mayor Sylvester Turner said.\n\nThe storm hit "
      "the home of Adrian Rodriguez.\n\n\"I lost everything,\" he said.\n");
  ASSERT_EQ(passing.size(), 2u);
  EXPECT_EQ(passing[1].speaker, "Sylvester Turner");
}

TEST(SpeakerResolutionTest, SurnameOfAPersonNamedInFullBeforeIsThatPerson) {
  // "calling for Donald Trump to be banned … Trump included …": the full
  // name, though no speaker's, makes the surname alone a man the text then
  // goes on about, whom "he" stands for rather than the man who spoke.
  const auto found = [](const char* given) {
    return Extracted(absl::StrCat(
        "A senator wants ", given,
        " Orwell barred from the hearings.\n\n\"There is no basis for the "
        "claims,\" Senator Mark Ellis said.\n\nAt a rally in Dayton, Ohio, "
        "Orwell repeated them. \"We cannot vet them,\" he said.\n"));
  };
  const std::vector<AttributedItem> david = found("David");
  ASSERT_EQ(david.size(), 2u);
  EXPECT_EQ(david[1].speaker, "David Orwell");
  // A woman by her given name is not "he": the man who spoke is.
  const std::vector<AttributedItem> diane = found("Diane");
  ASSERT_EQ(diane.size(), 2u);
  EXPECT_EQ(diane[1].speaker, "Mark Ellis");
}

TEST(SpeakerResolutionTest,
     PersonOpeningAQuotedOrSubordinateSentenceIsNoOneTheTextWentOnAbout) {
  // A sentence of the speaker's own words, and one opening on "While", do
  // not move the text to the person they name.
  const std::vector<AttributedItem> quoted = Extracted(
      "Senator Lindsey Graham spoke in Iowa. He said, \"We are losing. "
      "Donald Trump is destroying the party.\"\n\nHe added, \"It is "
      "sad.\"\n");
  ASSERT_EQ(quoted.size(), 2u);
  EXPECT_EQ(quoted[1].speaker, "Lindsey Graham");
  const std::string before =
      "Governor Tom Reed said the bridge would reopen.\n\n";
  const std::string after =
      "Senator Omar Ruiz had opposed the plan, the money came.\n\n\"It is "
      "a good day,\" he said.\n";
  const std::vector<AttributedItem> subordinate =
      Extracted(before + "While " + after);
  ASSERT_EQ(subordinate.size(), 2u);
  EXPECT_EQ(subordinate[1].speaker, "Tom Reed");
  const std::vector<AttributedItem> main_clause = Extracted(before + after);
  ASSERT_EQ(main_clause.size(), 2u);
  EXPECT_EQ(main_clause[1].speaker, "Omar Ruiz");
}

TEST(SpeakerResolutionTest,
     GivenNameAndDescriptionAfterACommaIntroduceAPerson) {
  const std::string before =
      "Lesley Deutch, a senior vice president, said the old model of private "
      "clubs was over.\n\n";
  const std::string after =
      ", a lawyer who represents resort owners, has helped clubs adapt. The "
      "golf industry, she said, is \"doing much better than it has since "
      "2009.\"\n";
  const std::vector<AttributedItem> person =
      Extracted(before + "Michelle F. Tanzer" + after);
  ASSERT_EQ(person.size(), 2u);
  EXPECT_EQ(person[1].speaker, "Michelle F. Tanzer");
  // A place or a body so described, named without a given name, is no
  // person "she" may be.
  const std::vector<AttributedItem> body =
      Extracted(before + "Boca West" + after);
  ASSERT_EQ(body.size(), 2u);
  EXPECT_EQ(body[1].speaker, "Lesley Deutch");
}

TEST(SpeakerResolutionTest,
     TitleOfTheOtherGenderNamesAnotherPersonOfTheSurname) {
  // "Mrs. Clinton" first, then "former President Bill Clinton": two
  // people, each found again by the title's gender.
  const std::vector<AttributedItem> found = Extracted(
      "With Mrs. Clinton facing questions, former President Bill Clinton "
      "flew to Ohio on Thursday.\n\nMrs. Clinton replied, \"As you know, "
      "it is good news.\" Mr. Clinton added, \"We will keep every "
      "promise.\"\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Clinton");
  EXPECT_EQ(found[1].speaker, "Bill Clinton");
}

TEST(SpeakerResolutionTest, ContractedPronounSpeaksAsThePronoun) {
  const std::vector<AttributedItem> found = Extracted(
      "Senator Ana Ruiz spoke on Monday. She\xE2\x80\x99s argued that the "
      "bridge should reopen.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Ana Ruiz");
  EXPECT_EQ(found[0].speaker_words, "She");
}

TEST(SpeakerResolutionTest,
     BodyNamedWithItsOfIsOneSpeakerAndItsHeadStandsForIt) {
  const std::vector<AttributedItem> found = Extracted(
      "The Ministry of Health said 30 people died. The ministry said more "
      "help was coming. The Ministry of Defence said the roads were open.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].speaker, "Ministry of Health");
  EXPECT_EQ(found[1].speaker, "Ministry of Health");
  EXPECT_EQ(found[2].speaker, "Ministry of Defence");
  // A document's "of" is no part of who speaks.
  const std::vector<AttributedItem> readout =
      Extracted("A White House readout of the call said the leaders spoke.");
  ASSERT_EQ(readout.size(), 1u);
  EXPECT_EQ(readout[0].speaker, "White House readout");
}

TEST(SpeakerResolutionTest, HyphenGluesTheWordsOfOneName) {
  // "Sung-in" is one word of the name: its "in" ends no phrase, and the
  // name is not cut at its hyphen.
  for (const char* text :
       {"\"We will not give up,\" President Lee Sung-in said.\n",
        "\"We will not give up,\" said President Lee Sung-in.\n",
        "President Lee Sung-in said the talks would go on.\n"}) {
    const std::vector<AttributedItem> found = Extracted(text);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].speaker, "Lee Sung-in") << text;
  }
  // A given name in two parts is the person's, whose surname alone names
  // them after: no other Moreau.
  const std::vector<AttributedItem> given = Extracted(
      "Commission President Jean-Luc Moreau said the deal was fair.\n\n"
      "\"It is a good deal,\" Moreau said.\n");
  ASSERT_EQ(given.size(), 2u);
  EXPECT_EQ(given[0].speaker, "Jean-Luc Moreau");
  EXPECT_EQ(given[1].speaker, "Jean-Luc Moreau");
  const std::vector<AttributedItem> plain = Extracted(
      "Commission President Luc Moreau said the deal was fair.\n\n"
      "\"It is a good deal,\" Moreau said.\n");
  ASSERT_EQ(plain.size(), 2u);
  EXPECT_EQ(plain[0].speaker, "Luc Moreau");
  EXPECT_EQ(plain[1].speaker, "Luc Moreau");
}

TEST(SpeakerResolutionTest, ParticleOpensTheSurnameItBelongsTo) {
  // "al-Sayegh", "de Mel": the particle is the surname's, which the text
  // may later write without it.
  const std::vector<AttributedItem> glued = Extracted(
      "Interior Minister Karim al-Sayegh said the roads were closed.\n\n"
      "\"We are working day and night,\" Sayegh said.\n");
  ASSERT_EQ(glued.size(), 2u);
  EXPECT_EQ(glued[0].speaker, "Karim al-Sayegh");
  EXPECT_EQ(glued[1].speaker, "Karim al-Sayegh");
  const std::vector<AttributedItem> spaced = Extracted(
      "Energy Minister Ravi de Mel said the grid was down.\n\n"
      "\"We are working day and night,\" de Mel said.\n");
  ASSERT_EQ(spaced.size(), 2u);
  EXPECT_EQ(spaced[0].speaker, "Ravi de Mel");
  EXPECT_EQ(spaced[1].speaker, "Ravi de Mel");
}

TEST(SpeakerResolutionTest, NameThatIsAlsoAMonthOrAModalIsAName) {
  // "Theresa May", "George Will": a capitalised month or "Will" after a
  // name, or alone after a quotation, is no time and no modal.
  const std::vector<AttributedItem> may = Extracted(
      "Prime Minister Ana May said the deal was fair.\n\n"
      "\"It is a good deal,\" May said.\n\n"
      "\"We will sign it,\" said Ana May.\n");
  ASSERT_EQ(may.size(), 3u);
  for (const AttributedItem& item : may) {
    EXPECT_EQ(item.speaker, "Ana May") << item.content;
  }
  const std::vector<AttributedItem> will =
      Extracted("Tom Will said the party was lost.\n");
  ASSERT_EQ(will.size(), 1u);
  EXPECT_EQ(will[0].speaker, "Tom Will");
  // In a headline in title case "Will" is the modal.
  for (const AttributedItem& item :
       Extracted("Ruiz Says Harbor Museum Will Tell of Floods\n\nThe "
                 "museum opens in May.\n")) {
    EXPECT_EQ(item.speaker.find("Will"), std::string::npos);
  }
  // In May, officials spoke: the month is when.
  const std::vector<AttributedItem> month =
      Extracted("Officials in May said the plan had failed.\n");
  ASSERT_EQ(month.size(), 1u);
  EXPECT_EQ(month[0].speaker, "Officials");
}

TEST(SpeakerResolutionTest, HonorificAfterTheOfficeLeavesTheOfficeTheRole) {
  // "Prime Minister Dr. Hubert Minnis", then "the prime minister".
  for (const char* named :
       {"Prime Minister Dr. Tom Reed", "Prime Minister Tom Reed"}) {
    const std::vector<AttributedItem> found = Extracted(absl::StrCat(
        "The toll rose to seven, ", named,
        " confirmed.\n\n\"Please share no images,\" the prime minister "
        "urged.\n"));
    ASSERT_EQ(found.size(), 2u) << named;
    EXPECT_EQ(found[1].speaker, "Tom Reed") << named;
  }
  // An honorific alone names no office.
  const std::vector<AttributedItem> doctor = Extracted(
      "The toll rose to seven, Dr. Tom Reed confirmed.\n\n\"Please share "
      "no images,\" the prime minister urged.\n");
  ASSERT_EQ(doctor.size(), 2u);
  EXPECT_NE(doctor[1].speaker, "Tom Reed");
}

TEST(SpeakerResolutionTest, CapitalisedTitleAfterTheIsThePersonOfThatTitle) {
  // "The Prime Minister said", "the Sheriff said": written with capitals
  // as some copy does, the title still names the person of that title.
  const std::vector<AttributedItem> found = Extracted(
      "Prime Minister Tom Reed visited Dayton on Tuesday.\n\nThe Prime "
      "Minister said the state has sanctioned more aid.\n\nHarbor County "
      "Sheriff Dan Ortiz spoke on Monday.\n\n\"We were not in the path,\" "
      "the Sheriff said.\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Tom Reed");
  EXPECT_EQ(found[1].speaker, "Dan Ortiz");
  // With no one of that title named, it is the description, as in lower
  // case, and no name.
  for (const char* title : {"The President", "the president"}) {
    const std::vector<AttributedItem> alone =
        Extracted(absl::StrCat("\"We will win,\" ", title, " said.\n"));
    ASSERT_EQ(alone.size(), 1u) << title;
    EXPECT_EQ(alone[0].speaker, "president") << title;
  }
}

TEST(SpeakerResolutionTest, SurnameMisspeltByOneLetterIsThePersonNamedBefore) {
  // Copy misspells a name it gave in full ("Dr. Ravi Wickremasinghe" …
  // "Wickramasinghe said"): one letter off a long surname of the story,
  // and no one else's, is that person.
  const std::vector<AttributedItem> misspelt = Extracted(
      "Dr. Ravi Wickremasinghe, the director of health services, said the "
      "count was revised.\n\n\"The bodies had been counted twice,\" "
      "Wickramasinghe said.");
  ASSERT_EQ(misspelt.size(), 2u);
  EXPECT_EQ(misspelt[1].speaker, "Ravi Wickremasinghe");
  // A short surname one letter off ("Kahn", "Khan") may be another's; so
  // is a plural ("the Ferreiras" is a family).
  const std::vector<AttributedItem> short_name = Extracted(
      "Dr. Omar Kahn said the count was revised.\n\n\"The bodies had been "
      "counted twice,\" Khan said.");
  ASSERT_EQ(short_name.size(), 2u);
  EXPECT_EQ(short_name[1].speaker, "Khan");
  const std::vector<AttributedItem> family = Extracted(
      "Mayor Lucia Ferreira said the count was revised.\n\n\"We lost our "
      "house,\" the Ferreiras said.");
  ASSERT_EQ(family.size(), 2u);
  EXPECT_NE(family[1].speaker, "Lucia Ferreira");
  const std::vector<AttributedItem> plural = Extracted(
      "Most Republicans said the count was wrong.\n\nOne Republican said "
      "the bodies had been counted twice.");
  ASSERT_EQ(plural.size(), 2u);
  EXPECT_NE(plural[1].speaker, "Most Republicans");
}

TEST(SpeakerResolutionTest, PronounAfterASurnameThatSpokeLastIsThatPersons) {
  // Biden, named by his surname alone, spoke after Levine Cava.
  const std::vector<AttributedItem> later = Extracted(
      "Levine Cava said Biden met the families.\n\n\"They are going through "
      "hell,\" Biden said. He added, \"The families are very realistic.\"");
  ASSERT_EQ(later.size(), 3u);
  EXPECT_EQ(later[2].speaker, "Biden");
  // Biden only named in another's words: Levine Cava spoke last.
  const std::vector<AttributedItem> named = Extracted(
      "Levine Cava said Biden met the families. He added, \"The families are "
      "very realistic.\"");
  ASSERT_EQ(named.size(), 2u);
  EXPECT_EQ(named[1].speaker, "Levine Cava");
  // A plural opening its sentence, a noun after an article or a weekday is
  // no surname.
  for (const char* between :
       {"Aides said the talks were hard.", "The Republican said talks went on.",
        "Wednesday, he called for more money."}) {
    const std::vector<AttributedItem> found = Extracted(
        absl::StrCat("\"We will rebuild,\" Mayor Tom Reed said. ", between,
                     " He added, \"The families are very realistic.\""));
    ASSERT_FALSE(found.empty()) << between;
    EXPECT_EQ(found.back().speaker, "Tom Reed") << between;
  }
}

}  // namespace
}  // namespace factcheck::extract
