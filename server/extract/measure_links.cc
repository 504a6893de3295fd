// MeasureBinder: what a count named before its number links to ("the death
// toll from the virus rose to 41"), and the counts of two tallies together
// ("6,000 dead and wounded"), which bind to neither.
#include <algorithm>
#include <iterator>
#include <vector>

#include "server/extract/count_places.h"
#include "server/extract/measure_binding.h"
#include "server/extract/places.h"

namespace factcheck::extract {

const MeasureMatch* MeasureBinder::MeasureAt(
    const std::vector<MeasureMatch>& found, size_t t) {
  auto it = std::lower_bound(
      found.begin(), found.end(), t,
      [](const MeasureMatch& m, size_t token) { return m.begin < token; });
  return it != found.end() && it->begin == t ? &*it : nullptr;
}

const PlacedNumber* MeasureBinder::PlacedAt(const std::vector<Placed>& placed,
                                            size_t t) {
  auto it = std::upper_bound(
      placed.begin(), placed.end(), t,
      [](size_t token, const Placed& other) { return token < other.end; });
  return it != placed.end() && it->first <= t ? &*it : nullptr;
}

size_t MeasureBinder::CauseFrom(const MeasureMatch& measure) const {
  // "from the strikes", "from the series of coordinated bombings"; "the
  // number of persons killed in Friday night's attacks": what befell the
  // counted, then in what.
  constexpr size_t kWordsBetween = 4;
  // "up from the previous toll of 81" names an earlier count, no cause.
  if (measure.entry->head) return 0;
  for (size_t t = measure.begin; t > 0 && measure.begin - t <= kWordsBetween;
       --t) {
    // "Friday night's": a possessive's apostrophe is inside the phrase.
    if (tokens_[t - 1].kind != TokenKind::kWord && !IsApostrophe(t - 1)) {
      return 0;
    }
    if (IsWordToken(t - 1, "from")) return t - 1;
    // Of the counted ("persons killed in"), not a clause's own verb ("13,000
    // people have been injured in the quakes").
    if (t >= 3 && IsWordToken(t - 1, "in") &&
        IsOneOf(Text(t - 2),
                {"killed", "died", "injured", "wounded", "hurt"}) &&
        !IsFormOfBeOrHave(Text(t - 3))) {
      return t - 1;
    }
  }
  return 0;
}

bool MeasureBinder::IsPassiveVerb(const MeasureMatch& measure) const {
  // "were injured" (one phrase of the lexicon, or two), "were also
  // killed", "were seriously injured".
  for (size_t t = measure.begin + 1; t > 0 && measure.begin + 1 - t <= 2; --t) {
    if (tokens_[t - 1].kind == TokenKind::kWord && IsFormOfBe(Text(t - 1))) {
      return true;
    }
  }
  return false;
}

size_t MeasureBinder::CountedNounAt(size_t t) const {
  const bool kind_noun =
      Valid(t + 1) && tokens_[t + 1].kind == TokenKind::kWord &&
      !IsCapitalizedWord(t + 1) &&
      IsOneOf(Text(t), {"city", "town", "village", "county", "state",
                        "district", "school", "church", "hospital", "family"});
  return kind_noun ? t + 1 : t;
}

const MeasureMatch* MeasureBinder::LinkedMeasureBefore(
    const Placed& here, const std::vector<Placed>& placed,
    const std::vector<MeasureMatch>& found,
    std::vector<MeasureMatch>::const_iterator before_end, size_t linked_first,
    const Provenance& provenance) const {
  // "a toll of 43": after "of" only a count named right before it ("over
  // the course of one month" links nothing).
  const bool of_link = IsWordToken(linked_first - 1, "of");
  // The nearest count named before ("the death toll from Israeli strikes
  // rose to 43" counts deaths, not strikes), else the nearest measure.
  const MeasureMatch* nearest = nullptr;
  const MeasureMatch* head = nullptr;
  // The "from" of a cause met on the way back, 0 before one is met.
  size_t cause_from = 0;
  for (auto m = std::make_reverse_iterator(before_end); m != found.rend();
       ++m) {
    if (m->entry->subject) continue;
    // "the death toll from bomb blasts that ripped through churches and
    // hotels in Sri Lanka rose on Monday, April 22, to 290": the toll and
    // its cause are one phrase, which links however long the clause after.
    const bool names_the_cause = cause_from != 0 && m->end == cause_from;
    // So is a cause that a long clause leaves farther back ("the death
    // toll from the series of coordinated bombings targeting churches and
    // hotels in … on Sunday, April 21, has risen to at least 207"), within
    // a bound that keeps the scan for crossed numbers linear.
    const bool far_cause = cause_from == 0 &&
                           here.first - m->end <= kCauseWindow &&
                           CauseFrom(*m) != 0;
    if ((here.first - m->end > kLinkWindow && !names_the_cause && !far_cause) ||
        m->begin < provenance.claims_first) {
      break;
    }
    bool crosses_number = false;
    for (size_t t = m->end; t < here.first && !crosses_number; ++t) {
      if (IsSymbol(t, ";")) crosses_number = true;
      const Placed* other = PlacedAt(placed, t);
      if (other == nullptr || other == &here) continue;
      // "rose from 35 to 43": 35 is the earlier figure, not another count;
      // so is the rise in "rose by 300 overnight to 2,300", a few words
      // (when, of what) between.
      constexpr size_t kWordsBeforeTo = 3;
      size_t to = other->end;
      // Not "rose to 402 and injuries to 1,055", the next of a coordination.
      while (to + 1 < here.first && to < other->end + kWordsBeforeTo &&
             tokens_[to].kind == TokenKind::kWord && !IsWordToken(to, "to") &&
             !IsWordToken(to, "and") && !IsWordToken(to, "or") &&
             MeasureAt(found, to) == nullptr) {
        ++to;
      }
      const bool earlier_figure = to + 1 == here.first && IsWordToken(to, "to");
      // Nor are counts of another kind: "the toll from the earthquake that
      // measured 6.8", "the deadliest quake in six decades rose to",
      // "crossed the 1000 mark standing at 1,016".
      // "the death toll in the two countries stood at 1,150" counts
      // places on the way.
      // "the death toll from the 7.8-magnitude earthquake", "from the
      // magnitude 6.8 quake": a quake's magnitude.
      const size_t after_other =
          IsSymbol(other->end, "-") ? other->end + 1 : other->end;
      const bool magnitude =
          IsWordToken(after_other, "magnitude") ||
          IsWordToken(after_other, "earthquake") ||
          IsWordToken(after_other, "quake") ||
          (other->first > 0 && IsWordToken(other->first - 1, "magnitude"));
      // "the death toll from 3 attacks rose to 50": a toll that names
      // what it counts, before a count of another thing (the number with
      // its own measure noun, or with a noun its kind names: "at two city
      // mosques"), still counts the figure after.
      const size_t others_noun_at = CountedNounAt(other->end);
      const MeasureMatch* others_noun = MeasureAt(found, others_noun_at);
      const bool another_things_count =
          m->entry->head &&
          (others_noun != nullptr
               ? !others_noun->entry->subject && !others_noun->entry->head
               : others_noun_at != other->end);
      // "the death toll in the nine-storey building collapse": a number
      // its hyphen makes an adjective describes something on the way and
      // counts nothing.
      const bool describes = GluesAWord(other->end);
      bool aside = IsTimeUnit(other->end) || IsMilestone(*other) ||
                   IsWordIn(PlacesNouns(), other->end) || magnitude ||
                   another_things_count || describes;
      for (size_t u = m->end; u < t && !aside; ++u) {
        aside = IsWordToken(u, "that") || IsWordToken(u, "which");
      }
      crosses_number = !earlier_figure && !aside;
      t = other->end - 1;
    }
    if (crosses_number || (of_link && m->end + 1 != linked_first)) break;
    // "the number of fatalities from the earthquake that affected
    // provinces has risen to 2,862": the verb of a relative clause on a
    // thing is no count ("people who fled" is one).
    // Nor is "the earthquake" a magnitude from afar: "magnitude 6.8"
    // stands by its number, as does "a magnitude of 6.8".
    if ((m->begin > 0 && (IsWordToken(m->begin - 1, "that") ||
                          IsWordToken(m->begin - 1, "which"))) ||
        (m->entry->measure == "magnitude" &&
         !(of_link && m->end + 1 == linked_first))) {
      continue;
    }
    // "the number killed from airstrikes rose to 40": a cause is no count
    // of its own ("from bomb blasts", "from the strikes").
    if (const size_t from = CauseFrom(*m); from != 0) {
      cause_from = from;
      continue;
    }
    // "500 people were injured as bombers hit 3 churches": a verb in the
    // passive is its own clause's, and the subject of no link after it.
    if (nearest == nullptr && !IsPassiveVerb(*m)) nearest = &*m;
    if (m->entry->head) {
      head = &*m;
      break;
    }
  }
  // "the injured individuals' toll has risen to 7,204": the toll of the
  // measure named right before it, or by its owner's words, in the same
  // phrase ("2,944 were killed, while the number of injured reached 5,674"
  // is another's, and so is "the affected region put the death toll at").
  const bool owner_before_head =
      head != nullptr && head->begin > 0 &&
      (IsApostrophe(head->begin - 1) || IsPossessive(Text(head->begin - 1)));
  for (const MeasureMatch* named = head; head != nullptr &&
                                         named > &found.front() &&
                                         head->begin - (named - 1)->end <= 3;) {
    --named;
    bool same_phrase = named->end == head->begin || owner_before_head;
    for (size_t t = named->end; t < head->begin; ++t) {
      same_phrase = same_phrase && !IsSymbol(t, ",") && !IsSymbol(t, ";") &&
                    !IsWordToken(t, "while") && !IsWordToken(t, "and");
    }
    // "the earthquake death toll": a quake names no toll of its own.
    if (!same_phrase || named->entry->measure == "magnitude") break;
    if (!named->entry->subject && !named->entry->head) {
      head = named;
      break;
    }
  }
  // "the toll of missing rose to 50", "the toll of dead or missing": the
  // toll of the one measure named after its "of" ("the toll of dead and
  // missing" names two: CountsTwoTallies).
  if (head != nullptr && head->entry->head && IsWordToken(head->end, "of")) {
    const MeasureMatch* named = MeasureAt(found, head->end + 1);
    if (named != nullptr && !named->entry->subject && !named->entry->head &&
        named->entry->measure != "magnitude" &&
        !IsWordToken(named->end, "and") && !IsWordToken(named->end, "or")) {
      head = named;
    }
  }
  // "the death toll remained 111" links the toll; "schools remain 50
  // percent empty" links nothing: what stays so is no count.
  if (IsOneOf(Text(linked_first - 1), {"remained", "remains", "remain"})) {
    return head;
  }
  return head != nullptr ? head : nearest;
}

bool MeasureBinder::CountsTwoTallies(
    const MeasureMatch& measure, bool before, const std::vector<Placed>& placed,
    const std::vector<MeasureMatch>& found) const {
  const auto other_tally_after = [&](const MeasureMatch& m) {
    const MeasureMatch* other = MeasureAt(found, m.end + 1);
    return other != nullptr && m.entry->cumulative &&
           other->entry->cumulative &&
           other->entry->measure != m.entry->measure &&
           PlacedAt(placed, other->end) == nullptr;
  };
  // "destroyed or badly damaged": the second tally after its adverb; not
  // two words for one ("missing or unaccounted for").
  const auto tally_after_or = [&](const MeasureMatch& m) {
    if (!IsWordToken(m.end, "or")) return false;
    const size_t next =
        IsOneOf(Text(m.end + 1), {"badly", "seriously", "severely", "heavily",
                                  "partially", "partly"})
            ? m.end + 2
            : m.end + 1;
    const MeasureMatch* other = MeasureAt(found, next);
    return other != nullptr && other->entry->measure != m.entry->measure;
  };
  // "feared missing or dead"; before the number also "the number of dead
  // and missing tops 16,600", "Dead, missing toll tops 16,600": both
  // tallies, adjectives of the people counted, name the one number after
  // them (not "at a school, killing 14", "burned 146,000 acres and
  // destroyed 12,263").
  const auto tally_adjective = [&](size_t t) {
    return IsOneOf(Text(t), {"dead", "missing", "injured", "wounded"});
  };
  const auto tally_before = [&](const MeasureMatch& m) {
    if (m.begin <= 1) return false;
    const size_t joiner = m.begin - 1;
    const bool or_joined = IsWordToken(joiner, "or");
    if (!or_joined &&
        !(before && tally_adjective(m.begin) && tally_adjective(joiner - 1) &&
          (IsWordToken(joiner, "and") || IsSymbol(joiner, ",")))) {
      return false;
    }
    return std::any_of(found.begin(), found.end(),
                       [&](const MeasureMatch& other) {
                         return other.end == joiner &&
                                other.entry->measure != m.entry->measure;
                       });
  };
  // "the toll of dead and missing rose to 50": the toll names both.
  const auto tallies_after_of = [&](const MeasureMatch& m) {
    if (!before || !IsWordToken(m.end, "of")) return false;
    const MeasureMatch* first = MeasureAt(found, m.end + 1);
    if (first == nullptr ||
        !(IsWordToken(first->end, "and") || IsWordToken(first->end, "or"))) {
      return false;
    }
    const MeasureMatch* second = MeasureAt(found, first->end + 1);
    return second != nullptr && second->entry->measure != first->entry->measure;
  };
  return !measure.entry->subject &&
         (tally_after_or(measure) || tallies_after_of(measure) ||
          (!before && IsWordToken(measure.end, "and") &&
           other_tally_after(measure)) ||
          tally_before(measure));
}

}  // namespace factcheck::extract
