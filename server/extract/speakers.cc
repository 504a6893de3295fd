#include "server/extract/speakers.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "server/extract/calendar.h"
#include "server/extract/name_particles.h"
#include "server/extract/phrases.h"
#include "server/extract/places.h"
#include "server/extract/speaker_titles.h"
#include "server/extract/speaker_words.h"

namespace factcheck::extract {

namespace {

std::string Lower(absl::string_view word) {
  return absl::AsciiStrToLower(word);
}

}  // namespace

EntityTracker::EntityTracker(absl::string_view text,
                             const std::vector<Token>& tokens,
                             const std::vector<Sentence>& sentences,
                             const std::vector<bool>& in_quote)
    : TokenQueries(text, tokens), sentences_(sentences), in_quote_(in_quote) {}

const std::vector<Entity>& EntityTracker::entities() {
  FindNamesBefore(tokens_.size());
  return entities_;
}

size_t EntityTracker::Add(std::string name, EntityType type, std::string role) {
  const size_t entity = entities_.size();
  if (type == EntityType::kPerson) {
    const std::string lower = Lower(name);
    people_by_name_.emplace(lower, entity);
    const auto add_surname = [&](absl::string_view surname) {
      if (const auto [known, added] =
              people_by_surname_.emplace(std::string(surname), entity);
          !added && known->second != entity) {
        shared_surnames_.emplace(surname);
      }
      FileMisspellings(surname, entity);
    };
    const absl::string_view surname = LastWord(lower);
    add_surname(surname);
    // "Sayegh" is "Karim al-Sayegh", and "de Mel" "Ravi de Mel".
    if (const size_t hyphen = surname.find('-');
        hyphen != absl::string_view::npos &&
        IsNameParticle(surname.substr(0, hyphen))) {
      add_surname(surname.substr(hyphen + 1));
    }
    // "von der Leyen" is "Ursula von der Leyen".
    const std::vector<absl::string_view> words = absl::StrSplit(lower, ' ');
    if (words.size() == 2 || words.size() == 3) {
      if (const auto [known, added] =
              people_by_first_word_.emplace(std::string(words[0]), entity);
          !added && known->second != entity) {
        known->second = SIZE_MAX;
      }
    }
    if (const size_t start = SurnameStart(words);
        start > 0 && start + 1 < words.size()) {
      people_by_name_.emplace(
          absl::StrJoin(words.begin() + start, words.end(), " "), entity);
    }
  }
  const Gender gender =
      type == EntityType::kPerson ? GenderOfGivenName(name) : Gender::kUnknown;
  entities_.push_back({std::move(name), type, std::move(role), {}});
  SetGender(entity, gender);
  return entity;
}

std::string EntityTracker::SurnameOfGender(absl::string_view surname,
                                           Gender gender) {
  return absl::StrCat(surname, gender == Gender::kFemale ? "\x01f" : "\x01m");
}

void EntityTracker::SetGender(size_t entity, Gender gender) {
  Entity& person = entities_[entity];
  person.gender = gender;
  if (gender == Gender::kUnknown || person.type != EntityType::kPerson) return;
  people_by_surname_and_gender_.emplace(
      SurnameOfGender(Lower(LastWord(person.name)), gender), entity);
}

void EntityTracker::Note(size_t entity, size_t first, size_t end) {
  const Span span = SpanOf(first, end);
  std::vector<Span>& spans = entities_[entity].mentions;
  auto at = std::lower_bound(
      spans.begin(), spans.end(), span,
      [](const Span& a, const Span& b) { return a.begin < b.begin; });
  if (at != spans.end() && at->begin == span.begin) return;
  spans.insert(at, span);
  auto place = std::lower_bound(
      mentions_.begin(), mentions_.end(), first,
      [](const Mention& m, size_t token) { return m.token < token; });
  mentions_.insert(place, {first, entity});
}

std::optional<size_t> EntityTracker::Resolve(size_t first, size_t end,
                                             size_t sentence_first) {
  const std::optional<size_t> entity =
      ResolvePhrase(first, end, sentence_first);
  if (entity) {
    auto at = std::lower_bound(
        spoke_.begin(), spoke_.end(), first,
        [](const Mention& m, size_t token) { return m.token < token; });
    spoke_.insert(at, {first, *entity});
  }
  return entity;
}

std::optional<size_t> EntityTracker::SurnameSpeakerBefore(size_t token,
                                                          size_t after) {
  // "Guterres said …. he said": a company, an agency or a country would be
  // "it"; a word in capitals ("NDMA") or of an organisation's name, a place
  // or a weekday ("Wednesday, he called for") stays one, and an earlier
  // speaker may be the surname ("Guterres said he hoped for support for
  // Pakistan, which has estimated the cost. … he told").
  size_t spoke_at = 0;
  const std::optional<size_t> speaker = NearSpeakerBefore(
      token,
      [](const Entity& entity) {
        const absl::string_view name = entity.name;
        return entity.type == EntityType::kOrganization &&
               name.find(' ') == absl::string_view::npos && name.size() >= 3 &&
               std::any_of(name.begin(), name.end(),
                           [](char c) { return absl::ascii_islower(c); }) &&
               !IsOrganizationWord(name) && !IsWeekday(name) &&
               CountriesOf(CanonicalPlace(name)).empty();
      },
      &spoke_at);
  if (!speaker || spoke_at < after) return std::nullopt;
  // Past a person who spoke (`after` set), only a word that reads as a
  // name: not one after an article ("the Republican said"), nor a plural
  // capitalised only as its sentence's first word ("Aides said",
  // "Prosecutors argued").
  if (after > 0) {
    const auto determiner = [this](size_t t) {
      return tokens_[t].kind == TokenKind::kWord &&
             IsDeterminer(Lower(Text(t)));
    };
    if (determiner(spoke_at) || (spoke_at > 0 && determiner(spoke_at - 1))) {
      return std::nullopt;
    }
    const auto sentence = FirstSentenceFrom(spoke_at);
    if (sentence != sentences_.end() && sentence->first_token == spoke_at &&
        absl::EndsWithIgnoreCase(Text(spoke_at), "s")) {
      return std::nullopt;
    }
  }
  Entity& entity = entities_[*speaker];
  entity.type = EntityType::kPerson;
  people_by_surname_.emplace(Lower(entity.name), *speaker);
  return speaker;
}

std::optional<size_t> EntityTracker::ResolvePhrase(size_t first, size_t end,
                                                   size_t sentence_first) {
  if (first >= end) return std::nullopt;
  FindNamesBefore(end);
  // Pronouns; "his statement said", "her tweet read": the person's own
  // words, as the pronoun's.
  const bool own_document =
      end == first + 2 &&
      (IsWordToken(first, "his") || IsWordToken(first, "her")) &&
      tokens_[first + 1].kind == TokenKind::kWord &&
      IsDocumentNoun(Lower(Text(first + 1)));
  if ((end == first + 1 || own_document) &&
      tokens_[first].kind == TokenKind::kWord) {
    // "he's said", "they\xE2\x80\x99ve argued": the pronoun speaks.
    const std::string lower = own_document
                                  ? std::string("he")
                                  : Lower(WithoutContraction(Text(first)));
    // Compared as a view, against literals of known length (no strlen).
    const absl::string_view pronoun = lower;
    std::optional<size_t> entity;
    if (pronoun == "he" || pronoun == "she" || pronoun == "him" ||
        pronoun == "her") {
      // The person who spoke last, near: "Steven McCraw said children
      // called 911, where 18-year-old Salvador Ramos killed 19. He says …"
      // is McCraw, not the person his words named.
      // "she" after "Mrs. Clinton" and "Mr. Trump" spoke is Mrs. Clinton.
      const Gender other =
          pronoun == "he" || pronoun == "him" ? Gender::kFemale : Gender::kMale;
      // Nor is a country or a region of two words or more taken for a
      // person ("South Carolina voters said" may leave one so typed)
      // anyone's pronoun; a surname alone may be a place's name too
      // ("Kerry", "Jordan").
      const auto may_be = [other](const Entity& e) {
        return e.type == EntityType::kPerson && e.gender != other &&
               !IsWeekday(e.name) &&
               (e.name.find(' ') == std::string::npos ||
                CountriesOf(CanonicalPlace(e.name)).empty());
      };
      // '"…," Biden said, and he added': a speaker of the pronoun's own
      // sentence it cannot be (read as Jill Biden, where Joe Biden was
      // meant) leaves it no one's, not a speaker further back.
      size_t spoke_at = 0;
      if (const std::optional<size_t> speaker_here = NearSpeakerBefore(
              first,
              [](const Entity& e) { return e.type == EntityType::kPerson; },
              &spoke_at);
          speaker_here && spoke_at >= sentence_first &&
          !may_be(entities_[*speaker_here])) {
        return std::nullopt;
      }
      entity = NearSpeakerBefore(first, may_be, &spoke_at);
      // A surname alone that spoke after that person, in the sentence
      // before the pronoun's or in its own, is the pronoun's: "Levine Cava
      // said Biden met the families. '…,' Biden said. He added" is Biden.
      if (const std::optional<size_t> surname = SurnameSpeakerBefore(
              first, entity ? std::max(spoke_at + 1,
                                       PreviousSentenceFirst(sentence_first)
                                           .value_or(sentence_first))
                            : 0)) {
        entity = surname;
      } else if (entity) {
        // A person who opens a sentence after the speaker spoke is whom
        // the text went on about: "Mr. Sabato said … Mr. Trump has railed
        // against … He has also fulminated … ''I love Oreos,'' he said"
        // is Trump; a person no word shows to be a man or a woman, after
        // one who is, makes the pronoun either's.
        const OtherSubject subject = SubjectBetween(
            spoke_at, std::min(first, sentence_first), *entity, may_be);
        if (subject.gender_unsure) return std::nullopt;
        if (subject.found) entity = subject.entity;
      }
      // The person who opened the sentence before, else the last named.
      if (!entity) entity = SubjectOfTheSentenceBefore(sentence_first, may_be);
      if (!entity) entity = LastBefore(first, may_be);
      // Another person as the subject of the pronoun's own sentence makes
      // it ambiguous.
      if (entity && sentence_first < first) {
        const Entity* chosen = &entities_[*entity];
        if (LastBefore(
                std::min(first, sentence_first + kSubjectReach),
                [chosen](const Entity& e) {
                  return &e != chosen && e.type == EntityType::kPerson;
                },
                sentence_first)) {
          return std::nullopt;
        }
      }
    } else if (pronoun == "it" || pronoun == "its") {
      entity = LastBefore(first, [](const Entity& e) {
        return e.type == EntityType::kOrganization ||
               e.type == EntityType::kDocument;
      });
    } else if (pronoun == "they" || pronoun == "them") {
      entity = LastBefore(
          first, [](const Entity& e) { return e.type != EntityType::kPerson; });
    } else if (pronoun == "i" || pronoun == "we" || pronoun == "you") {
      return std::nullopt;
    }
    if (pronoun == "he" || pronoun == "she" || pronoun == "him" ||
        pronoun == "her" || pronoun == "it" || pronoun == "its" ||
        pronoun == "they" || pronoun == "them") {
      if (entity) Note(*entity, first, end);
      return entity;
    }
  }
  // "Sen. Susan Collins and Rep. Louis Gohmert": two people, of whom the
  // last is not the one who spoke.
  const auto another_person_and = [&](size_t name) {
    for (size_t t = first + 1; t < name; ++t) {
      if (IsWordToken(t, "and") &&
          (PersonNamed(t - 1, t) ||
           (t >= first + 2 && PersonNamed(t - 2, t)))) {
        return true;
      }
    }
    return false;
  };
  // A known person at the phrase's end: "US President Joe Biden",
  // "Secretary of State Antony Blinken".
  if (const size_t last = NameWordBegin(end); last < end && last >= first) {
    const size_t given = last > first ? NameWordBegin(last) : last;
    // The last two name words ("Joe Biden"), then the last ("Biden").
    const size_t names[] = {given, last};
    for (size_t i = given < last && given >= first ? 0 : 1; i < 2; ++i) {
      const size_t name = names[i];
      if (std::optional<size_t> person = PersonNamed(
              name, end,
              GenderOfTitle(Lower(absl::StripTrailingAsciiWhitespace(TextOf(
                  text_,
                  {tokens_[first].span.begin, tokens_[name].span.begin})))))) {
        if (another_person_and(name)) break;
        Note(*person, first, end);
        return person;
      }
    }
  }
  // "9/11 widow Terry Strada", "longtime pollster Pat Caddell": a first
  // and last name after a lower-case description name a person; so does a
  // surname after "a" and words of how the person looked.
  {
    size_t run = end;
    size_t words = 0;
    for (size_t word = NameWordBegin(run); word < run && word >= first;
         word = NameWordBegin(run)) {
      run = word;
      ++words;
    }
    // "a visibly moved Correa", "a tearful Pedrosa": a surname alone after
    // "a" and a word or two of how the person looked or felt (a participle
    // or an adjective in "-ful": not "a desperate HP", "a registered
    // Republican").
    const auto describes_how_one_looked = [&] {
      constexpr size_t kMaxLookWords = 2;
      if (words != 1 ||
          !(IsWordToken(first, "a") || IsWordToken(first, "an")) ||
          run < first + 2 || run > first + 1 + kMaxLookWords ||
          IsInCapitals(Text(run)) || IsWeekday(Text(run)) ||
          IsOneOf(Text(run), {"republican", "democrat", "democratic",
                              "independent", "conservative", "liberal"}) ||
          !CountriesOf(CanonicalPlace(Text(run))).empty()) {
        return false;
      }
      for (size_t t = first + 1; t < run; ++t) {
        if (tokens_[t].kind != TokenKind::kWord || IsCapitalizedWord(t)) {
          return false;
        }
      }
      const absl::string_view look = Text(run - 1);
      return absl::EndsWith(look, "ed") || absl::EndsWith(look, "ful") ||
             absl::EndsWith(look, "ing");
    };
    if (((words >= 2 && words <= 3) || describes_how_one_looked()) &&
        run > first && !HoldsOrganizationWord(run, end) &&
        tokens_[run - 1].kind == TokenKind::kWord &&
        !IsCapitalizedWord(run - 1) && !IsDeterminer(Lower(Text(run - 1))) &&
        !IsOneOf(Text(run - 1), {"of", "for", "and", "at", "in", "on"})) {
      std::optional<size_t> person = PersonNamed(run, end);
      if (!person) person = Add(WordsOf(run, end), EntityType::kPerson, "");
      Note(*person, first, end);
      return person;
    }
  }
  if (std::optional<size_t> person = PersonAfterABodysName(first, end)) {
    Note(*person, first, end);
    return person;
  }
  // Without its determiner, and without a trailing "of …" ("a White House
  // readout of the conversation"); a body's name holds its "of" ("the
  // Ministry of Health", "Haiti's Office of Civil Protection"), whose first
  // words alone name no one.
  size_t begin = first;
  bool definite = false;
  while (begin < end && tokens_[begin].kind == TokenKind::kWord &&
         IsDeterminer(Lower(Text(begin)))) {
    definite = definite || IsWordToken(begin, "the");
    ++begin;
  }
  const auto in_a_body_s_name = [&](size_t of) {
    return of > begin && of + 1 < end && IsCapitalizedWord(of + 1) &&
           IsOrganizationWord(Text(of - 1));
  };
  size_t stop = begin;
  while (stop < end && !(IsWordToken(stop, "of") && !in_a_body_s_name(stop))) {
    ++stop;
  }
  if (begin >= stop) return std::nullopt;
  // "the Caribbean nation's civil protection agency": the country a story
  // is about, told by a common noun, is no part of the body's key; it is
  // another report's "civil protection agency" ("Haiti's" stays, and "the
  // city's mayor", whose one word after it would name nothing).
  static const absl::flat_hash_set<absl::string_view>* const kLands =
      new absl::flat_hash_set<absl::string_view>(
          {"nation", "country", "state", "city", "region", "province",
           "territory", "island", "county", "kingdom", "republic"});
  for (size_t t = stop - 1; t > begin + 1; --t) {
    const size_t possessor = t - 2;
    if (tokens_[possessor].kind == TokenKind::kWord &&
        IsPossessive(Text(possessor)) && !IsCapitalizedWord(possessor) &&
        kLands->contains(Lower(WithoutPossessive(Text(possessor))))) {
      begin = possessor + 1;
      break;
    }
  }

  // A titled or known name.
  if (std::optional<size_t> person = PersonNamed(begin, stop)) {
    Note(*person, first, end);
    return person;
  }
  bool capitalized = true;
  for (size_t t = begin; t < stop; ++t) {
    if (tokens_[t].kind != TokenKind::kWord) continue;
    capitalized = capitalized && IsCapitalizedWord(t);
  }
  const bool organization = HoldsOrganizationWord(begin, stop);
  const std::string head = Lower(Text(stop - 1));
  // "the readout", "the ministry": the entity last named with that head
  // ("the Ministry of Interior" too); "The Prime Minister said", "the
  // Sheriff said": a title, capitalised or not, is a description.
  const std::optional<PhraseTable::Match> title =
      TitleLexicon().phrases.LongestAt(text_, tokens_, begin);
  const bool only_a_title = title && title->end == stop;
  if (definite && (!IsCapitalizedWord(stop - 1) || only_a_title)) {
    if (std::optional<size_t> named =
            LastBefore(first, [&head](const Entity& entity) {
              return entity.type != EntityType::kPerson &&
                     (absl::EndsWithIgnoreCase(entity.name, head) ||
                      absl::EndsWithIgnoreCase(
                          absl::string_view(entity.name)
                              .substr(0, entity.name.find(" of ")),
                          head));
            })) {
      Note(*named, first, end);
      return named;
    }
    // "the top US diplomat": the person last mentioned in that role.
    for (size_t t = begin; t < stop; ++t) {
      // "the prime minister": two words name the role before one does.
      std::string described;
      absl::string_view role;
      if (t + 1 < stop) {
        described = Lower(WordsOf(t, t + 2));
        role = RoleOfDescription(described);
        if (!role.empty()) ++t;
      }
      if (role.empty()) {
        described = Lower(Text(t));
        role = RoleOfDescription(described);
      }
      if (role.empty()) continue;
      const auto in_role = [&](const Entity& e) {
        return e.type == EntityType::kPerson && e.role == role &&
               TitleAllows(e.title, described);
      };
      // Opening a sentence, the subject of the one before when the role is
      // theirs: "Marco Rubio says the race is between himself, Donald Trump
      // and Ted Cruz. The Florida senator is predicting …" is Rubio.
      std::optional<size_t> person =
          first == sentence_first
              ? SubjectOfTheSentenceBefore(sentence_first, in_role)
              : std::nullopt;
      if (!person) person = LastBefore(first, in_role);
      if (person) {
        Note(*person, first, end);
        return person;
      }
    }
    // "The president of the council, Ana Ruiz, reported … the official
    // specified": an official of any title, the person who spoke last.
    if (head == "official") {
      if (std::optional<size_t> person =
              LastSpeakerBefore(first, EntityType::kPerson)) {
        Note(*person, first, end);
        return person;
      }
    }
    // "Haiti's Office of Civil Protection said …. '…,' the agency said": a
    // body's common noun alone is the body that spoke last, one named as a
    // body ("Officials" at one are not it; "the UN refugee agency" and "the
    // department of archaeology" describe bodies of their own).
    if (stop == begin + 1 && stop == end &&
        IsOneOf(head, {"agency", "office", "department", "organization",
                       "organisation", "authority"})) {
      if (std::optional<size_t> body = BodySpeakerBefore(first)) {
        Note(*body, first, end);
        return body;
      }
    }
  }
  // As written, spaced as the text spaces it: "John P. Smith".
  std::string name;
  size_t words = 0;
  for (size_t t = begin; t < stop; ++t) {
    if (t > begin && tokens_[t].space_before) name.push_back(' ');
    absl::StrAppend(&name, Text(t));
    words += tokens_[t].kind == TokenKind::kWord;
  }
  // "The President said" with no president named: a description, as "the
  // president" is, which names no one the verifier could tell apart (not
  // a name "President" another report's president would seem to be).
  if (definite && only_a_title) {
    name = Lower(name);
    capitalized = false;
  }
  if (auto known = entities_by_name_.find(Lower(name));
      known != entities_by_name_.end()) {
    Note(known->second, first, end);
    return known->second;
  }
  EntityType type = EntityType::kGroup;
  if (IsDocumentNoun(head)) {
    type = EntityType::kDocument;
  } else if (organization || (capitalized && (words == 1 || definite))) {
    // "the Philippine Star", "the Kremlin": an article names no person.
    type = EntityType::kOrganization;
  } else if (capitalized && words <= 3) {
    type = EntityType::kPerson;
  }
  const size_t entity = Add(name, type, "");
  entities_by_name_.emplace(Lower(name), entity);
  Note(entity, first, end);
  return entity;
}

}  // namespace factcheck::extract
