#include "server/verify/numeric_rules.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "server/extract/measures.h"
#include "server/verify/intervals.h"
#include "server/verify/numeric_comparability.h"

namespace factcheck::verify {
namespace {

using factcheck::v1::NumericClaim;

// Whether `claim` counts a compass part of its country ("in northern
// Syria").
bool CountsACompassPart(const NumericClaim& claim) {
  return claim.location_may_be_a_part() && !claim.location_from_document();
}

// How much of a whole a figure placed only by its article must reach to be
// taken for that whole rather than a part of it.
constexpr double kShareOfAWhole = 0.75;

// How old a higher running total must be for a figure under
// kShareOfALaterTotal of it to be taken for another scope's (an
// aftershock's, a place's) rather than an older figure.
constexpr absl::Duration kStaleCopyTime = absl::Hours(24 * 7);

// How far above a round figure a precise one may lie and still be that
// figure, rounded: a running total rarely grows by less between reports.
constexpr double kRoundedTolerance = 0.01;

// The smallest day's rise that another day's is unlikely to equal by
// chance.
constexpr double kLeastRepeatedChange = 20;

}  // namespace

Judgement BelowATotalOfAnEarlierDay(const NumericClaim& claim,
                                    absl::CivilDay day,
                                    const store::IndexedClaim& prior) {
  Judgement judgement;
  judgement.explanation = absl::StrCat(
      Describe(claim.quantity()), ", which the text gives for ",
      DayLabel(absl::FromCivil(day, absl::UTCTimeZone())), ", is lower than ",
      Cited(prior),
      ", a total reported before that day: no older total (a total only "
      "grows) but that day's count or another scope's: not compared");
  return judgement;
}

std::optional<Judgement> GivenAfterItsDay(
    const NumericClaim& claim, absl::CivilDay day,
    std::optional<absl::Time> document_time, const PriorClaims& later) {
  Judgement judgement = JudgeNumeric(claim, document_time, later);
  if (judgement.verdict != factcheck::v1::VERDICT_CONSISTENT) {
    return std::nullopt;
  }
  absl::StrAppend(&judgement.explanation, " (given after ",
                  DayLabel(absl::FromCivil(day, absl::UTCTimeZone())),
                  ", the day its text gives the figure for)");
  return judgement;
}

bool ConflictsWithinItsDay(const NumericClaim& claim,
                           const Judgement& judgement) {
  if (judgement.verdict != factcheck::v1::VERDICT_CONFLICTING ||
      judgement.evidence.empty()) {
    return false;
  }
  const NumericClaim& theirs = judgement.evidence.front()->claim().numeric();
  return (claim.cumulative() || theirs.cumulative()) &&
         FellBelow(IntervalOf(claim.quantity()), IntervalOf(theirs.quantity()));
}

Judgement EarlierCountOfItsDay(const NumericClaim& claim, absl::CivilDay day,
                               const store::IndexedClaim& prior) {
  Judgement judgement;
  judgement.verdict = factcheck::v1::VERDICT_OUTDATED;
  judgement.evidence = {&prior};
  std::string note;
  judgement.independent_sources = IndependentSources(judgement.evidence, &note);
  judgement.explanation = absl::StrCat(
      Describe(claim.quantity()), ", which the text gives for ",
      DayLabel(absl::FromCivil(day, absl::UTCTimeZone())), ", is lower than ",
      Cited(prior),
      ", reported that day: a total only grows, so most likely that day's "
      "earlier count (the text gives no hour)",
      note);
  judgement.confidence = 0.5;
  return judgement;
}

Judgement BesideAHigherFigure(const NumericClaim& claim,
                              const NumericClaim& higher) {
  Judgement judgement;
  judgement.explanation = absl::StrCat(
      "the text also gives ", Describe(higher.quantity()), " ", Counted(higher),
      Place(higher), ": ", Describe(claim.quantity()),
      " may count a part or an earlier moment of it, not contradict the "
      "reports that gave more");
  return judgement;
}

std::optional<Judgement> GivenForTheWhole(const NumericClaim& claim,
                                          const std::string& country,
                                          const Judgement& own,
                                          const PriorClaims& on_country) {
  if (!claim.location_from_document() ||
      own.verdict != factcheck::v1::VERDICT_UPDATED || own.evidence.empty()) {
    return std::nullopt;
  }
  const store::IndexedClaim& risen_from = *own.evidence.front();
  PriorClaims very_figure;
  for (const store::IndexedClaim* prior : on_country) {
    if (Comparable(claim, *prior) &&
        GivesTheSameValue(claim.quantity(),
                          prior->claim().numeric().quantity()) &&
        PublishedAt(*prior) >= PublishedAt(risen_from)) {
      very_figure.push_back(prior);
    }
  }
  if (very_figure.empty()) return std::nullopt;
  Judgement judgement;
  std::string note;
  judgement.verdict = factcheck::v1::VERDICT_CONSISTENT;
  judgement.evidence = NewestFirst(std::move(very_figure));
  judgement.independent_sources = IndependentSources(judgement.evidence, &note);
  judgement.explanation = absl::StrCat(
      Describe(claim.quantity()), " agrees with ",
      Cited(*judgement.evidence.front()), note, ", ", country,
      "'s figure: the story's place, ", claim.location(), ", is in ", country,
      ", and its own ", Cited(risen_from), " is no newer");
  judgement.confidence =
      Confidence(judgement.independent_sources, 0.5, 0.1, 0.8);
  return judgement;
}

PriorClaims StoryLevel(const PriorClaims& priors) {
  PriorClaims story;
  for (const store::IndexedClaim* prior : priors) {
    if (prior->claim().numeric().location_from_document()) {
      story.push_back(prior);
    }
  }
  return story;
}

bool AnyComparable(const NumericClaim& claim, const PriorClaims& priors) {
  return std::any_of(
      priors.begin(), priors.end(), [&](const store::IndexedClaim* prior) {
        return Comparable(claim, *prior) &&
               (claim.one_attack() || !prior->claim().numeric().one_attack());
      });
}

PriorClaims NotAbove(const NumericClaim& claim,
                     std::optional<absl::Time> document_time,
                     const PriorClaims& priors) {
  PriorClaims kept;
  for (const store::IndexedClaim* prior : priors) {
    const auto [mine, theirs] =
        AsCompared(claim.quantity(), prior->claim().numeric().quantity());
    if (!FellBelow(mine, theirs)) kept.push_back(prior);
  }
  if (kept.size() == priors.size()) return kept;
  PriorClaims recent;
  for (const store::IndexedClaim* prior : kept) {
    if (document_time.has_value() &&
        absl::AbsDuration(*document_time - PublishedAt(*prior)) < kSameTime) {
      recent.push_back(prior);
    }
  }
  return recent;
}

namespace {

// Whether a rise or fall ("119 died in the past 24 hours") may be compared
// with the same change reported at about the same time.
bool IsComparableChange(const NumericClaim& claim,
                        std::optional<absl::Time> document_time) {
  return !IsLevel(claim.quantity()) && !claim.location().empty() &&
         document_time.has_value() && !claim.projection() &&
         !claim.per_period();
}

// A change agrees with another report of the same change within kSameTime,
// or with the same bounded figure reported up to kRepeatedChangeTime
// before; it is never weighed against a total, nor contradicted by another
// day's change.
// `why` says why it is compared with no total.
Judgement JudgeChange(const NumericClaim& claim, absl::Time document_time,
                      const PriorClaims& priors, std::string why) {
  Judgement judgement;
  judgement.explanation = std::move(why);
  const Interval mine = IntervalOf(claim.quantity());
  // "119 died in the past 24 hours" a day or two after a report of the
  // same 119: that day's figure repeated, which another day's rise would
  // equal only by chance. A floor ("more than 50") is too loose to tell,
  // and a few deaths a day ("four in Balochistan") recur by chance.
  const auto bounded = [](const Interval& interval) {
    return interval.lower >= kLeastRepeatedChange &&
           std::isfinite(interval.upper);
  };
  PriorClaims same_change;
  bool all_same_time = true;
  for (const store::IndexedClaim* prior : priors) {
    const NumericClaim& theirs = prior->claim().numeric();
    const Interval other = IntervalOf(theirs.quantity());
    const absl::Duration apart =
        absl::AbsDuration(document_time - PublishedAt(*prior));
    const bool same_time = apart < kSameTime;
    if (theirs.quantity().change() == claim.quantity().change() &&
        SameUnit(claim.quantity(), theirs.quantity()) &&
        theirs.subgroup() == claim.subgroup() && !theirs.projection() &&
        theirs.guess() == claim.guess() && !theirs.per_period() &&
        !RivalClaims(claim, theirs) && Overlap(mine, other) &&
        (same_time ||
         (apart < kRepeatedChangeTime && bounded(mine) && bounded(other)))) {
      same_change.push_back(prior);
      all_same_time = all_same_time && same_time;
    }
  }
  if (same_change.empty()) return judgement;
  std::string note;
  judgement.verdict = factcheck::v1::VERDICT_CONSISTENT;
  judgement.evidence = NewestFirst(std::move(same_change));
  judgement.independent_sources = IndependentSources(judgement.evidence, &note);
  judgement.explanation = absl::StrCat(
      "a rise of ", Describe(claim.quantity()), " agrees with ",
      Cited(*judgement.evidence.front()),
      all_same_time ? ", the same rise reported within 12 hours"
                    : ", the same rise reported earlier: a figure repeated "
                      "from an earlier day",
      note);
  judgement.confidence =
      Confidence(judgement.independent_sources, 0.5, 0.1, 0.9);
  return judgement;
}

}  // namespace

bool ComparedWithPriors(const NumericClaim& claim,
                        std::optional<absl::Time> document_time) {
  return NotComparable(claim, document_time).empty() ||
         IsComparableChange(claim, document_time);
}

Judgement JudgeNumeric(const NumericClaim& claim,
                       std::optional<absl::Time> document_time,
                       const PriorClaims& priors) {
  Judgement judgement;
  const Interval mine = IntervalOf(claim.quantity());
  const std::string mine_text = Describe(claim.quantity());
  auto same_time = [&](const store::IndexedClaim& prior) {
    return document_time.has_value() &&
           absl::AbsDuration(*document_time - PublishedAt(prior)) < kSameTime;
  };
  if (std::string why = NotComparable(claim, document_time); !why.empty()) {
    if (IsComparableChange(claim, document_time)) {
      return JudgeChange(claim, *document_time, priors, std::move(why));
    }
    judgement.explanation = std::move(why);
    return judgement;
  }
  PriorClaims comparable;
  comparable.reserve(priors.size());
  bool other_attacks = false;
  // The newest prior left out only as the other side's claim, and only as
  // too old to be this event's.
  const store::IndexedClaim* rival = nullptr;
  const store::IndexedClaim* another_event = nullptr;
  for (const store::IndexedClaim* prior : priors) {
    if (!Comparable(claim, *prior)) continue;
    if (document_time.has_value() &&
        *document_time - PublishedAt(*prior) > kOneEventTime) {
      if (another_event == nullptr ||
          PublishedAt(*prior) > PublishedAt(*another_event)) {
        another_event = prior;
      }
      continue;
    }
    if (RivalClaims(claim, prior->claim().numeric())) {
      if (rival == nullptr || PublishedAt(*prior) > PublishedAt(*rival)) {
        rival = prior;
      }
      continue;
    }
    if (!MayWeighAttacks(claim, *prior, document_time)) {
      other_attacks = true;
      continue;
    }
    comparable.push_back(prior);
  }
  comparable = NewestFirst(std::move(comparable));
  PriorClaims agree, lower_than, higher_than, disjoint_now;
  for (const store::IndexedClaim* prior : comparable) {
    const factcheck::v1::Quantity& theirs = prior->claim().numeric().quantity();
    const auto [mine_here, other] = AsCompared(claim.quantity(), theirs);
    // 6.48 million after "6.5 million": the earlier figure rounded this one;
    // "500 wounded" after "more than 500", or "more than 500" after "500":
    // the floor, said loosely.
    const bool loosely_the_same = RoundsTo(claim.quantity(), theirs) ||
                                  NamesTheFloor(claim.quantity(), theirs) ||
                                  RestatesAsAFloor(theirs, claim.quantity());
    if (loosely_the_same ||
        (Overlap(mine_here, other) && !FellBelow(mine_here, other) &&
         !RoseAbove(mine_here, other))) {
      agree.push_back(prior);
      continue;
    }
    if (FellBelow(mine_here, other)) higher_than.push_back(prior);
    if (RoseAbove(mine_here, other)) lower_than.push_back(prior);
    if (!Overlap(mine_here, other) && same_time(*prior)) {
      disjoint_now.push_back(prior);
    }
  }
  // The newest figure that says something: "millions" neither confirms
  // nor is overtaken by "more than 1.5 million"; nor is a figure under
  // half of an earlier one the count's (UnderHalfAnEarlier): the count
  // goes on from the newest that is not.
  const std::vector<bool> outrun = UnderHalfAnEarlier(comparable);
  const auto says_the_count = [&](PriorClaims::const_iterator it) {
    return !GivesOnlyAMagnitude((*it)->claim().numeric().quantity()) &&
           !outrun[it - comparable.begin()];
  };
  auto newest_said = comparable.begin();
  while (newest_said != comparable.end() && !says_the_count(newest_said)) {
    ++newest_said;
  }
  const store::IndexedClaim* latest = comparable.empty() ? nullptr
                                      : newest_said != comparable.end()
                                          ? *newest_said
                                          : comparable.front();
  // The newest instant's figures of one scope (a report's "4 in one county
  // … 118 in all", "675 injured, 31 of them children", or reports dated
  // only by their day) stand by the highest: the others are parts or
  // older.
  if (newest_said != comparable.end()) {
    for (auto it = newest_said;
         it != comparable.end() && PublishedAt(**it) == PublishedAt(*latest);
         ++it) {
      if (says_the_count(it) &&
          IntervalOf((*it)->claim().numeric().quantity()).lower >
              IntervalOf(latest->claim().numeric().quantity()).lower) {
        latest = *it;
      }
    }
  }
  const bool cumulative =
      claim.cumulative() ||
      (latest != nullptr && latest->claim().numeric().cumulative());
  const bool sure_of_place =
      !claim.location_from_document() && !claim.location_may_be_a_part() &&
      std::none_of(comparable.begin(), comparable.end(), [](auto* prior) {
        return prior->claim().numeric().location_from_document() ||
               prior->claim().numeric().location_may_be_a_part();
      });
  std::string note;

  if (claim.related_article() || claim.earlier_figure()) {
    // An earlier article's figure, or one the text gives as earlier: later
    // ones do not bear on it.
    if (!agree.empty()) {
      judgement.verdict = factcheck::v1::VERDICT_CONSISTENT;
      judgement.evidence = agree;
      judgement.independent_sources = IndependentSources(agree, &note);
      judgement.explanation =
          absl::StrCat(mine_text, " agrees with ", Cited(*agree.front()), note);
      judgement.confidence =
          Confidence(judgement.independent_sources, 0.6, 0.1, 0.95);
    } else {
      judgement.explanation = absl::StrCat(
          mine_text,
          claim.related_article()
              ? " is a related article's figure; no earlier report gives it, "
                "and its date is not known"
              : " is what its text gives as an earlier figure; no earlier "
                "report gives it, and its date is not known");
    }
    return judgement;
  }
  if (latest == nullptr && other_attacks) {
    static_assert(kOneAttackTime == absl::Hours(72),
                  "the explanation below says three days");
    judgement.explanation =
        claim.one_attack()
            ? absl::StrCat(mine_text,
                           " counts what one attack did, and no report within "
                           "three days gives one attack's ",
                           Counted(claim), Place(claim),
                           ": the others may count another attack or the "
                           "place's whole toll")
            : absl::StrCat("no earlier report gives ", Counted(claim),
                           Place(claim),
                           " but tolls of single attacks, which are no "
                           "running total of the place");
    return judgement;
  }
  if (latest == nullptr && rival != nullptr) {
    judgement.explanation = absl::StrCat(
        Cited(*rival), " is ", rival->claim().numeric().claimed_by(),
        "'s claim of the ", Counted(claim), Place(claim), "; ", mine_text,
        " is ", claim.claimed_by(),
        "'s: one side's count of its own and its enemy's claim of it are "
        "not compared");
    return judgement;
  }
  if (latest == nullptr && another_event != nullptr) {
    static_assert(kOneEventTime == absl::Hours(24 * 183),
                  "the explanation below says six months");
    judgement.explanation = absl::StrCat(
        "no report of the six months before gives ", Counted(claim),
        Place(claim), "; ", Cited(*another_event),
        ", reported more than six months before, is taken for another "
        "event's (next season's, another storm's): not compared");
    return judgement;
  }
  if (latest == nullptr) {
    judgement.explanation =
        absl::StrCat("no earlier report gives ", Counted(claim), Place(claim));
    if (!claim.subgroup().empty()) {
      absl::StrAppend(&judgement.explanation,
                      " (a subgroup is compared only with the same subgroup)");
    }
    if (claim.guess()) {
      absl::StrAppend(&judgement.explanation,
                      " as a guess (a guess at the count is compared only "
                      "with guesses)");
    }
    return judgement;
  }

  // A figure a report already gave is no news, though a floor published
  // after it ("more than 3.1 million" after "3.2 million") is lower.
  const bool already_given =
      std::any_of(agree.begin(), agree.end(), [&](const auto* prior) {
        const Interval theirs = IntervalOf(prior->claim().numeric().quantity());
        return theirs.lower == mine.lower && theirs.upper == mine.upper;
      });
  // The missing are a level, not a running total: the list grows as
  // reports come in and shrinks as people are found or counted among the
  // dead, so only the newest figure bears on a later one, which may lie
  // wholly below it ("dropped to 475" a day after 699; not "more than 60"
  // after "more than 100", which may be the same list).
  const auto [mine_vs_latest, latest_interval] =
      AsCompared(claim.quantity(), latest->claim().numeric().quantity());
  if (claim.measure() == "missing" && document_time.has_value() &&
      *document_time > PublishedAt(*latest)) {
    if (Above(latest_interval, mine_vs_latest) && !already_given &&
        !GivesOnlyAMagnitude(claim.quantity()) &&
        !RoundsTo(latest->claim().numeric().quantity(), claim.quantity())) {
      judgement.verdict = factcheck::v1::VERDICT_UPDATED;
      judgement.evidence = {latest};
      judgement.independent_sources =
          IndependentSources(judgement.evidence, &note);
      judgement.explanation = absl::StrCat(
          "fell from ", Cited(*latest), " to ", mine_text,
          " as the missing were found or counted among the dead", note);
      judgement.confidence =
          Confidence(judgement.independent_sources, 0.6, 0.05, 0.8);
      return judgement;
    }
    // An older, higher list says nothing of one no lower than the newest.
    if (!FellBelow(mine_vs_latest, latest_interval)) higher_than.clear();
  }
  // For a running total the highest figure the claim falls below; for
  // another measure the highest figure disjoint from it at about the same
  // time. Not for a sum of money of no known measure: "$189 million for
  // debris removal" and "$137 million in assistance" the same day are two
  // programs' more often than two counts of one.
  const store::IndexedClaim* contradicted = nullptr;
  if (claim.measure() != extract::kAmountMeasure) {
    for (const store::IndexedClaim* prior :
         cumulative ? higher_than : disjoint_now) {
      if (contradicted == nullptr ||
          IntervalOf(prior->claim().numeric().quantity()).lower >
              IntervalOf(contradicted->claim().numeric().quantity()).lower) {
        contradicted = prior;
      }
    }
  }
  // The other figure may count another scope, or be another agency's
  // magnitude; a report of this very figure no older than it still agrees
  // ("253" after reports of 253 and of 359 the same day, whose scope is not
  // sure), and so does any report of the very magnitude. An older count
  // may be a stale figure the other overtook.
  const auto agrees_despite = [&](const store::IndexedClaim& differing,
                                  absl::string_view why) {
    PriorClaims very_figure;
    for (const store::IndexedClaim* prior : agree) {
      if ((claim.measure() == "magnitude" ||
           PublishedAt(*prior) >= PublishedAt(differing)) &&
          GivesTheSameValue(claim.quantity(),
                            prior->claim().numeric().quantity())) {
        very_figure.push_back(prior);
      }
    }
    if (very_figure.empty()) return false;
    judgement.verdict = factcheck::v1::VERDICT_CONSISTENT;
    judgement.evidence = very_figure;
    judgement.independent_sources = IndependentSources(very_figure, &note);
    judgement.explanation = absl::StrCat(
        mine_text, " agrees with ", Cited(*very_figure.front()), note, "; ",
        Cited(differing), " differs, but ", why, ": not compared");
    judgement.confidence =
        Confidence(judgement.independent_sources, 0.5, 0.1, 0.8);
    return true;
  };
  // A part of the story's place (a province of its country, one border of
  // a country people flee) counts well below the whole. A figure placed by
  // its article is taken for the whole that a sentence placed when it falls
  // less than a quarter short: then it is the whole's, older or mistyped;
  // unless its story names a region of the place, whose count it may be.
  if (contradicted != nullptr && !sure_of_place) {
    const NumericClaim& theirs = contradicted->claim().numeric();
    std::string why;
    if (claim.location_from_document() && theirs.location_from_document()) {
      why = "the place of both comes from their articles, not their sentences";
    } else if (claim.location_may_be_a_part() ||
               theirs.location_may_be_a_part()) {
      const NumericClaim& part =
          claim.location_may_be_a_part() ? claim : theirs;
      why = CountsACompassPart(part)
                ? "one of them counts a part of the place (\"northern\", "
                  "\"southern\" ...), whose count it may be"
                : "the place of one of them comes from an article that also "
                  "names a region of it, whose count it may be";
    } else if (mine.lower <
               kShareOfAWhole * IntervalOf(theirs.quantity()).lower) {
      why =
          "the place of one of them comes from its article, and it falls too "
          "far short to be the same scope";
    }
    if (!why.empty()) {
      if (agrees_despite(*contradicted, why)) return judgement;
      judgement.explanation =
          absl::StrCat(mine_text, " differs from ", Cited(*contradicted),
                       ", but ", why, ": not compared");
      return judgement;
    }
  }
  // "killed thousands" gives an order of magnitude, in passing: no ground
  // to call a precise report's figure contradicted or passed.
  if (contradicted != nullptr && GivesOnlyAMagnitude(claim.quantity())) {
    judgement.explanation =
        absl::StrCat(mine_text, " differs from ", Cited(*contradicted),
                     ", but it gives only an order of magnitude: not compared");
    return judgement;
  }
  // "40 people" trapped and "12 people" taken to hospital: a count that
  // names only who it counts may count other people.
  if (contradicted != nullptr &&
      (claim.counts_only_who() ||
       contradicted->claim().numeric().counts_only_who())) {
    judgement.explanation = absl::StrCat(
        mine_text, " differs from ", Cited(*contradicted),
        ", but a count that names only who it counts (", claim.measure(),
        "), not what befell them, may count others: not compared");
    return judgement;
  }
  // "4,000 injured" in a headline after 4,072: a round figure that the
  // other rounds to, to its own last significant digit, may be that count
  // rounded or an older one; which, the figures do not say.
  if (contradicted != nullptr &&
      RoundsTo(contradicted->claim().numeric().quantity(), claim.quantity())) {
    judgement.explanation = absl::StrCat(
        mine_text, " is what ", Cited(*contradicted),
        " rounds to: the same count rounded, or an older one: not compared");
    return judgement;
  }
  // "66 still missing" after "385 missing": the missing are found, or
  // counted among the dead, so a lower later count is no older figure (and
  // a copy of an older one is not told from it).
  if (contradicted != nullptr && claim.measure() == "missing" &&
      document_time.has_value() &&
      *document_time > PublishedAt(*contradicted)) {
    judgement.explanation = absl::StrCat(
        mine_text, " is lower than ", Cited(*contradicted),
        ", but the missing are found or counted among the dead: a lower "
        "later count is not compared");
    return judgement;
  }
  // "revised the toll to 76, down from last Friday's estimate of 78": the
  // text itself gives the higher figure as the one it revises, so the
  // prior holding it is no other report's contradiction, nor a newer
  // figure this one fell behind.
  if (contradicted != nullptr && claim.has_earlier_quantity() &&
      Overlap(IntervalOf(claim.earlier_quantity()),
              IntervalOf(contradicted->claim().numeric().quantity()))) {
    judgement.explanation = absl::StrCat(
        mine_text, " is lower than ", Cited(*contradicted),
        ", but the text gives that figure as the one it revises: a revision "
        "down, not compared");
    return judgement;
  }
  // "magnitude 7.5" beside "7.6": agencies measure one quake a few tenths
  // apart (the USGS and Japan's agency) and revise their first figures;
  // magnitudes farther apart are of two quakes (a story's foreshock and main
  // shock, two strong quakes of one week). Neither is a contradiction.
  if (contradicted != nullptr && claim.measure() == "magnitude") {
    const absl::string_view why =
        WithinAgencySpread(
            mine, IntervalOf(contradicted->claim().numeric().quantity()))
            ? "by no more than agencies' magnitudes of one quake do"
            : "by more than agencies' magnitudes of one quake do: another "
              "quake's";
    if (agrees_despite(*contradicted, why)) return judgement;
    judgement.explanation =
        absl::StrCat(mine_text, " differs from ", Cited(*contradicted), " ",
                     why, ": not compared");
    return judgement;
  }
  // A floor below a figure of about the same time ("at least 15 of them in
  // Georgia" the morning 17 was given) repeats an older count, which the
  // newer does not contradict: only a figure wholly below it, one of
  // `disjoint_now`, conflicts.
  if (contradicted != nullptr &&
      (!cumulative || std::find(disjoint_now.begin(), disjoint_now.end(),
                                contradicted) != disjoint_now.end())) {
    judgement.verdict = factcheck::v1::VERDICT_CONFLICTING;
    judgement.evidence = {contradicted};
    for (const store::IndexedClaim* prior : disjoint_now) {
      if (prior != contradicted) judgement.evidence.push_back(prior);
    }
    judgement.independent_sources =
        IndependentSources(judgement.evidence, &note);
    judgement.explanation =
        absl::StrCat(mine_text, " conflicts with ", Cited(*contradicted),
                     ", reported within 12 hours", note);
    judgement.confidence =
        Confidence(judgement.independent_sources, 0.6, 0.1, 0.9);
    return judgement;
  }
  // Copy repeats an older figure days after it, near the latest: a count
  // less than half a total published a week or more earlier ("16 killed in
  // Bihar" two weeks after "56") is an aftershock's or another scope's more
  // often.
  if (contradicted != nullptr && document_time.has_value() &&
      *document_time - PublishedAt(*contradicted) >= kStaleCopyTime &&
      mine.lower <
          kShareOfALaterTotal *
              IntervalOf(contradicted->claim().numeric().quantity()).lower) {
    judgement.explanation = absl::StrCat(
        mine_text, " is lower than ", Cited(*contradicted),
        ", published a week or more earlier, but less than half of it: more "
        "likely another event's or another place's count than an older "
        "figure: not compared");
    return judgement;
  }
  if (contradicted != nullptr) {
    judgement.verdict = factcheck::v1::VERDICT_OUTDATED;
    judgement.evidence = {contradicted};
    judgement.independent_sources =
        IndependentSources(judgement.evidence, &note);
    judgement.explanation =
        absl::StrCat(mine_text, " is lower than ", Cited(*contradicted),
                     ", published earlier: an older figure", note);
    judgement.confidence = 0.7;
    return judgement;
  }
  // "hundreds of deaths" says no figure the count rose to; nor, when no
  // earlier report gave more than "thousands", one it rose from.
  const bool latest_vague =
      GivesOnlyAMagnitude(latest->claim().numeric().quantity());
  if (cumulative && RoseAbove(mine_vs_latest, latest_interval) &&
      (GivesOnlyAMagnitude(claim.quantity()) || latest_vague)) {
    judgement.explanation =
        absl::StrCat(mine_text, " is above ", Cited(*latest), ", but ",
                     latest_vague ? "earlier reports give" : "it gives",
                     " only an order of magnitude: not compared");
    return judgement;
  }
  // "33,046,329" after "33 million": the earlier figure rounded this one,
  // when they lie too close for a rise ("1,314" after "1,300" is one).
  const bool rounds_mine =
      RoundsTo(claim.quantity(), latest->claim().numeric().quantity()) &&
      mine_vs_latest.lower < latest_interval.lower * (1 + kRoundedTolerance);
  // "more than 300" after "300": that figure as a floor, said loosely.
  const bool floor_of_latest =
      RestatesAsAFloor(latest->claim().numeric().quantity(), claim.quantity());
  if (cumulative && RoseAbove(mine_vs_latest, latest_interval) &&
      !already_given && !rounds_mine && !floor_of_latest) {
    judgement.verdict = factcheck::v1::VERDICT_UPDATED;
    judgement.evidence = lower_than;
    judgement.independent_sources =
        IndependentSources(judgement.evidence, &note);
    judgement.explanation =
        absl::StrCat("rose from ", Cited(*latest), " to ", mine_text, note);
    judgement.confidence =
        Confidence(judgement.independent_sources, 0.7, 0.05, 0.9);
    return judgement;
  }
  const bool agrees = already_given || std::find(agree.begin(), agree.end(),
                                                 latest) != agree.end();
  // "613 killed" within "hundreds": an order of magnitude neither confirms
  // a figure nor says what it rose from.
  if (agrees && !already_given && !GivesOnlyAMagnitude(claim.quantity()) &&
      std::all_of(
          agree.begin(), agree.end(), [](const store::IndexedClaim* prior) {
            return GivesOnlyAMagnitude(prior->claim().numeric().quantity());
          })) {
    judgement.explanation =
        absl::StrCat(mine_text, " lies within ", Cited(*latest),
                     ", but earlier reports give only an order of magnitude: "
                     "not confirmed");
    return judgement;
  }
  if (agrees) {
    judgement.verdict = factcheck::v1::VERDICT_CONSISTENT;
    judgement.evidence = agree;
    judgement.independent_sources =
        IndependentSources(judgement.evidence, &note);
    std::vector<std::string> said;
    for (const store::IndexedClaim* prior : judgement.evidence) {
      if (said.size() == 3) break;
      said.push_back(Cited(*prior));
    }
    judgement.explanation = absl::StrCat(mine_text, " agrees with ",
                                         absl::StrJoin(said, "; "), note);
    judgement.confidence =
        Confidence(judgement.independent_sources, 0.6, 0.1, 0.95);
    return judgement;
  }
  // Any report of the very magnitude agrees: the newest may give another
  // agency's, or another quake's.
  if (claim.measure() == "magnitude" &&
      agrees_despite(*latest,
                     "a magnitude may be another agency's or "
                     "another quake's")) {
    return judgement;
  }
  judgement.explanation =
      absl::StrCat(mine_text, " differs from ", Cited(*latest),
                   ", of another time: ", claim.measure(),
                   " is no running total, so the figures may be for "
                   "different periods");
  return judgement;
}

}  // namespace factcheck::verify
