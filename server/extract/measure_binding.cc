#include "server/extract/measure_binding.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "server/extract/changes.h"
#include "server/extract/phrases.h"

namespace factcheck::extract {

namespace {

// How many other numbers the search for a number's measure may pass: "65 in
// Gaza, 7 in Israel and 3 in Lebanon were killed".
constexpr size_t kMaxCoordinatedNumbers = 3;

// Words that link a count named before its number to the number: "the
// death toll rose to 41", "the number of cases stood at 2", "toll reaches
// 1,523", "death toll: 20", "the death toll remained 111".
bool IsLinkWord(absl::string_view word) {
  static const WordSet* const kWords = new WordSet(
      {"to",          "at",        "reached",    "reaches",    "reach",
       "hit",         "hits",      "topped",     "tops",       "top",
       "passed",      "passes",    "pass",       "surpassed",  "surpasses",
       "surpass",     "exceeded",  "exceeds",    "exceed",     "crossed",
       "crosses",     "cross",     "touched",    "touches",    "neared",
       "nears",       "is",        "was",        "stood",      "stands",
       "stand",       "of",        "now",        "totalled",   "totaled",
       "totals",      "numbered",  "hitting",    "reaching",   "topping",
       "passing",     "exceeding", "surpassing", "crossing",   "include",
       "includes",    "included",  "nearing",    "approached", "approaches",
       "approaching", "remained",  "remains",    "remain"});
  return kWords->Contains(word);
}

// "is", "are", "was", "were", "has", "have", "had": the tensed verbs a
// counted group's own clause goes on with ("have been found").
bool IsTensedBeOrHave(absl::string_view word) {
  return IsOneOf(word, {"is", "are", "was", "were", "has", "have", "had"});
}

}  // namespace

size_t MeasureBinder::FlightObject(const MeasureMatch& flight,
                                   size_t end) const {
  const size_t t = flight.end;
  return t < end && tokens_[t].kind == TokenKind::kWord &&
                 IsOneOf(Text(t), {"from", "to", "into", "across"})
             ? t + 1
             : t;
}

absl::string_view MeasureBinder::FlightMeasure(const MeasureMatch& flight,
                                               size_t end) const {
  const absl::string_view otherwise =
      flight.entry->measure == "fled" ? "fled" : "";
  const size_t t = FlightObject(flight, end);
  if (t >= end) return otherwise;
  if (IsWordToken(t, "homes") ||
      (IsWordToken(t, "their") && IsWordToken(t + 1, "homes"))) {
    return "displaced";
  }
  // "fled abroad", "fled the country", "into neighbouring countries".
  Span place;
  if (IsWordToken(t, "abroad") || IsWordToken(t, "neighbouring") ||
      IsWordToken(t, "neighboring") ||
      (IsWordToken(t, "the") &&
       (IsWordToken(t + 1, "country") || IsWordToken(t + 1, "border"))) ||
      FlightPlace(flight, end, &place)) {
    return "refugees";
  }
  return otherwise;
}

bool MeasureBinder::FlightPlace(const MeasureMatch& flight, size_t end,
                                Span* place) const {
  const size_t t = FlightObject(flight, end);
  // The end of the country named at `first`, or `first`.
  auto country_end = [&](size_t first) {
    const size_t name_end = PlaceNameEnd(first, end);
    return name_end != first && IsCountry(CanonicalPlace(
                                    TextOf(text_, SpanOf(first, name_end))))
               ? name_end
               : first;
  };
  size_t left_end = country_end(t);
  const bool left_named = left_end != t;
  // "fleeing the country to neighbouring Poland".
  if (!left_named && IsWordToken(t, "the") && IsWordToken(t + 1, "country")) {
    left_end = t + 2;
  }
  if (left_end == t) return false;
  if (left_named) *place = SpanOf(t, left_end);
  // "fled Ukraine into Poland": where they went.
  if (IsWordToken(left_end, "into") || IsWordToken(left_end, "to")) {
    size_t went = left_end + 1;
    if (IsWordToken(went, "neighbouring") || IsWordToken(went, "neighboring")) {
      ++went;
    }
    if (const size_t went_end = country_end(went); went_end != went) {
      *place = SpanOf(went, went_end);
      return true;
    }
  }
  return left_named;
}

const MeasureMatch* MeasureBinder::FlightOf(
    const MeasureMatch& measure, const std::vector<MeasureMatch>& found,
    size_t end) const {
  if (measure.entry->flight) return &measure;
  if (measure.entry->measure != "refugees") return nullptr;
  // Up to "from Ukraine have": a place and an auxiliary between them.
  constexpr size_t kFlightWindow = 6;
  auto after = std::upper_bound(
      found.begin(), found.end(), measure.begin,
      [](size_t token, const MeasureMatch& m) { return token < m.begin; });
  if (after == found.end() || !after->entry->flight ||
      after->begin > measure.end + kFlightWindow) {
    return nullptr;
  }
  for (size_t t = measure.end; t < after->begin; ++t) {
    if (tokens_[t].kind != TokenKind::kWord) return nullptr;
  }
  return after->begin < end ? &*after : nullptr;
}

MeasureBinder::Binding MeasureBinder::BindMeasure(
    const Sentence& sentence, const std::vector<Placed>& placed, size_t k,
    const std::vector<MeasureMatch>& found,
    const Provenance& provenance) const {
  const Placed& here = placed[k];
  const Subgroups& subgroups = SubgroupLexicon();
  Binding binding;
  // `found` and `placed` are in text order: every lookup is a binary search
  // or a cursor, so that one sentence of a hundred thousand numbers stays
  // linear.
  auto measure_at = [&found](size_t t) { return MeasureAt(found, t); };
  auto placed_at = [&placed](size_t t) { return PlacedAt(placed, t); };
  // Right before: "killed 20", "killing at least 12", "killing another
  // 34".
  size_t right_before = here.first;
  while (right_before > 0 && IsAdditionWord(Text(right_before - 1))) {
    --right_before;
  }
  if (right_before > 0 && right_before < here.first &&
      IsOneOf(Text(right_before - 1), {"a", "an"})) {
    --right_before;
  }
  // "a magnitude-7.6 temblor": the measure glued to its number.
  if (right_before == here.first && here.first >= 2 &&
      IsSymbol(here.first - 1, "-") && !tokens_[here.first - 1].space_before &&
      !tokens_[here.first].space_before &&
      IsWordToken(here.first - 2, "magnitude")) {
    --right_before;
  }
  // The measures ending at or before the number, nearest last.
  const auto before_end = std::upper_bound(
      found.begin(), found.end(), right_before,
      [](size_t token, const MeasureMatch& m) { return token < m.end; });
  if (before_end != found.begin()) {
    const MeasureMatch& m = *(before_end - 1);
    // "the death toll from the earthquake rose past 20,000": a quake
    // names its magnitude after the number ("a 7.8 earthquake"); only the
    // word "magnitude" does before it.
    const bool quake_before =
        m.entry->measure == "magnitude" && !IsWordToken(m.begin, "magnitude");
    if (m.end == right_before && !m.entry->subject && !quake_before &&
        m.begin >= provenance.claims_first &&
        !DestroyedSomethingElse(m, here.end)) {
      binding.measure = &m;
      binding.before = true;
      // "killing 14 children": whose count it is, right after the number;
      // "killing 12 young children", "12 more children": after a word
      // that narrows the group (and stays in its name) or adds to it.
      // "killed 12 Ukrainian soldiers", "killed 20 Hamas militants": past
      // whose they are.
      const size_t origin_end = OriginEnd(here.end, sentence.end_token);
      if (std::optional<PhraseTable::Match> group =
              subgroups.phrases.LongestAt(text_, tokens_, origin_end)) {
        SetOriginsGroup(subgroups.names[group->id], here.end, &binding);
        binding.subgroup_end = group->end;
      } else if (NarrowsTheGroupAfter(here.end) &&
                 (group = subgroups.phrases.LongestAt(text_, tokens_,
                                                      here.end + 1))) {
        binding.subgroup =
            IsAdditionWord(Text(here.end)) || IsWordIn(BridgeWords(), here.end)
                ? subgroups.names[group->id]
                : absl::StrCat(Text(here.end), " ", subgroups.names[group->id]);
        binding.subgroup_end = group->end;
      }
    }
  }
  // "As many as 1,684, or more than half of the deaths, were in Al Haouz":
  // a share of a measure set beside the number says what it counts.
  if (binding.measure == nullptr && IsSymbol(here.end, ",") &&
      IsWordToken(here.end + 1, "or") && k + 1 < placed.size() &&
      placed[k + 1].first == here.end + 2) {
    const Placed& share = placed[k + 1];
    const Quantity& part = *share.quantity;
    if (((part.value && *part.value > 0 && *part.value < 1) ||
         part.unit_kind == UnitKind::kPercent) &&
        IsWordToken(share.end, "of") && IsWordToken(share.end + 1, "the")) {
      if (const MeasureMatch* m = measure_at(share.end + 2);
          m != nullptr && !m->entry->subject && IsSymbol(m->end, ",")) {
        binding.measure = m;
        binding.after_aside = m->end + 1;
      }
    }
  }
  // "Of the new deaths, 37 were in Hubei", "Of the 72 deaths, 39 were in
  // Wajima": a part of the count the sentence opens by naming.
  if (binding.measure == nullptr && here.first >= 4 &&
      IsSymbol(here.first - 1, ",") && before_end != found.begin()) {
    const MeasureMatch& m = *(before_end - 1);
    size_t opening = m.begin;
    const bool increase =
        opening > 0 &&
        IsOneOf(Text(opening - 1), {"new", "latest", "additional"});
    if (increase) --opening;
    // The whole's own number, a claim of its own.
    if (const Placed* whole = opening > 0 ? placed_at(opening - 1) : nullptr;
        !increase && whole != nullptr && whole->end == opening) {
      opening = whole->first;
    }
    if (m.end + 1 == here.first && !m.entry->subject && opening >= 2 &&
        IsWordToken(opening - 1, "the") && IsWordToken(opening - 2, "of") &&
        opening - 2 == sentence.first_token) {
      binding.measure = &m;
      binding.before = true;
      binding.part_of_increase = increase;
      binding.part_from = here.end;
    }
  }
  // After, across words that say who or where. The numbers after this one
  // are met in order, so a cursor finds them.
  size_t next_placed = k + 1;
  auto placed_after = [&placed, &next_placed](size_t t) -> const Placed* {
    while (next_placed < placed.size() && placed[next_placed].end <= t) {
      ++next_placed;
    }
    return next_placed < placed.size() && placed[next_placed].first <= t
               ? &placed[next_placed]
               : nullptr;
  };
  const Quantity& q = *here.quantity;
  // Named before and linked: "the death toll from the virus rose to 41",
  // "the toll has crossed 1,000" (a bound that is itself a link: the
  // quantity starts with "crossed"), "the toll climbed above 5,000", "the
  // toll has soared past 4,700".
  // Not the "at" of "at least" after a preposition: "the death toll from
  // at least four tornadoes" links no toll to four ("the toll, at least
  // 64," does).
  const bool opens_with_at_least =
      here.first > 0 && IsWordToken(here.first, "at") &&
      (IsWordToken(here.first + 1, "least") ||
       IsWordToken(here.first + 1, "most")) &&
      IsOneOf(Text(here.first - 1), {"from", "of", "in", "by", "after",
                                     "across", "with", "among", "for"});
  const bool linked_by_bound =
      q.qualifier_span.end > q.qualifier_span.begin &&
      ((IsLinkWord(Text(here.first)) && !opens_with_at_least) ||
       absl::EndsWith(TextOf(text_, q.qualifier_span), " past") ||
       (IsOneOf(Text(here.first), {"has", "have", "had"}) &&
        IsLinkWord(Text(here.first + 1))) ||
       (here.first > 0 &&
        IsOneOf(Text(here.first - 1),
                {"rose", "climbed", "jumped", "soared", "surged", "risen",
                 "climbs", "rises", "went", "gone", "shot"})));
  // 'revised the toll to "about 253"': a figure in quotation marks is
  // linked as a bare one.
  size_t linked_first =
      here.first > 1 && (IsSymbol(here.first - 1, "\xE2\x80\x9C") ||
                         (IsSymbol(here.first - 1, "\"") &&
                          !tokens_[here.first].space_before))
          ? here.first - 1
          : here.first;
  // "confirmed the death toll to be 164": "to be" links as "to" does.
  if (linked_first > 2 && IsWordToken(linked_first - 1, "be") &&
      IsWordToken(linked_first - 2, "to")) {
    --linked_first;
  }
  // "the death count has reached a total of four": the verb before "a
  // total of" links.
  if (linked_first > 3 && IsWordToken(linked_first - 1, "of") &&
      IsWordToken(linked_first - 2, "total") &&
      IsWordToken(linked_first - 3, "a")) {
    linked_first -= 3;
  }
  // "205 bodies have been recovered — 202 in Valencia": a place's part of
  // the count before, as after a colon; not an aside ("those killed -- 97
  // -- were women") nor a guess ("in the rubble - 200,000, 300,000?").
  const bool opens_a_list_after_a_dash = DashBefore(here.first) &&
                                         IsWordToken(here.end, "in") &&
                                         CountCloseBefore(here.first);
  // "when he was 12": a person's age, whatever count came before.
  const bool said_of_a_person =
      linked_first > 1 && IsOneOf(Text(linked_first - 2), {"he", "she", "i"});
  // "people have died after gunmen targeted worshippers at two mosques":
  // after "at", a number before a plural noun that counts nothing the
  // sentence measures counts that noun, not the toll before ("stood at 50
  // people", "at 50 deaths" still link); so does one after a noun that
  // names its kind ("the toll from the attacks at two city mosques has
  // risen to 50").
  const size_t counted_noun = CountedNounAt(here.end);
  const bool counts_a_noun_at =
      linked_first > 0 && IsWordToken(linked_first - 1, "at") &&
      Valid(counted_noun) && tokens_[counted_noun].kind == TokenKind::kWord &&
      !IsCapitalizedWord(counted_noun) && Text(counted_noun).size() > 3 &&
      absl::EndsWith(Text(counted_noun), "s") &&
      !IsOneOf(Text(counted_noun),
               {"across", "towards", "afterwards", "besides", "whereas",
                "always", "perhaps", "unless", "ones"}) &&
      measure_at(counted_noun) == nullptr &&
      !IsWordIn(BridgeWords(), counted_noun) &&
      !subgroups.phrases.LongestAt(text_, tokens_, counted_noun).has_value();
  const bool linked_before =
      here.first > 0 && !said_of_a_person && !counts_a_noun_at &&
      (IsLinkWord(Text(linked_first - 1)) || IsSymbol(here.first - 1, ":") ||
       opens_a_list_after_a_dash || linked_by_bound);
  const MeasureMatch* subject = nullptr;
  size_t start = here.end;
  // "a 6.2-magnitude earthquake": the measure glued after its number.
  if (IsSymbol(start, "-") && !tokens_[start].space_before &&
      Valid(start + 1) && !tokens_[start + 1].space_before &&
      IsWordToken(start + 1, "magnitude")) {
    ++start;
  }
  // "a third of the city was destroyed": a share names its whole first.
  if (q.value && *q.value > 0 && *q.value < 1 && IsWordToken(start, "of") &&
      IsWordToken(start + 1, "the") && Valid(start + 2) &&
      tokens_[start + 2].kind == TokenKind::kWord) {
    start += 3;
  }
  // "two million Ukraine refugees", "300 Syrian refugees", "12 Florida
  // residents": a place or its people's adjective before the counted noun
  // says whose they are, not where they are counted.
  const size_t origin = start;
  start = OriginEnd(start, sentence.end_token);
  const size_t counted_first = start;
  size_t crossed = 0;       // other numbers passed
  size_t crossed_end = 0;   // where the last of them ended
  size_t aside_tokens = 0;  // tokens of asides passed, not counted in reach
  // Whether the number's own verb was passed ("have been found"): the
  // clause is then its own, and a number after it has another predicate.
  bool own_verb_passed = false;
  // The word that narrows the counted group ("20 senior officials"), if
  // any.
  std::optional<size_t> modifier;
  // "Among the dead were five Indians": a group of the count the sentence
  // opens with; what follows the group is another clause's.
  const bool among_the_counted =
      here.first > sentence.first_token + 3 &&
      absl::EqualsIgnoreCase(Text(sentence.first_token), "among") &&
      IsOneOf(Text(here.first - 1), {"were", "are", "was", "is"});
  // "one of the two suspects was killed", "Five of those 79 people have
  // been identified": the number names the whole a part is taken from,
  // and the verb after it is the part's ("three people injured" after "two
  // of the" is still the whole's).
  const bool whole_of_a_part =
      here.first >= 3 &&
      IsOneOf(Text(here.first - 1), {"the", "those", "these"}) &&
      IsWordToken(here.first - 2, "of") &&
      (placed_at(here.first - 3) != nullptr ||
       IsOneOf(Text(here.first - 3),
               {"one", "none", "some", "each", "most", "several", "any", "all",
                "both", "many", "few", "half"}));
  for (size_t t = start; binding.measure == nullptr && t < sentence.end_token &&
                         t < here.end + kMeasureWindow + aside_tokens;) {
    if (among_the_counted && !binding.subgroup.empty()) break;
    if (tokens_[t].kind == TokenKind::kWord) {
      if (std::optional<PhraseTable::Match> group =
              subgroups.phrases.LongestAt(text_, tokens_, t)) {
        // Only the words right after the number say whose count it is
        // ("44 children", "552 of them children").
        // "2800 and rescuers raced": a word after "and" is another subject.
        const bool joined =
            t == here.end + 1 &&
            (IsWordToken(here.end, "and") || IsWordToken(here.end, "or") ||
             IsSymbol(here.end, ","));
        // "552 of them children", "22 of them were women".
        const bool of_them =
            IsWordToken(here.end, "of") &&
            (IsWordToken(here.end + 1, "them") ||
             IsWordToken(here.end + 1, "whom")) &&
            (t == here.end + 2 ||
             (t == here.end + 3 && (IsWordToken(here.end + 2, "were") ||
                                    IsWordToken(here.end + 2, "are"))));
        // "729 of their troops have been killed": a side's own group.
        const bool of_owners = t == here.end + 2 && OwnersAfterOf(here.end);
        if (binding.subgroup.empty() && !joined &&
            (t <= std::max(here.end, counted_first) + 1 || of_them ||
             of_owners)) {
          if (t == counted_first && counted_first != origin) {
            SetOriginsGroup(subgroups.names[group->id], origin, &binding);
          } else {
            binding.subgroup =
                of_owners ? OwnersSubgroup(subgroups.names[group->id],
                                           sentence.first_token, here.first)
                          : subgroups.names[group->id];
          }
          binding.subgroup_end = group->end;
          if (JoinsAnotherGroup(sentence.end_token, &binding)) {
            t = binding.subgroup_end;
            continue;
          }
        }
        // "19 officers in a hallway": a group that is also who is counted
        // (not "54 children" of a list of the dead, which are people, nor
        // "injured, including three officers", which the list counts).
        if (const MeasureMatch* m = measure_at(t);
            subject == nullptr && m != nullptr && m->entry->subject &&
            m->entry->measure != "people" &&
            !(here.first > 0 && IsWordToken(here.first - 1, "including"))) {
          subject = m;
        }
        t = group->end;
        continue;
      }
    }
    // "claimed over 2,400 lives, including five Indians", "Among the dead
    // were five Indians": a people named in a list of the counted is who
    // among them.
    if (binding.subgroup.empty() && t == counted_first && here.first > 0 &&
        (among_the_counted ||
         IsOneOf(Text(here.first - 1), {"including", "among"}))) {
      std::string people;
      if (const size_t people_end = NationalsEnd(t, &people); people_end != t) {
        binding.subgroup = std::move(people);
        binding.subgroup_end = people_end;
        t = people_end;
        continue;
      }
    }
    if (const MeasureMatch* m = measure_at(t)) {
      // "shot 20 people in Texas, killing 5": a measure right before a
      // number of its own is that number's; not before a stretch of time
      // ("159 people remain missing 24 hours after the collapse").
      if (const Placed* next = placed_at(m->end);
          !m->entry->subject && next != nullptr && !IsTimeUnit(next->end)) {
        break;
      }
      // "300 troops have entered Ukraine": troops, not refugees.
      if (m->entry->flight && subject != nullptr &&
          subject->entry->measure != "people") {
        break;
      }
      // "33,046,329 people and 84 districts have been affected": a noun
      // right after another number is that number's, when this one has its
      // own.
      if (!m->entry->subject &&
          !(subject != nullptr && m->begin == crossed_end)) {
        // "Eight evacuees had been recognized as disaster-related
        // fatalities": who they were, not what is counted (but "80
        // districts have been designated as calamity hit" are districts).
        const size_t classed_as = ClassedAsEnd(m->end, sentence.end_token);
        constexpr size_t kClassReach = 6;
        bool reclassified = false;
        for (size_t c = classed_as;
             classed_as != 0 && !reclassified && c < sentence.end_token &&
             c < classed_as + kClassReach;
             ++c) {
          const MeasureMatch* other = measure_at(c);
          reclassified =
              other != nullptr && other->entry->measure != m->entry->measure;
        }
        if (!reclassified) binding.measure = m;
        if (m->begin == counted_first && binding.subgroup.empty()) {
          ReadParticiplesGroup(*m, sentence.end_token, &binding);
        }
        break;
      }
      if (subject == nullptr) subject = m;
      t = m->end;
      continue;
    }
    if (tokens_[t].kind == TokenKind::kWord) {
      Span place;
      // Where the counted are, passed over to the verb that says what befell
      // them: "people across the Herat province were killed", "in the
      // province".
      if (const size_t after = PlaceAfter(t, sentence.end_token, &place);
          after != t) {
        t = Valid(after) && IsPlaceKindNoun(Text(after)) ? after + 1 : after;
        continue;
      }
      if (IsPlacePreposition(Text(t)) && IsWordToken(t + 1, "the") &&
          Valid(t + 2) && IsPlaceKindNoun(Text(t + 2))) {
        t += 3;
        continue;
      }
      // "1,970 coronavirus cases", "300 flood deaths": a cause says of
      // what; so does "storm-related" or "Helene-related", whatever it
      // names.
      const size_t noun =
          IsGluedHyphen(t + 1) && IsOneOf(Text(t + 2), {"related", "linked"})
              ? t + 3
          : IsCause(t) ? t + 1
                       : t;
      if (noun != t && t <= here.end + 2 && measure_at(noun) != nullptr &&
          IsOneOf(Text(noun), {"cases", "deaths", "infections", "fatalities",
                               "victims", "casualties", "injuries"})) {
        t = noun;
        continue;
      }
      // "and the death toll ...": a coordinated clause names its own count;
      // "killing 14 children, one teacher and injuring others": so does a
      // coordinated participle.
      // So does an elliptical one: "deaths rose to 402 and injuries to
      // 1,055".
      const MeasureMatch* coordinated =
          (IsWordToken(t, "and") || IsWordToken(t, "or")) && Valid(t + 1)
              ? measure_at(t + 1)
              : nullptr;
      if (coordinated != nullptr &&
          (absl::EndsWith(Text(t + 1), "ing") ||
           ((IsWordToken(coordinated->end, "to") ||
             IsWordToken(coordinated->end, "at")) &&
            placed_at(coordinated->end + 1) != nullptr))) {
        break;
      }
      if ((IsWordToken(t, "and") || IsWordToken(t, "or")) && Valid(t + 1) &&
          IsOneOf(Text(t + 1),
                  {"the", "a", "an", "its", "their", "his", "her"})) {
        break;
      }
      // "13 suspects linked to the explosions have been arrested", "15
      // people accused of looting were detained": what describes the
      // counted on the way names no count of its own.
      if (const size_t after =
              DescriptionOfTheCountedEnd(t, sentence.end_token);
          t > here.end && after != t) {
        t = after;
        continue;
      }
      // "49 people including 11 women and seven children were injured": the
      // subgroups listed on the way.
      if (IsWordToken(t, "including") && t > here.end) {
        ++t;
        continue;
      }
      // "26 foreigners from 14 countries died", "300 people in 12 districts
      // were killed": how many places the counted are from or in.
      // A run of them names no measure after its first ones.
      if (t > here.end && IsOneOf(Text(t), {"from", "in", "across"})) {
        if (const Placed* places = placed_at(t + 1);
            places != nullptr && IsWordIn(PlacesNouns(), places->end)) {
          if (++crossed > kMaxCoordinatedNumbers) break;
          t = places->end + 1;
          continue;
        }
      }
      // "more than 3.5 million as refugees abroad" (not "hits 5,000 as aid
      // starts flowing": a tally of people only).
      if (t == here.end && IsWordToken(t, "as") && measure_at(t + 1) &&
          measure_at(t + 1)->entry->cumulative) {
        ++t;
        continue;
      }
      // "have been confirmed as among the dead", "were identified as dead";
      // "listed 89 people as missing": a verb of listing, after the count
      // or right before it, then "as" and what the counted are.
      if (t > here.end && IsListingVerb(t) && IsWordToken(t + 1, "as")) {
        t += 2;
        continue;
      }
      if (t > here.end && IsWordToken(t, "as") && !IsWordToken(t + 1, "of") &&
          subject != nullptr && subject->end == t && here.first > 0 &&
          IsListingVerb(here.first - 1)) {
        ++t;
        continue;
      }
      if (whole_of_a_part &&
          (IsTensedBeOrHave(Text(t)) ||
           IsOneOf(Text(t), {"remain", "remains", "remained"}))) {
        break;
      }
      // "Two doctors said 20 people died": a count before a verb of saying
      // counts who spoke, and what follows is what they said (not "are
      // said to have been left homeless").
      if (IsOneOf(Text(t), {"said", "says", "say", "told"}) &&
          !IsFormOfBe(Text(t - 1))) {
        break;
      }
      if (crossed == 0 && IsTensedBeOrHave(Text(t))) {
        own_verb_passed = true;
      }
      // "$40m in aid"; "58 people there have been injured".
      if (IsWordIn(BridgeWords(), t) || IsWordToken(t, "and") ||
          (t > here.end && IsLocativeThere(t)) ||
          (t == here.end + 1 && OwnersAfterOf(here.end)) ||
          IsWordToken(t, "or") ||
          (q.unit_kind == UnitKind::kCurrency && IsWordToken(t, "in"))) {
        ++t;
        continue;
      }
      // "368,000 Ukrainians have fled": a people counted like "people".
      std::string people;
      if (const size_t people_end = NationalsEnd(t, &people); people_end != t) {
        t = people_end;
        continue;
      }
      // "20 local aid workers", "some 20 senior officials", "20 port
      // workers": one lower-case word right after the number narrows the
      // group whose noun follows it, and stays in its name ("senior
      // officials" are compared with no count of all officials); "488,788
      // private houses" are houses still.
      const MeasureMatch* noun_after = measure_at(t + 1);
      if (t == counted_first && binding.subgroup.empty() &&
          NarrowsTheGroupAfter(t) &&
          (subgroups.phrases.LongestAt(text_, tokens_, t + 1).has_value() ||
           (noun_after != nullptr && noun_after->entry->subject))) {
        modifier = t;
        ++t;
        continue;
      }
    }
    // "65 in Gaza and seven in Israel were killed": another number of the
    // coordination.
    if (const Placed* other = placed_after(t); other != nullptr) {
      // "At least 361 people have been found and 305 are still missing":
      // past its own verb, a figure's clause ends at "and"; only figures
      // that share one verb ("65 in Gaza and seven in Israel were killed")
      // take the measure after the next ("45 children were among the 320
      // people killed" is counted among the next figure's).
      if (own_verb_passed && other->first > 0 &&
          IsWordToken(other->first - 1, "and")) {
        break;
      }
      // "The death toll rose to 50 and 200 were injured": a figure linked
      // to a count named before it ends its clause, and the next figure's
      // predicate is that figure's own.
      if (linked_before &&
          MeasureNamedBefore(found, here, provenance) != nullptr) {
        break;
      }
      // "2,946 people, 2,944 of whom were buried": the relative clause is
      // the other number's.
      if (IsWordToken(other->end, "of") &&
          (IsWordToken(other->end + 1, "whom") ||
           IsWordToken(other->end + 1, "them") ||
           IsWordToken(other->end + 1, "which"))) {
        break;
      }
      // A coordination has a few numbers; a run of them ("1 1 1 …", a
      // table) names no measure after its first ones.
      if (++crossed > kMaxCoordinatedNumbers) break;
      t = other->end;
      crossed_end = t;
      continue;
    }
    // "killed 45 people, including 12 children, and injured 300": the
    // item a list of the counted names ends at its comma; what follows
    // counts something else.
    if (IsSymbol(t, ",") && !binding.subgroup.empty() && here.first > 0 &&
        IsOneOf(Text(here.first - 1),
                {"including", "includes", "include", "among"})) {
      break;
    }
    if (IsSymbol(t, ",") && t > here.end) {
      // "10 people, including a child, have been killed", "including a
      // soldier and two children,": an aside that names who.
      const size_t after = WordAsideEnd(t + 1, sentence.end_token);
      if (after != t + 1) {
        aside_tokens += after - t;
        t = after;
        continue;
      }
      ++t;
      continue;
    }
    // "At least 19 people – including four children – have died".
    if (const size_t after = AsideEnd(t, sentence.end_token, kMeasureWindow);
        after != t) {
      t = after;
      continue;
    }
    // "31 people — 16 civilians and 15 soldiers — had been killed": the
    // number stands inside the aside, whose closing dash leads on to the
    // verb of the count it details.
    if (IsAsideDash(t) && t > here.end && InsideADashedAside(here, sentence)) {
      t += AsideDashLength(t);
      continue;
    }
    break;
  }
  if (modifier && !binding.subgroup.empty()) {
    binding.subgroup = absl::StrCat(Text(*modifier), " ", binding.subgroup);
  }
  // "Among the dead were 12 children": the measure the sentence opens
  // with, its verb before the number, counting the group named after it
  // (a part of the dead of no group named is no count of them).
  const bool linked_by_among = !binding.subgroup.empty() && among_the_counted;
  if (binding.measure == nullptr && (linked_before || linked_by_among)) {
    binding.measure = LinkedMeasureBefore(here, placed, found, before_end,
                                          linked_first, provenance);
    binding.before = binding.measure != nullptr;
    if (binding.measure != nullptr && binding.subgroup.empty()) {
      ReadMeasuresGroup(*binding.measure, here.first, &binding);
    }
  }
  if (binding.measure == nullptr) binding.measure = subject;
  // "three Americans were killed", "killed 12 Syrians": the Americans
  // among the dead, no toll;
  // but "368,000 Ukrainians have fled" counts the refugees of a country.
  if (binding.measure != nullptr && binding.subgroup.empty() &&
      !binding.measure->entry->flight && counted_first < sentence.end_token) {
    std::string people;
    if (const size_t people_end = NationalsEnd(counted_first, &people);
        people_end != counted_first) {
      binding.subgroup = std::move(people);
      binding.subgroup_end = people_end;
      // "Two US citizens were among those killed": a part of the dead
      // wherever they died.
      binding.subgroup_is_a_people =
          !(Valid(people_end) &&
            IsOneOf(Text(people_end), {"was", "were", "is", "are"}) &&
            IsWordToken(people_end + 1, "among"));
    }
  }
  // "Two of the dead were children": a part of the count named after it;
  // "23 of the 53 wounded remained hospitalized": a part of a count the
  // sentence gives whole, which counts the measure only for a group its
  // predicate names ("120 of the 5,000 injured were children").
  bool part_of_given_whole = false;
  if (binding.measure != nullptr && binding.part_from == 0 &&
      IsWordToken(here.end, "of") && IsWordToken(here.end + 1, "the")) {
    const Placed* whole = placed_at(here.end + 2);
    // "the 53 wounded", "the 5,000 people injured".
    part_of_given_whole = whole != nullptr &&
                          binding.measure->begin >= whole->end &&
                          binding.measure->begin <= whole->end + 2;
    if (binding.measure->begin == here.end + 2 || part_of_given_whole) {
      binding.part_from = binding.measure->end;
    }
  }
  // "130 of those killed in Gaza were militants", "of those who died":
  // a part that counts the group its predicate names (and no other part:
  // "ten of those injured were discharged" stays a count of the injured).
  if (binding.measure != nullptr && binding.part_from == 0 &&
      binding.subgroup.empty() && IsWordToken(here.end, "of") &&
      IsWordToken(here.end + 1, "those") &&
      (binding.measure->begin == here.end + 2 ||
       (binding.measure->begin == here.end + 3 &&
        IsWordToken(here.end + 2, "who")))) {
    Binding part = binding;
    part.part_from = binding.measure->end;
    if (ReadPartsGroup(sentence, &part) && !part.subgroup.empty()) {
      binding = std::move(part);
    }
  }
  if (binding.part_from != 0 && binding.subgroup.empty() &&
      !ReadPartsGroup(sentence, &binding) && part_of_given_whole &&
      !PlaceInPredicate(sentence, binding.part_from)) {
    binding.measure = nullptr;
  }
  if (binding.measure != nullptr &&
      CountsTwoTallies(*binding.measure, binding.before, placed, found)) {
    binding.measure = nullptr;
  }
  // The whole a part "of which" counts ("of which 432 are destroyed and
  // 1,028 damaged": the second part's too).
  size_t whole = k;
  if (k > 0 && CountsAPartOfWhich(here.first)) {
    whole = k - 1;
  } else if (k > 1 && IsWordToken(here.first - 1, "and") &&
             CountsAPartOfWhich(placed[k - 1].first)) {
    whole = k - 2;
  }
  if (binding.measure != nullptr && !binding.before && whole != k &&
      placed[whole].first >= sentence.first_token &&
      DestroyedPartOfSomethingElse(*binding.measure, placed[whole])) {
    binding.measure = nullptr;
  }
  return binding;
}

}  // namespace factcheck::extract
