// EntityTracker: finding the people a text names as the scan moves through
// it: a run of capitalised words read as a title and a name ("Secretary of
// State Antony Blinken"), a described name ("65-year-old Caridad
// Fernandez", "front-runner Hillary Clinton"), or a known surname, alone or
// after another given name.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"
#include "server/extract/calendar.h"
#include "server/extract/phrases.h"
#include "server/extract/places.h"
#include "server/extract/speaker_titles.h"
#include "server/extract/speaker_words.h"
#include "server/extract/speakers.h"

namespace factcheck::extract {

size_t EntityTracker::NameWordsIn(size_t first, size_t end) const {
  size_t words = 0;
  for (size_t k = end; k > first;) {
    const size_t word = NameWordBegin(k);
    k = word < k ? word : k - 1;
    ++words;
  }
  return words;
}

bool EntityTracker::HoldsOrganizationWord(size_t first, size_t end) const {
  for (size_t t = first; t < end; ++t) {
    if (IsOrganizationWord(Text(t))) return true;
  }
  return false;
}

bool EntityTracker::EndsABodyOrTitle(size_t t) const {
  if (tokens_[t].kind != TokenKind::kWord) return false;
  const absl::string_view word = Text(t);
  // "the Red Cross", "the Red Crescent": bodies whose last word is a
  // surname too ("Richard Cross").
  const bool red_cross = t > 0 && IsWordToken(t - 1, "red") &&
                         (word == "Cross" || word == "Crescent");
  if (IsInCapitals(word) || red_cross || IsPossessive(word) ||
      IsOrganizationWord(word)) {
    return true;
  }
  // "Senate Majority Leader": a title of up to four words ends at `t`.
  constexpr size_t kLongestTitleWords = 4;
  for (size_t k = t + 1; k-- > 0 && k + kLongestTitleWords > t;) {
    const std::optional<PhraseTable::Match> title =
        TitleLexicon().phrases.LongestAt(text_, tokens_, k);
    if (title && title->end == t + 1) return true;
  }
  return false;
}

bool EntityTracker::OtherGivenName(size_t given, const Entity& person) const {
  // Not a title ("Maj Gen Konashenkov", "Professor Epstein"), nor a month
  // or a day ("in March Rubio said"), nor a sentence's first word ('"Build
  // the wall." And Trump decried') or a joining word capitalised in a
  // slogan ("Settle For Hillary").
  if (given == 0 || tokens_[given].newline_before ||
      !IsCapitalizedWord(given) ||
      TitleLexicon().phrases.LongestAt(text_, tokens_, given).has_value() ||
      MonthNameEnd(given) != given || IsWeekday(Text(given)) ||
      OpensASentence(given) ||
      IsOneOf(Text(given),
              {"and", "or", "but", "for", "nor", "so", "yet", "of", "to", "in",
               "on", "at", "by", "with", "from", "as", "the", "a", "an"})) {
    return false;
  }
  // Inside a sentence: after a word, a comma or a closing quotation mark.
  const absl::string_view before = Text(given - 1);
  const bool inside = tokens_[given - 1].kind == TokenKind::kWord ||
                      before == "," || before == "\xE2\x80\x9D" ||
                      (before == "\"" && !tokens_[given - 1].space_before);
  if (!inside) return false;
  // The person's given name: the word before their surname and its
  // particles ("Harsha" of "Harsha de Silva").
  const std::vector<absl::string_view> name_words =
      absl::StrSplit(person.name, ' ');
  const size_t surname = SurnameStart(name_words);
  if (surname == 0) return false;
  const std::string known = absl::AsciiStrToLower(name_words[surname - 1]);
  const std::string written =
      absl::AsciiStrToLower(WordsOf(given, NameWordEnd(given)));
  if (known.empty() || written.empty()) return false;
  if (known.size() == 1 || written.size() == 1) return known[0] != written[0];
  return known != written;
}

bool EntityTracker::IsQuotedNickname(size_t t) const {
  return Valid(t + 3) && IsOneOf(Text(t), {"\"", "\xE2\x80\x9C"}) &&
         IsCapitalizedWord(t + 1) && !tokens_[t + 1].space_before &&
         IsOneOf(Text(t + 2), {"\"", "\xE2\x80\x9D"}) &&
         !tokens_[t + 2].space_before && IsCapitalizedWord(t + 3) &&
         !tokens_[t + 3].newline_before;
}

void EntityTracker::FindNamesBefore(size_t limit) {
  const Titles& titles = TitleLexicon();
  for (size_t t = names_scanned_; t < limit; ++t) {
    if (!IsCapitalizedWord(t)) continue;
    // A run of capitalised words, with "of", "for" and "and" inside titles
    // ("Secretary of State for Israel and Palestinian Affairs") and the dot
    // of "Mr." and "Gen.", within its line: a headline's last name is not
    // run into the capital opening the next line ("…, Says PM Varga\nThe").
    size_t end = std::max(NameWordEnd(t), t + 1);
    while (Valid(end) && !tokens_[end].newline_before) {
      // "Prime Minister Manmohan Singh Tuesday said": the day is no name.
      if (const size_t word_end = NameWordEnd(end);
          word_end > end && !IsWeekday(Text(end))) {
        end = word_end;
      } else if (IsQuotedNickname(end)) {
        // "President Joko \"Jokowi\" Widodo": the name runs on past it.
        end += 3;
      } else if (IsSymbol(end, ".") && !tokens_[end].space_before &&
                 IsCapitalizedWord(end + 1) &&
                 // Not a sentence's stop: "Dr. Carson and Cruz. I would".
                 (IsAbbreviation(Text(end - 1)) || IsInitial(end - 1))) {
        ++end;
      } else if ((IsWordToken(end, "of") || IsWordToken(end, "for") ||
                  IsWordToken(end, "and")) &&
                 IsCapitalizedWord(end + 1) &&
                 // "Sen. Susan Collins and (Texas) Rep. Louis Gohmert": a
                 // title after "and" opens another person's name; "President
                 // Joe Biden and First Lady Jill Biden": so does "and" after
                 // a given name and a surname.
                 !(IsWordToken(end, "and") &&
                   (titles.phrases.LongestAt(text_, tokens_, end + 1) ||
                    (IsCapitalizedWord(end + 2) &&
                     titles.phrases.LongestAt(text_, tokens_, end + 2)) ||
                    EndsAGivenNameAndSurname(t, end)))) {
        ++end;
      } else {
        break;
      }
    }
    // "Joseph R. Biden Jr.": a generational suffix is no surname.
    const size_t run_end = end;
    if (end > t + 2 &&
        IsOneOf(Text(end - 1), {"jr", "sr", "ii", "iii", "iv"})) {
      --end;
    }
    // The last title in the run; the name is the (at most two) capitalised
    // words after it.
    size_t title_end = t;
    std::string role;
    std::string title_words;
    for (size_t k = t; k < end; ++k) {
      if (std::optional<PhraseTable::Match> title =
              titles.phrases.LongestAt(text_, tokens_, k)) {
        if (title->end <= end) {
          title_end = title->end;
          // "Prime Minister Dr. Hubert Minnis": an honorific after the
          // office leaves the office the person's role ("the prime
          // minister" later).
          if (role.empty() || titles.roles[title->id] != "person") {
            role = titles.roles[title->id];
          }
          title_words = SpelledOut(
              absl::AsciiStrToLower(TextOf(text_, SpanOf(k, title->end))));
          k = title->end - 1;
        }
      }
    }
    // "front-runner Hillary Clinton", "the company's lawyer Jane Ruiz": a
    // lower-case description before a short run names a person.
    bool described = false;
    // "65-year-old Caridad Fernandez": an age names a person.
    if (title_end == t && t >= 5 && NameWordsIn(t, end) <= 3 &&
        IsWordToken(t - 1, "old") && IsSymbol(t - 2, "-") &&
        IsWordToken(t - 3, "year") && IsSymbol(t - 4, "-") &&
        tokens_[t - 5].kind == TokenKind::kDigits) {
      described = true;
    }
    if (!described && title_end == t && t > 0 && NameWordsIn(t, end) <= 3 &&
        tokens_[t - 1].kind == TokenKind::kWord && !IsCapitalizedWord(t - 1)) {
      if (std::optional<PhraseTable::Match> description =
              titles.phrases.LongestEndingAt(text_, tokens_, t - 1);
          description && !IsCapitalizedWord(description->begin)) {
        if (!HoldsOrganizationWord(t, end)) {
          described = true;
          role = titles.roles[description->id];
        }
      }
    }
    // The first tokens of its name words: the last two, and a third when it
    // opens right after the title ("Chair Debbie Wasserman Schultz"). Inline,
    // never the heap.
    absl::InlinedVector<size_t, 3> name;
    for (size_t k = end; k > title_end && name.size() < 3;) {
      size_t word = NameWordBegin(k);
      // "Harry M. Reid": a middle initial, its stop glued on, between the
      // given name and the surname.
      if (word == k && !name.empty() && k >= title_end + 3 &&
          IsSymbol(k - 1, ".") && !tokens_[k - 1].space_before &&
          IsInitial(k - 2)) {
        word = k - 2;
      }
      if (word == k || word < title_end) break;
      if (name.size() == 2 && word != title_end) break;
      name.insert(name.begin(), word);
      k = word;
    }
    // An initial opens no name: "Donald J. Trump" whose given name was not
    // taken is "Trump", not "J. Trump".
    if (name.size() >= 2 && IsInitial(name.front()) &&
        IsSymbol(name.front() + 1, ".")) {
      name.erase(name.begin());
    }
    // "the UN High Commissioner for Refugees": words a joiner ties to the
    // title are the title's, no name.
    if (!name.empty() && name.front() > t &&
        (IsWordToken(name.front() - 1, "of") ||
         IsWordToken(name.front() - 1, "for") ||
         IsWordToken(name.front() - 1, "and"))) {
      name.clear();
    }
    if ((title_end > t || described) && !name.empty()) {
      // "Mrs. Clinton" after "Bill Clinton" is another person.
      const Gender titled = GenderOfTitle(title_words);
      std::optional<size_t> person = PersonNamed(name.front(), end, titled);
      std::string full = WordsOf(name.front(), end);
      // "Mayor Ruiz" in a headline, then "Mayor Ana Ruiz": one person, under
      // the fuller name; not "Mrs. Clinton", then "former President Bill
      // Clinton".
      if (!person && name.size() == 2) {
        const Gender given = GenderOfGivenName(full);
        if (std::optional<size_t> known = PersonNamed(
                name.back(), end, titled != Gender::kUnknown ? titled : given);
            known && entities_[*known].name.find(' ') == std::string::npos) {
          person = known;
          entities_[*known].name = full;
          people_by_name_.emplace(absl::AsciiStrToLower(full), *known);
          if (given != Gender::kUnknown) SetGender(*known, given);
        }
      }
      if (!person) {
        person = Add(std::move(full), EntityType::kPerson, role);
      } else if (entities_[*person].role.empty()) {
        entities_[*person].role = role;
      }
      if (entities_[*person].gender == Gender::kUnknown) {
        SetGender(*person, titled);
      }
      if (entities_[*person].title.empty()) {
        entities_[*person].title = std::move(title_words);
      }
      Note(*person, t, end);
    } else {
      // The run's words, the last first ("Lazar", "Violeta", "Gabriela"):
      // a name word or a mark each.
      absl::InlinedVector<size_t, 4> words;
      for (size_t k = end; k > t && words.size() <= 3;) {
        const size_t word = NameWordBegin(k);
        k = word < k ? std::max(word, t) : k - 1;
        words.push_back(k);
      }
      // A known surname, alone or after a first name: "Biden", "Joe Biden".
      std::optional<size_t> person;
      if (words.size() <= 3) person = PersonNamed(words[0], end);
      // "Sorry Sarah" after Sarah Palin: a word before her first word is
      // no other given name of a Palin; a known given name makes it
      // another's surname ("Brian Jack" after Jack Dalrymple).
      // Asked only of a run that names someone: most name none, and the
      // scan passes every capitalised run.
      const auto by_first_word = [&] {
        const std::string last_word =
            absl::AsciiStrToLower(WordsOf(words[0], end));
        return !people_by_surname_.contains(last_word) &&
               people_by_first_word_.contains(last_word);
      };
      // Inside a quotation a first name is the speaker's familiar word for
      // someone ("Donald is very thin-skinned"), seldom whom the text goes
      // on about.
      if (person && by_first_word()) {
        if (words.size() >= 2 && EndsAGivenNameAndSurname(words[1], end)) {
          Note(Add(WordsOf(words[1], end), EntityType::kPerson, ""), t, end);
        } else if (!in_quote_[t]) {
          Note(*person, words[0], end);
        }
      } else if (person) {
        if (words.size() >= 2 && OtherGivenName(words[1], entities_[*person])) {
          // The whole name when it opens inside the sentence too:
          // "Gabriela Violeta Lazar".
          const size_t name_first =
              words.size() == 3 && OtherGivenName(t, entities_[*person])
                  ? t
                  : words[1];
          Note(Add(WordsOf(name_first, end), EntityType::kPerson, ""), t, end);
        } else {
          Note(*person, t, end);
        }
      } else if (words.size() >= 2 && words.size() <= 4 &&
                 IsSymbol(run_end, ",") &&
                 (IsWordToken(run_end + 1, "a") ||
                  IsWordToken(run_end + 1, "an") ||
                  IsWordToken(run_end + 1, "the") ||
                  IsWordToken(run_end + 1, "who") || OpensASentence(t) ||
                  IsSymbol(t - 1, ",")) &&
                 GenderOfGivenName(WordsOf(t, end)) != Gender::kUnknown &&
                 !HoldsOrganizationWord(t, end)) {
        // "Michelle F. Tanzer, a Boca Raton lawyer, …", "As darkness fell,
        // Mario Anderson, Haitian national chief of police, grew
        // concerned": a given name and a description after the comma, or
        // opening the clause, introduce a person the text may go on about
        // ("… she said"); "Michael Brown of Washington, D.C.,": their home
        // is no part of the name.
        size_t name_end = t + 1;
        while (name_end < end && !IsWordToken(name_end, "of")) ++name_end;
        Note(Add(WordsOf(t, name_end), EntityType::kPerson, ""), t, end);
      } else if (words.size() == 2 && !in_quote_[t] &&
                 !(t > 0 && IsSymbol(t - 1, ":")) &&
                 !IsPossessive(Text(words[0])) &&
                 GenderOfGivenName(WordsOf(t, end)) != Gender::kUnknown &&
                 !HoldsOrganizationWord(t, end)) {
        // "calling for Donald Trump to be banned": a given name and a
        // surname name a person whom the surname alone names later
        // ("Trump included …"), though the mention here, no subject,
        // stands for no pronoun. Not a page's field ("Writer: Tom Berg"),
        // nor within a quotation: a name the speaker says ("Donald Trump
        // is unfit") is seldom whom the text goes on about (PolNeAR train:
        // 6 resolutions fewer made wrong, 3 fewer right). Opening its
        // sentence, the name is its subject, whom a "he" after may stand
        // for: "Adrian Rodriguez returned to his flooded home. '…,' he
        // said."
        const size_t person = Add(WordsOf(t, end), EntityType::kPerson, "");
        if (OpensASentence(t)) Note(person, t, end);
      }
    }
    t = run_end - 1;
    names_scanned_ = run_end;
  }
  names_scanned_ = std::max(names_scanned_, limit);
}

}  // namespace factcheck::extract
