#include "server/verify/speaker_names.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "server/extract/name_particles.h"
#include "server/extract/places.h"
#include "server/extract/text.h"
#include "unicode/utf8.h"

namespace factcheck::verify {
namespace {

absl::string_view WithoutArticleOrHonorific(absl::string_view name) {
  if (absl::StartsWithIgnoreCase(name, "the ")) name.remove_prefix(4);
  // "Donald Trump's call for …" names Donald Trump.
  name = extract::WithoutPossessive(name);
  // "Mr. Trump" is Trump, whom "Donald Trump" names in full.
  for (absl::string_view honorific :
       {"Mr. ", "Mrs. ", "Ms. ", "Mr ", "Mrs ", "Ms "}) {
    if (absl::StartsWith(name, honorific)) {
      name.remove_prefix(honorific.size());
      break;
    }
  }
  return name;
}

// "NDMA’s latest sit rep" and "NDMA's latest sit rep": one apostrophe. A
// judgement asks this of every prior, so only a name holding the curly one
// is copied (into `storage`).
absl::string_view WithStraightApostrophes(absl::string_view name,
                                          std::string* storage) {
  // Most names hold no byte of a curly apostrophe: one memchr tells.
  if (name.find('\xE2') == absl::string_view::npos ||
      !absl::StrContains(name, "\xE2\x80\x99")) {
    return name;
  }
  *storage = absl::StrReplaceAll(name, {{"\xE2\x80\x99", "'"}});
  return *storage;
}

// "Khaled al-Falih" and "Khaled Al Falih": how a name's words are joined
// is the writer's style. Only a name holding a hyphen is copied (into
// `storage`).
absl::string_view WithHyphensAsSpaces(absl::string_view name,
                                      std::string* storage) {
  if (name.find('-') == absl::string_view::npos) return name;
  storage->assign(name.data(), name.size());
  std::replace(storage->begin(), storage->end(), '-', ' ');
  return *storage;
}

// Whether `word` is initials with their points: "J.", "J.P.".
bool IsInitials(absl::string_view word) {
  if (word.empty() || word.size() % 2 != 0) return false;
  for (size_t i = 0; i < word.size(); i += 2) {
    if (!absl::ascii_isupper(static_cast<unsigned char>(word[i])) ||
        word[i + 1] != '.') {
      return false;
    }
  }
  return true;
}

// "J.P. Nadda" and "J. P. Nadda" are "JP Nadda": the points and spaces of
// initials are the writer's style. Only a name holding a point is copied
// (into `storage`).
absl::string_view WithInitialsJoined(absl::string_view name,
                                     std::string* storage) {
  if (name.find('.') == absl::string_view::npos) return name;
  storage->clear();
  bool after_initials = false;
  for (absl::string_view word : absl::StrSplit(name, ' ', absl::SkipEmpty())) {
    const bool initials = IsInitials(word);
    if (!storage->empty() && !(after_initials && initials)) {
      storage->push_back(' ');
    }
    if (initials) {
      for (size_t i = 0; i < word.size(); i += 2) storage->push_back(word[i]);
    } else {
      storage->append(word.data(), word.size());
    }
    after_initials = initials;
  }
  return *storage;
}

}  // namespace

ComparableName::ComparableName(absl::string_view name)
    : name_(name),
      comparable_(WithInitialsJoined(
          WithHyphensAsSpaces(
              unicode::WithoutLatinAccents(
                  WithStraightApostrophes(WithoutArticleOrHonorific(name),
                                          &straight_),
                  &plain_),
              &spaced_),
          &joined_)) {}

bool SameSpeaker(const ComparableName& a, absl::string_view b) {
  // A judgement asks this of every prior, and many are by the claim's
  // speaker spelled alike, whom the rules below would find the same.
  if (a.name() == b) return true;
  const ComparableName b_name(b);
  const absl::string_view x = a.comparable();
  const absl::string_view y = b_name.comparable();
  if (absl::EqualsIgnoreCase(x, y)) return true;
  // "Blinken" and "Antony Blinken": one name is the other's surname.
  const absl::string_view shorter = x.size() < y.size() ? x : y;
  const absl::string_view longer = x.size() < y.size() ? y : x;
  return !shorter.empty() && shorter.find(' ') == absl::string_view::npos &&
         longer.size() > shorter.size() &&
         longer[longer.size() - shorter.size() - 1] == ' ' &&
         absl::EndsWithIgnoreCase(longer, shorter);
}

namespace {

// Whether names `x` and `y` of kMinAlikeNameLetters or more differ by
// one letter added, dropped or changed.
bool OneLetterApart(absl::string_view x, absl::string_view y) {
  const absl::string_view shorter = x.size() < y.size() ? x : y;
  const absl::string_view longer = x.size() < y.size() ? y : x;
  if (shorter.size() < kMinAlikeNameLetters ||
      longer.size() > shorter.size() + 1) {
    return false;
  }
  // One edit: the first difference, then the rest alike past a changed
  // letter (same lengths) or past the longer one's extra letter.
  size_t i = 0;
  while (i < shorter.size() &&
         absl::ascii_tolower(static_cast<unsigned char>(shorter[i])) ==
             absl::ascii_tolower(static_cast<unsigned char>(longer[i]))) {
    ++i;
  }
  if (i == longer.size()) return false;
  const size_t skip = longer.size() == shorter.size() ? 1 : 0;
  return absl::EqualsIgnoreCase(shorter.substr(i + skip), longer.substr(i + 1));
}

// The last word of `name`.
absl::string_view LastWord(absl::string_view name) {
  return name.substr(name.rfind(' ') + 1);
}

// The word before the last of `name`, or "" when it has one word.
absl::string_view GivenName(absl::string_view name) {
  const size_t last = name.rfind(' ');
  if (last == absl::string_view::npos) return "";
  const absl::string_view rest = name.substr(0, last);
  return rest.substr(rest.rfind(' ') + 1);
}

}  // namespace

bool SpelledAlike(absl::string_view a, absl::string_view b) {
  std::string a_storage, b_storage;
  const absl::string_view plain_a = unicode::WithoutLatinAccents(a, &a_storage);
  const absl::string_view plain_b = unicode::WithoutLatinAccents(b, &b_storage);
  const absl::string_view x = LastWord(plain_a);
  const absl::string_view y = LastWord(plain_b);
  if (!absl::EqualsIgnoreCase(x, y)) return OneLetterApart(x, y);
  return OneLetterApart(GivenName(plain_a), GivenName(plain_b));
}

bool NamedByGivenNameAlone(const ComparableName& a, absl::string_view b) {
  const ComparableName b_name(b);
  const absl::string_view x = a.comparable();
  const absl::string_view y = b_name.comparable();
  const absl::string_view one = x.size() < y.size() ? x : y;
  const absl::string_view more = x.size() < y.size() ? y : x;
  return !one.empty() && one.find(' ') == absl::string_view::npos &&
         more.size() > one.size() && more[one.size()] == ' ' &&
         absl::StartsWithIgnoreCase(more, one);
}

bool GivenNameShortened(const ComparableName& a, absl::string_view b) {
  // Common English short forms of given names, each with its full form.
  static constexpr std::pair<absl::string_view, absl::string_view>
      kShortForms[] = {{"abe", "abraham"},     {"alex", "alexander"},
                       {"alex", "alexandra"},  {"andy", "andrew"},
                       {"ben", "benjamin"},    {"bernie", "bernard"},
                       {"beth", "elizabeth"},  {"betty", "elizabeth"},
                       {"bill", "william"},    {"billy", "william"},
                       {"bob", "robert"},      {"bobby", "robert"},
                       {"charlie", "charles"}, {"chris", "christopher"},
                       {"chris", "christine"}, {"chuck", "charles"},
                       {"dan", "daniel"},      {"danny", "daniel"},
                       {"dave", "david"},      {"dick", "richard"},
                       {"don", "donald"},      {"doug", "douglas"},
                       {"ed", "edward"},       {"fred", "frederick"},
                       {"gene", "eugene"},     {"greg", "gregory"},
                       {"hank", "henry"},      {"jack", "john"},
                       {"jeff", "jeffrey"},    {"jen", "jennifer"},
                       {"jenny", "jennifer"},  {"jerry", "gerald"},
                       {"jim", "james"},       {"jimmy", "james"},
                       {"joe", "joseph"},      {"joey", "joseph"},
                       {"jon", "jonathan"},    {"josh", "joshua"},
                       {"kate", "katherine"},  {"kate", "catherine"},
                       {"kathy", "katherine"}, {"kathy", "kathleen"},
                       {"ken", "kenneth"},     {"larry", "lawrence"},
                       {"liz", "elizabeth"},   {"maggie", "margaret"},
                       {"matt", "matthew"},    {"mike", "michael"},
                       {"nate", "nathan"},     {"nick", "nicholas"},
                       {"pat", "patrick"},     {"pat", "patricia"},
                       {"peggy", "margaret"},  {"pete", "peter"},
                       {"phil", "philip"},     {"ray", "raymond"},
                       {"rick", "richard"},    {"rob", "robert"},
                       {"ron", "ronald"},      {"sam", "samuel"},
                       {"steve", "stephen"},   {"steve", "steven"},
                       {"sue", "susan"},       {"ted", "edward"},
                       {"ted", "theodore"},    {"tim", "timothy"},
                       {"tom", "thomas"},      {"tommy", "thomas"},
                       {"tony", "anthony"},    {"vince", "vincent"},
                       {"walt", "walter"},     {"will", "william"},
                       {"zach", "zachary"}};
  const absl::string_view x = a.comparable();
  // A judgement asks this of every prior giving the words to another: most
  // are of a surname with another first letter, told without making the
  // name comparable (which only drops accents, points and hyphens).
  const absl::string_view x_surname = LastWord(x);
  const absl::string_view b_surname = LastWord(b);
  if (!x_surname.empty() && !b_surname.empty() &&
      absl::ascii_isalpha(static_cast<unsigned char>(b_surname.front())) &&
      absl::ascii_tolower(static_cast<unsigned char>(x_surname.front())) !=
          absl::ascii_tolower(static_cast<unsigned char>(b_surname.front())) &&
      !absl::StrContains(b_surname, "-")) {
    return false;
  }
  const ComparableName b_name(b);
  const absl::string_view y = b_name.comparable();
  if (!absl::EqualsIgnoreCase(x_surname, LastWord(y))) return false;
  const absl::string_view x_given = GivenName(x);
  const absl::string_view y_given = GivenName(y);
  for (const auto& [short_form, full] : kShortForms) {
    if ((absl::EqualsIgnoreCase(x_given, short_form) &&
         absl::EqualsIgnoreCase(y_given, full)) ||
        (absl::EqualsIgnoreCase(y_given, short_form) &&
         absl::EqualsIgnoreCase(x_given, full))) {
      return true;
    }
  }
  return false;
}

namespace {

// Whether `name` stands as whole words in `text`, and is not all of it.
bool NamedWithin(absl::string_view text, absl::string_view name) {
  if (name.empty() || text.size() <= name.size()) return false;
  auto is_letter = [](char c) {
    return absl::ascii_isalnum(static_cast<unsigned char>(c)) ||
           (c & 0x80) != 0;
  };
  for (size_t at = text.find(name); at != absl::string_view::npos;
       at = text.find(name, at + 1)) {
    const size_t end = at + name.size();
    if ((at == 0 || !is_letter(text[at - 1])) &&
        (end == text.size() || !is_letter(text[end]))) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool NamesNoOne(const factcheck::v1::AttributedClaim& claim) {
  const absl::string_view text = claim.speaker_text();
  if (absl::StartsWithIgnoreCase(text, "a ") ||
      absl::StartsWithIgnoreCase(text, "an ")) {
    return true;
  }
  static constexpr absl::string_view kDocuments[] = {
      "statement", "report", "letter",   "communique",   "release", "post",
      "tweet",     "memo",   "document", "announcement", "notice",  "bulletin"};
  const absl::string_view speaker = WithoutArticleOrHonorific(claim.speaker());
  for (absl::string_view document : kDocuments) {
    if (absl::EqualsIgnoreCase(speaker, document)) return true;
  }
  // "Most Southern Democrats", "Some Republicans": a part of a group; a
  // title and one word ("Former Security", a slip for "Former Secretary of
  // State Hillary Clinton") is no name either.
  absl::string_view first;
  size_t word_count = 0;
  for (absl::string_view word :
       absl::StrSplit(speaker, ' ', absl::SkipEmpty())) {
    if (word_count == 0) first = word;
    if (++word_count > 2) break;
  }
  if (word_count > 0 &&
      (extract::IsOneOf(first, {"most", "many", "some", "several", "few", "all",
                                "both", "other", "others", "half"}) ||
       (word_count == 2 &&
        extract::IsOneOf(first, {"former", "acting", "then"})))) {
    return true;
  }
  // "the Israeli prime minister", "the UN's Middle East envoy", "health
  // officials": a description the text never resolved to a name may be the
  // one another report names. A name's words are capitalised, but for its
  // particles ("Ursula von der Leyen", "Abdel Fattah al-Sisi").
  for (absl::string_view word : absl::StrSplit(speaker, ' ')) {
    if (word.empty() ||
        !absl::ascii_islower(static_cast<unsigned char>(word.front()))) {
      continue;
    }
    if (!extract::IsNameParticle(word.substr(0, word.find('-')))) return true;
  }
  return false;
}

bool SpeaksFor(const factcheck::v1::AttributedClaim& a,
               const factcheck::v1::AttributedClaim& b) {
  // "the Health Ministry" and "Health Minister Ali Hassan": a ministry
  // speaks through its minister.
  auto minister_of = [](absl::string_view body) {
    return absl::StrContains(body, "Ministry")
               ? absl::StrReplaceAll(body, {{"Ministry", "Minister"}})
               : std::string();
  };
  return NamedWithin(b.speaker_text(), a.speaker()) ||
         NamedWithin(a.speaker_text(), b.speaker()) ||
         NamedWithin(b.speaker_text(), minister_of(a.speaker())) ||
         NamedWithin(a.speaker_text(), minister_of(b.speaker()));
}

}  // namespace factcheck::verify
