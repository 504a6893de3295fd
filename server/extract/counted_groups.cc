// MeasureBinder: who among the counted a number is about ("44 children",
// "729 of their troops", "the number of Palestinian children killed"), the
// side a count of soldiers is of and who claims it, and the asides that
// describe the counted on the way to the verb that counts them.
#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "server/extract/calendar.h"
#include "server/extract/data_rows.h"
#include "server/extract/measure_binding.h"
#include "server/extract/phrases.h"
#include "server/extract/places.h"

namespace factcheck::extract {

extern const char kSubgroupsTsv[];

const MeasureBinder::Subgroups& MeasureBinder::SubgroupLexicon() {
  static const Subgroups* const kSubgroups = [] {
    auto* subgroups = new Subgroups();
    for (const std::vector<absl::string_view>& fields :
         DataRows(kSubgroupsTsv, 2)) {
      subgroups->names.emplace_back(fields[1]);
      subgroups->phrases.Add(
          fields[0], static_cast<uint32_t>(subgroups->names.size() - 1));
    }
    return subgroups;
  }();
  return *kSubgroups;
}

size_t MeasureBinder::NationalsEnd(size_t t, std::string* people) const {
  if (!IsCapitalizedWord(t)) return t;
  if (std::optional<std::string> country = CountryOfItsPeople(Text(t))) {
    *people = PeopleFrom(*country);
    return t + 1;
  }
  // "One Austrian was among the dead": an adjective its verb makes a
  // person.
  if (Valid(t + 1) && IsOneOf(Text(t + 1), {"was", "is", "has"})) {
    if (std::optional<std::string> country = CountryOfAdjective(Text(t))) {
      *people = PeopleFrom(*country);
      return t + 1;
    }
  }
  // "US citizens", "French nationals": a country or its adjective before
  // the word for those who belong to it.
  if (!IsWordToken(t + 1, "citizens") && !IsWordToken(t + 1, "nationals")) {
    return t;
  }
  std::optional<std::string> country = CountryOfAdjective(Text(t));
  if (!country.has_value()) {
    std::string place = CanonicalPlace(Text(t));
    if (!IsCountry(place)) return t;
    country = std::move(place);
  }
  *people = PeopleFrom(*country);
  return t + 2;
}

size_t MeasureBinder::OriginEnd(size_t first, size_t end) const {
  // "90,000 ethnic Armenian civilians": the people the adjective names.
  if (IsWordToken(first, "ethnic") && first + 1 < end) {
    const size_t after = OriginEnd(first + 1, end);
    return after != first + 1 ? after : first;
  }
  if (!IsCapitalizedWord(first)) return first;
  // "two US citizens", "five French nationals": the people counted, not
  // whose.
  if (std::string people; NationalsEnd(first, &people) != first) return first;
  size_t name_end = CountryOfAdjective(Text(first)).has_value()
                        ? first + 1
                        : PlaceNameEnd(first, end);
  if (name_end == first) name_end = NameOfTheCountedEnd(first, end);
  const bool noun_follows = name_end > first && name_end < end &&
                            tokens_[name_end].kind == TokenKind::kWord &&
                            !IsCapitalizedWord(name_end);
  return noun_follows ? name_end : first;
}

size_t MeasureBinder::NameOfTheCountedEnd(size_t first, size_t end) const {
  size_t name_end = first;
  while (name_end < end && name_end < first + kMaxNameWords &&
         ((IsCapitalizedWord(name_end) &&
           MonthNameOf(Text(name_end)) == MonthName::kNone) ||
          (name_end > first && JoinsName(name_end)))) {
    ++name_end;
  }
  if (name_end == first || name_end >= end || JoinsName(name_end - 1)) {
    return first;
  }
  if (SubgroupLexicon().phrases.LongestAt(text_, tokens_, name_end)) {
    return name_end;
  }
  const std::optional<MeasureMatch> noun =
      MeasureLexicon::Get().At(text_, tokens_, name_end);
  // "residents", "people"; not "personnel" or "troops", which a list may
  // name beside what they brought ("landed with 39 NDRF personnel and 3.5
  // tonnes of relief material").
  return noun.has_value() && noun->entry->measure == "people" ? name_end
                                                              : first;
}

std::string MeasureBinder::JoinedSubgroups(const std::string& first,
                                           const std::string& second) {
  // Two groups that together are everyone counted: children and adults;
  // in a war, civilians and soldiers or fighters.
  const auto everyone = [&](absl::string_view a, absl::string_view b) {
    return (first == a && second == b) || (first == b && second == a);
  };
  if (everyone("children", "adults") || everyone("civilians", "soldiers") ||
      everyone("civilians", "fighters")) {
    return "";
  }
  return first == second ? first : absl::StrCat(first, " and ", second);
}

size_t MeasureBinder::ClassedAsEnd(size_t first, size_t end) const {
  constexpr size_t kReach = 4;
  // Most counts have no "as" after them: looked for first, by length.
  bool as_follows = false;
  for (size_t t = first + 1; t < end && t <= first + kReach + 1; ++t) {
    as_follows = as_follows || IsWordToken(t, "as");
  }
  if (!as_follows) return 0;
  for (size_t t = first; t < end && t <= first + kReach; ++t) {
    if (IsOneOf(Text(t),
                {"recognized", "recognised", "classified", "reclassified",
                 "certified", "designated", "deemed"})) {
      // "recognized as of Wednesday as": past the date.
      size_t as = t + 1;
      if (IsWordToken(as, "as") && IsWordToken(as + 1, "of")) {
        as += 2;
        while (as < end && as <= t + kReach + 2 && !IsWordToken(as, "as")) {
          ++as;
        }
      }
      return IsWordToken(as, "as") ? as + 1 : 0;
    }
    if (!IsOneOf(Text(t), {"had", "have", "has", "been", "were", "was", "are",
                           "is", "now", "also", "officially", "since"})) {
      return 0;
    }
  }
  return 0;
}

std::string MeasureBinder::SoldiersOf(absl::string_view country) {
  return absl::StrCat(country, absl::EndsWith(country, "s") ? "'" : "'s",
                      " soldiers");
}

std::string MeasureBinder::SidedSubgroup(std::string subgroup,
                                         size_t origin) const {
  if (subgroup != "soldiers" || !IsCapitalizedWord(origin)) return subgroup;
  const std::optional<std::string> country = CountryOfAdjective(Text(origin));
  if (!country.has_value()) return subgroup;
  return SoldiersOf(*country);
}

void MeasureBinder::SetOriginsGroup(const std::string& subgroup, size_t origin,
                                    Binding* binding) const {
  binding->subgroup = SidedSubgroup(subgroup, origin);
  if (binding->subgroup != subgroup || !IsCapitalizedWord(origin)) return;
  // "464 Iranian pilgrims died near Mecca", "239 Indonesian pilgrims": two
  // peoples' pilgrims at one place are two counts.
  if (std::optional<std::string> country = CountryOfAdjective(Text(origin))) {
    binding->subgroup = PeopleFrom(*country);
    binding->subgroup_is_a_people = true;
    binding->subgroup_at_home = subgroup;
  }
}

std::string MeasureBinder::OwnersSubgroup(std::string subgroup, size_t first,
                                          size_t number) const {
  if (subgroup != "soldiers") return subgroup;
  constexpr size_t kOwnerReach = 12;
  for (size_t t = first; t < number && t < first + kOwnerReach; ++t) {
    if (!IsCapitalizedWord(t)) continue;
    if (const std::optional<std::string> country =
            CountryOfAdjective(Text(t))) {
      return SoldiersOf(*country);
    }
    if (const size_t name_end = PlaceNameEnd(t, number); name_end != t) {
      const std::string place =
          CanonicalPlace(TextOf(text_, SpanOf(t, name_end)));
      if (IsCountry(place)) return SoldiersOf(place);
      t = name_end - 1;
    }
  }
  return subgroup;
}

bool MeasureBinder::SharesElidedGroup(const PlacedNumber& here,
                                      size_t previous) const {
  return here.first > 0 &&
         (IsOneOf(Text(here.first - 1), {"and", "with"}) ||
          IsSymbol(here.first - 1, ",")) &&
         previous > 0 &&
         !IsOneOf(Text(previous - 1), {"including", "includes", "included",
                                       "among", "whom", "them"});
}

bool MeasureBinder::InsideADashedAside(const PlacedNumber& here,
                                       const Sentence& sentence) const {
  for (size_t t = here.first;
       t > sentence.first_token && t + kMeasureWindow > here.first; --t) {
    if (IsAsideDash(t - 1)) {
      return t - 1 > sentence.first_token &&
             tokens_[t - 2].kind == TokenKind::kWord;
    }
    // "--" ends at the dash's second hyphen.
    if (t >= 2 && AsideDashLength(t - 2) == 2) {
      return t - 2 > sentence.first_token &&
             tokens_[t - 3].kind == TokenKind::kWord;
    }
    // "– including two women and four children –": a list of the parts
    // named as such shares the count's reading already.
    if (IsSymbol(t - 1, ".") || IsSymbol(t - 1, ";") ||
        IsOneOf(Text(t - 1), {"including", "among"})) {
      return false;
    }
  }
  return false;
}

size_t MeasureBinder::WordAsideEnd(size_t i, size_t limit) const {
  if (i >= limit || !Valid(i)) return i;
  size_t t = i;
  const auto them_at = [&](size_t k) {
    return IsWordToken(k, "them") || IsWordToken(k, "whom");
  };
  if (IsOneOf(Text(t), {"including", "both"}) || IsMostlyAdverb(Text(t))) {
    ++t;
  } else if (IsWordToken(t, "among") && them_at(t + 1)) {
    t += 2;
  } else if (tokens_[t].kind != TokenKind::kSymbol &&
             IsWordToken(t + 1, "of") && them_at(t + 2)) {
    // "many of them", "11 of them".
    t += 3;
  } else {
    return i;
  }
  const size_t words_from = t;
  for (; t < limit && t < i + kMeasureWindow; ++t) {
    if (IsSymbol(t, ",")) return t > words_from ? t + 1 : i;
    // "a five-year-old boy".
    if (tokens_[t].kind != TokenKind::kWord && !IsSymbol(t, "-")) return i;
  }
  return i;
}

size_t MeasureBinder::DescriptionOfTheCountedEnd(size_t i, size_t limit) const {
  constexpr size_t kMostWords = 4;
  const bool linked =
      IsOneOf(Text(i), {"linked", "connected", "tied", "related"}) &&
      (IsWordToken(i + 1, "to") || IsWordToken(i + 1, "with"));
  const bool accused =
      IsOneOf(Text(i), {"suspected", "accused"}) && IsWordToken(i + 1, "of");
  if (!linked && !accused) return i;
  // Up to the verb that counts them.
  for (size_t t = i + 2; t < limit && t <= i + 2 + kMostWords; ++t) {
    if (tokens_[t].kind != TokenKind::kWord) return i;
    if (IsFormOfBeOrHave(Text(t))) {
      return t;
    }
  }
  return i;
}

bool MeasureBinder::NarrowsTheGroupAfter(size_t t) const {
  return Valid(t + 1) && tokens_[t].kind == TokenKind::kWord &&
         !IsCapitalizedWord(t) &&
         !IsOneOf(
             Text(t),
             {"of", "and", "or", "in", "at", "on", "to", "from", "with", "by",
              "for", "as", "were", "was", "are", "is", "had", "have", "has",
              // "half mln children": the number's own scale.
              "mln", "mn", "mil", "mio", "bn", "bln", "million", "billion",
              "thousand", "hundred", "lakh", "crore", "dozen"});
}

bool MeasureBinder::OnlyVerbsBetween(size_t first, size_t end) const {
  constexpr size_t kMostVerbs = 3;
  if (end < first || end - first > kMostVerbs) return false;
  for (size_t t = first; t < end; ++t) {
    // "some 3,700 more sustained injuries": "more" adds people, no noun.
    if (!IsOneOf(Text(t), {"were", "was", "are", "is", "have", "has", "had",
                           "been", "suffered", "sustained", "more"})) {
      return false;
    }
  }
  return true;
}

void MeasureBinder::ReadMeasuresGroup(const MeasureMatch& measure,
                                      size_t number, Binding* binding) const {
  const Subgroups& subgroups = SubgroupLexicon();
  // "the number of Palestinian children killed": a nationality between.
  size_t group_end = measure.begin;
  if (group_end > 0 && IsCapitalizedWord(group_end - 1) &&
      CountryOfAdjective(Text(group_end - 1)).has_value()) {
    --group_end;
  }
  // Not the words of another count ("Includes 416 Children\nDeath Toll
  // Rises To 1208", a headline run into the next line).
  std::optional<PhraseTable::Match> group;
  if (group_end > 0 && tokens_[group_end - 1].kind == TokenKind::kWord &&
      !tokens_[measure.begin].newline_before) {
    group = subgroups.phrases.LongestEndingAt(text_, tokens_, group_end - 1);
    if (group.has_value() && group->begin > 0 &&
        tokens_[group->begin - 1].kind == TokenKind::kDigits) {
      group.reset();
    }
  }
  // "the death toll among civilians rose to 150", "among Indonesian Hajj
  // pilgrims": a group a few words after, whose they are or what kind on
  // the way.
  constexpr size_t kWordsBeforeTheGroup = 3;
  if (!group.has_value() && IsWordToken(measure.end, "among")) {
    for (size_t g = measure.end + 1; !group.has_value() && g < number &&
                                     g <= measure.end + kWordsBeforeTheGroup &&
                                     tokens_[g].kind == TokenKind::kWord;
         ++g) {
      group = subgroups.phrases.LongestAt(text_, tokens_, g);
    }
  }
  if (group.has_value()) {
    // A people's adjective before the group ("the number of Russian
    // soldiers killed") or between it and the measure.
    const size_t origin = group_end < measure.begin ? group_end
                          : group->begin > 0        ? group->begin - 1
                                                    : group->begin;
    SetOriginsGroup(subgroups.names[group->id], origin, binding);
    binding->subgroup_end = group->end;
    return;
  }
  // "the number of killed soldiers rose to 1,221".
  ReadParticiplesGroup(measure, number, binding);
}

void MeasureBinder::ReadParticiplesGroup(const MeasureMatch& measure,
                                         size_t end, Binding* binding) const {
  const absl::string_view last = Text(measure.end - 1);
  const bool participle = absl::EndsWithIgnoreCase(last, "ed") ||
                          IsOneOf(last, {"dead", "missing"});
  if (!participle || measure.end >= end) return;
  const size_t origin_end = OriginEnd(measure.end, end);
  const std::optional<PhraseTable::Match> group =
      SubgroupLexicon().phrases.LongestAt(text_, tokens_, origin_end);
  if (!group.has_value() || group->end > end) return;
  SetOriginsGroup(SubgroupLexicon().names[group->id], measure.end, binding);
  binding->subgroup_end = group->end;
  // "15 injured children and adults": everyone.
  JoinsAnotherGroup(end, binding);
}

bool MeasureBinder::JoinsAnotherGroup(size_t end, Binding* binding) const {
  const size_t and_at = binding->subgroup_end;
  if (!IsWordToken(and_at, "and")) return false;
  const std::optional<PhraseTable::Match> other =
      SubgroupLexicon().phrases.LongestAt(text_, tokens_, and_at + 1);
  if (!other.has_value() || other->end > end) return false;
  if (binding->subgroup_is_a_people && !binding->subgroup_at_home.empty()) {
    // "12 Syrian women and children": no people's name covers two of its
    // groups, so the count is of the groups wherever it lies.
    binding->subgroup = std::move(binding->subgroup_at_home);
    binding->subgroup_at_home.clear();
    binding->subgroup_is_a_people = false;
  }
  binding->subgroup =
      JoinedSubgroups(binding->subgroup, SubgroupLexicon().names[other->id]);
  binding->subgroup_end = other->end;
  return true;
}

bool MeasureBinder::PlaceInPredicate(const Sentence& sentence,
                                     size_t from) const {
  const size_t end = std::min<size_t>(sentence.end_token, from + 6);
  for (size_t t = from; t < end; ++t) {
    if (IsSymbol(t, ",")) return false;
    Span place;
    if (NameAfter(t) && PlaceAfter(t, sentence.end_token, &place) != t) {
      return true;
    }
  }
  return false;
}

bool MeasureBinder::ReadPartsGroup(const Sentence& sentence,
                                   Binding* binding) const {
  const Subgroups& subgroups = SubgroupLexicon();
  const size_t end =
      std::min<size_t>(sentence.end_token, binding->part_from + kMeasureWindow);
  for (size_t t = binding->part_from; t < end; ++t) {
    if (tokens_[t].kind != TokenKind::kWord) continue;
    if (!IsOneOf(Text(t), {"were", "are", "was", "is"})) continue;
    size_t group = t + 1;
    if (IsWordToken(group, "all") || IsWordToken(group, "also")) ++group;
    if (std::optional<PhraseTable::Match> match =
            subgroups.phrases.LongestAt(text_, tokens_, group)) {
      binding->subgroup = subgroups.names[match->id];
      binding->subgroup_end = match->end;
      return true;
    }
    // "37 were in Hubei", "20 were from the United States", "32 were
    // counted in Wajima": a part by place, read as before.
    const size_t where = Valid(group) &&
                                 tokens_[group].kind == TokenKind::kWord &&
                                 IsCountingVerb(Text(group))
                             ? group + 1
                             : group;
    if (IsWordToken(where, "in") || IsWordToken(where, "from") ||
        PlaceNameEnd(where, sentence.end_token) != where) {
      // Said of a place only when one is named ("in critical condition"
      // names none).
      return PlaceNameEnd(where, sentence.end_token) != where ||
             NameAfter(where);
    }
    // A part the predicate says is of a kind the lexicon does not know
    // ("two of the dead were brothers") counts neither the whole nor a
    // known group.
    binding->measure = nullptr;
    return false;
  }
  return false;
}

std::string MeasureBinder::ClaimantCountry(
    const Sentence& sentence, const Placed& here,
    const std::optional<Span>& source) const {
  // How far an attribution after the count may run to its verb, and how
  // far from the number its claimant may be named: reading no further
  // keeps a sentence of thousands of counts in linear time.
  constexpr size_t kAttributionTokens = 24;
  constexpr size_t kClaimantReach = 64;
  const size_t earliest = here.first > sentence.first_token + kClaimantReach
                              ? here.first - kClaimantReach
                              : sentence.first_token;
  // The country the words from `t` name as who gives a count, and the token
  // after them; "" when they name none.
  const auto country_at = [&](size_t t, size_t limit,
                              size_t* after) -> std::string {
    *after = t + 1;
    if (!IsCapitalizedWord(t)) return "";
    // "officials in Geneva said": where someone is, not who.
    if (t > sentence.first_token && IsPlacePreposition(Text(t - 1))) {
      return "";
    }
    if (std::optional<std::string> country = CountryOfAdjective(Text(t))) {
      return *country;
    }
    const size_t name_end = PlaceNameEnd(t, limit);
    if (name_end == t) return "";
    *after = name_end;
    const std::string place =
        CanonicalPlace(TextOf(text_, SpanOf(t, name_end)));
    if (IsCountry(place)) return place;
    const std::vector<std::string>& countries = CountriesOf(place);
    return countries.size() == 1 ? countries.front() : "";
  };
  const auto first_country = [&](size_t first, size_t end) -> std::string {
    for (size_t t = first, after = first; t < end; t = after) {
      if (std::string country = country_at(t, end, &after); !country.empty()) {
        return country;
      }
    }
    return "";
  };
  if (source.has_value()) {
    const size_t first = TokenAt(sentence, source->begin);
    return first_country(first, std::min(TokenAt(sentence, source->end),
                                         first + kClaimantReach));
  }
  // "The Azerbaijani defence ministry said 160 …": the subject of the
  // nearest verb of saying before the number, back to the clause's start.
  for (size_t v = here.first; v > earliest; --v) {
    const size_t verb = v - 1;
    // ", claiming 498 Russian troops have been killed": a participle after
    // a comma has the subject the sentence opens with.
    if (IsOneOf(Text(verb), {"claiming", "saying", "reporting"}) &&
        verb > earliest && IsSymbol(verb - 1, ",")) {
      return first_country(earliest, verb - 1);
    }
    if (!IsSpeechVerb(Text(verb)) || IsWordToken(verb, "according") ||
        (verb > earliest && IsFormOfBe(Text(verb - 1)))) {
      continue;
    }
    // Back to the clause's start, over the hyphens of "state-run".
    size_t subject = verb;
    while (
        subject > earliest &&
        (tokens_[subject - 1].kind == TokenKind::kWord ||
         (IsSymbol(subject - 1, "-") && !tokens_[subject - 1].space_before)) &&
        !IsOneOf(Text(subject - 1), {"and", "but", "while", "that"})) {
      --subject;
    }
    return first_country(subject, verb);
  }
  // "…, the chief of the Russian General Staff said": an attribution after
  // the count's clause, from its first comma, nearest the verb first.
  const size_t latest = std::min(sentence.end_token, here.end + kClaimantReach);
  size_t comma = here.end;
  while (comma < latest && !IsSymbol(comma, ",")) ++comma;
  for (size_t verb = comma + 1;
       verb < latest && verb <= comma + kAttributionTokens; ++verb) {
    if (!IsSpeechVerb(Text(verb)) || IsWordToken(verb, "according")) {
      continue;
    }
    // ", said the Azerbaijani ministry": the subject after its verb.
    if (IsSymbol(verb - 1, ",")) {
      return first_country(verb + 1, latest);
    }
    for (size_t t = verb; t > comma + 1; --t) {
      size_t after;
      if (std::string country = country_at(t - 1, verb, &after);
          !country.empty()) {
        return country;
      }
    }
    return "";
  }
  return "";
}

}  // namespace factcheck::extract
