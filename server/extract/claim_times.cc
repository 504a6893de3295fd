#include "server/extract/claim_times.h"

#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "server/extract/calendar.h"
#include "server/extract/claim_places.h"
#include "server/extract/measures.h"
#include "server/extract/numbers.h"
#include "server/extract/phrases.h"
#include "server/extract/places.h"

namespace factcheck::extract {
namespace {

// Time expressions a claim can carry.
const PhraseTable& TimePhrases() {
  static const PhraseTable* const kTable = [] {
    auto* table = new PhraseTable();
    const char* const kPhrases[] = {"in recent days",
                                    "in recent weeks",
                                    "in recent months",
                                    "in recent hours",
                                    "over the past day",
                                    "in the past day",
                                    "over the past week",
                                    "in the past week",
                                    "over the weekend",
                                    "yesterday",
                                    "today",
                                    "tonight",
                                    "overnight",
                                    "last night",
                                    "last week",
                                    "last month",
                                    "last year",
                                    "this week",
                                    "this month",
                                    "this year",
                                    "earlier this week",
                                    "earlier this month",
                                    "earlier this year",
                                    "so far this year",
                                    "so far",
                                    "to date",
                                    "since the start of the war",
                                    "since the war began",
                                    "since the conflict began",
                                    "on the day"};
    uint32_t id = 0;
    for (const char* phrase : kPhrases) table->Add(phrase, id++);
    return table;
  }();
  return *kTable;
}

}  // namespace

std::vector<ClaimTimes::Time> ClaimTimes::TimesIn(
    const Sentence& sentence) const {
  std::vector<Time> times;
  for (size_t t = sentence.first_token; t < sentence.end_token; ++t) {
    if (tokens_[t].kind != TokenKind::kWord) continue;
    const char lead = static_cast<char>(absl::ascii_tolower(
        static_cast<unsigned char>(text_[tokens_[t].span.begin])));
    if (std::optional<PhraseTable::Match> match =
            TimePhrases().LongestAt(text_, tokens_, t)) {
      if (!DatesTheEvent(sentence, t)) times.push_back({t, match->end});
      t = match->end - 1;
    } else if ((lead == 'o' || lead == 's' || lead == 'l' || lead == 'b' ||
                lead == 'i') &&
               (IsWordToken(t, "on") || IsWordToken(t, "since") ||
                IsWordToken(t, "last") || IsWordToken(t, "by") ||
                IsWordToken(t, "in")) &&
               t + 1 < sentence.end_token) {
      // "in late February", "in mid-February": a part of the month.
      size_t month = t + 1;
      if (IsWordToken(t, "in")) {
        if (IsWordToken(month, "early") || IsWordToken(month, "late")) {
          ++month;
        } else if (IsWordToken(month, "mid") && IsGluedHyphen(month + 1)) {
          month += 2;
        }
      }
      // "in June": a month, never a weekday.
      const size_t end = IsWeekday(Text(t + 1)) && !IsWordToken(t, "in")
                             ? t + 2
                             : MonthEnd(month, sentence.end_token);
      // "Last September, a quake struck Sulawesi, killing over 2,000": a
      // month gone by dates an earlier event, whose toll stood by then; the
      // day of the story's event dates none of its counts.
      const bool month_gone_by =
          IsWordToken(t, "last") && end == t + 2 && !IsWeekday(Text(t + 1));
      if (end > t + 1) {
        if (month_gone_by || !DatesTheEvent(sentence, t)) {
          times.push_back({t, end});
        }
        t = end - 1;
      }
    }
  }
  return times;
}

namespace {

// Events that happen in a moment, whose toll grows for days after it: a
// day they are dated by is not the day of a count of their victims.
bool IsMomentaryEvent(absl::string_view word) {
  return IsOneOf(
      word, {"quake", "earthquake", "tremor", "temblor", "tsunami", "explosion",
             "explosions", "blast", "blasts", "bombing", "bombings", "crash",
             "collapse", "landslide", "mudslide", "avalanche", "stampede",
             "derailment", "eruption"});
}

// How such an event strikes: "hit", "rocked", "shook", "tore through".
bool IsEventStrike(absl::string_view word) {
  return IsStrikeVerb(word) || IsOneOf(word, {"tore", "ripped", "flattened"});
}

}  // namespace

bool ClaimTimes::FollowsAHappening(size_t first) const {
  size_t verb = first - 1;
  if (IsWordToken(verb, "out") && verb > 0) --verb;
  return tokens_[verb].kind == TokenKind::kWord &&
         (IsEventStrike(Text(verb)) ||
          IsOneOf(Text(verb),
                  {"erupted", "broke", "began", "started", "occurred",
                   "happened", "collapsed", "exploded", "crashed"}));
}

size_t ClaimTimes::MomentaryEventOpening(size_t first, size_t end) const {
  // "The massive explosion", "Saturday's 7.2-magnitude quake": a few words
  // before the noun, none a verb's ("Rescuers searched the rubble of the
  // explosion" is no such subject).
  constexpr size_t kWordsBefore = 3;
  size_t words = 0;
  for (size_t t = first; t < end; ++t) {
    if (tokens_[t].kind != TokenKind::kWord) {
      if (tokens_[t].kind == TokenKind::kDigits || IsSymbol(t, "-") ||
          IsSymbol(t, ".")) {
        continue;
      }
      return end;
    }
    if (IsMomentaryEvent(Text(t))) return IsSymbol(t + 1, "-") ? end : t;
    if (++words > kWordsBefore) return end;
  }
  return end;
}

bool ClaimTimes::DatesTheEvent(const Sentence& sentence, size_t first) const {
  constexpr size_t kClauseWords = 8;
  // "since the second spell of monsoon fury unleashed itself on August 8":
  // a clause of "since" may run longer before its day.
  constexpr size_t kSinceClauseWords = 12;
  for (size_t t = first;
       t > sentence.first_token && t + kSinceClauseWords > first; --t) {
    if (tokens_[t - 1].kind != TokenKind::kWord) break;
    if (IsWordToken(t - 1, "since")) return true;
    if (t + kClauseWords <= first) continue;
    if (t - 1 > sentence.first_token &&
        (IsWordToken(t - 1, "that") || IsWordToken(t - 1, "which"))) {
      return IsCause(t - 2) || FollowsAHappening(first);
    }
  }
  // "The explosion at the port on Aug. 4 killed 160": the time closes the
  // subject that names the event, which opens the sentence.
  for (size_t t = first; t > sentence.first_token && t + kClauseWords > first;
       --t) {
    if (tokens_[t - 1].kind != TokenKind::kWord || IsEventStrike(Text(t - 1))) {
      break;
    }
    if (IsMomentaryEvent(Text(t - 1))) {
      if (MomentaryEventOpening(sentence.first_token, t) == t - 1) return true;
      // "injured in the explosion on Tuesday", "after the quake on April 25
      // killed 8,150": the event the count's victims fell in, named after
      // its preposition.
      for (size_t p = t - 1; p > sentence.first_token && p + kClauseWords > t;
           --p) {
        if (IsOneOf(Text(p - 1), {"in", "by", "from", "after"}) &&
            MomentaryEventOpening(p, t) == t - 1) {
          return true;
        }
      }
      return false;
    }
  }
  // "were injured when the quake hit the southwest on Saturday": the time
  // of a clause in which the event strikes.
  constexpr size_t kStrikeClauseWords = 12;
  for (size_t t = first;
       t > sentence.first_token && t + kStrikeClauseWords > first; --t) {
    if (tokens_[t - 1].kind != TokenKind::kWord) break;
    if (IsOneOf(Text(t - 1), {"when", "after"})) {
      const size_t event = MomentaryEventOpening(t, first);
      if (event + 1 < first && IsEventStrike(Text(event + 1))) return true;
      // "after a bridge collapsed in Genoa on Tuesday", "after a ferry
      // capsized off South Korea yesterday": what fell, blew up or went
      // down in a moment, said by its verb.
      for (size_t k = t; k < first; ++k) {
        if (IsOneOf(Text(k), {"collapsed", "exploded", "crashed", "erupted",
                              "derailed", "capsized", "sank", "overturned"})) {
          return true;
        }
      }
      return false;
    }
  }
  // "On Tuesday, a huge explosion rocked the port, killing 160": a time
  // opening the sentence before a clause in which the event strikes.
  if (first != sentence.first_token) return false;
  size_t comma = first + 1;
  while (comma < sentence.end_token && comma < first + kClauseWords &&
         !IsSymbol(comma, ",")) {
    ++comma;
  }
  if (!IsSymbol(comma, ",")) return false;
  const size_t event = MomentaryEventOpening(comma + 1, sentence.end_token);
  return event + 1 < sentence.end_token && IsEventStrike(Text(event + 1));
}

Span ClaimTimes::NearestTime(const std::vector<Time>& times, size_t first,
                             size_t end) const {
  Span best{};
  size_t best_distance = SIZE_MAX;
  for (const Time& time : times) {
    const size_t distance = time.first >= end  ? time.first - end
                            : first > time.end ? first - time.end
                                               : 0;
    if (distance < best_distance) {
      best = SpanOf(time.first, time.end);
      best_distance = distance;
    }
  }
  return best;
}

int ClaimTimes::YearAt(size_t t) const {
  if (!Valid(t) || tokens_[t].kind != TokenKind::kDigits ||
      Text(t).size() != 4) {
    return 0;
  }
  const int year = std::atoi(std::string(Text(t)).c_str());
  // Part of a longer number ("2,012") is no year, nor part of a name
  // ("2019-nCoV").
  const bool names = GluesAWord(t + 1);
  if (names || (t > 0 && !tokens_[t].space_before && IsSymbol(t - 1, ",")) ||
      (Valid(t + 1) && !tokens_[t + 1].space_before &&
       (IsSymbol(t + 1, ",") || IsSymbol(t + 1, ".")) && Valid(t + 2) &&
       tokens_[t + 2].kind == TokenKind::kDigits)) {
    return 0;
  }
  if (year >= 1900 && year <= 2100) return year;
  // "the eruption in 1883": an earlier century's year only after "in",
  // since "1500 troops" and "a toll of 1500" are counts.
  constexpr int kEarliestYear = 1500;
  return year >= kEarliestYear && t > 0 && IsWordToken(t - 1, "in") ? year : 0;
}

int ClaimTimes::YearOf(const Sentence& sentence, size_t first,
                       size_t end) const {
  // "killed 1,700 in 2010", "349 fatalities from the 2003 outbreak",
  // "claimed 1,800 lives after slamming into the Gulf Coast in 2005": in
  // the figure's clause, which a figure coordinated with it shares ("80,000
  // and 200,000 people died in two quakes in China in 1927").
  size_t clause = end;
  if ((IsWordToken(end, "and") || IsWordToken(end, "or")) && Valid(end + 1) &&
      tokens_[end + 1].kind == TokenKind::kDigits) {
    // Past the other figure's digit groups: "200", ",", "000".
    clause = end + 2;
    while (Valid(clause + 1) &&
           (IsSymbol(clause, ",") || IsSymbol(clause, ".")) &&
           !tokens_[clause].space_before &&
           tokens_[clause + 1].kind == TokenKind::kDigits &&
           !tokens_[clause + 1].space_before) {
      clause += 2;
    }
  }
  for (size_t t = clause; t < sentence.end_token && t < clause + 10; ++t) {
    // A comma ends the clause, unless the aside after it dates the figure
    // ("two other assaults, in 2011 and 2012").
    if (IsSymbol(t, ",") || IsSymbol(t, ";")) {
      if (IsWordToken(t + 1, "in") && YearAt(t + 2) != 0) {
        return YearAt(t + 2);
      }
      break;
    }
    if (IsWordToken(t, "in") && YearAt(t + 1) != 0) return YearAt(t + 1);
    if (IsOneOf(Text(t), {"in", "from", "of", "during"}) &&
        IsWordToken(t + 1, "the") && YearAt(t + 2) != 0) {
      return YearAt(t + 2);
    }
  }
  // "the 2004 tsunami killed 230,000".
  for (size_t t = first; t > sentence.first_token && t + kLinkWindow > first;
       --t) {
    if (const int year = YearAt(t - 1); year != 0) return year;
  }
  return 0;
}

bool ClaimTimes::OfAnEarlierYear(const Sentence& sentence, size_t first,
                                 size_t end) const {
  // "last year" or "last year's" at tokens t, t + 1, not in a phrase that
  // opens a period with "since" ("since emerging late last year").
  auto last_year_at = [&](size_t t) {
    if (!IsWordToken(t, "last") || !Valid(t + 1) ||
        tokens_[t + 1].kind != TokenKind::kWord ||
        !absl::EqualsIgnoreCase(WithoutPossessive(Text(t + 1)), "year")) {
      return false;
    }
    for (size_t u = t; u > sentence.first_token && u + 8 > t; --u) {
      if (IsSymbol(u - 1, ",")) break;
      if (IsWordToken(u - 1, "since")) return false;
    }
    return true;
  };
  for (size_t t = first;
       t >= sentence.first_token + 2 && t + kLinkWindow > first; --t) {
    if (last_year_at(t - 2)) return true;
  }
  for (size_t t = end; t + 2 < sentence.end_token && t < end + 6; ++t) {
    if (last_year_at(t)) return true;
    // "a year ago", "two years ago".
    if (IsWordToken(t + 2, "ago") &&
        (IsWordToken(t + 1, "year") || IsWordToken(t + 1, "years")) &&
        (IsWordToken(t, "a") || tokens_[t].kind == TokenKind::kDigits ||
         (tokens_[t].kind == TokenKind::kWord && IsCardinalWord(Text(t))))) {
      return true;
    }
  }
  return false;
}

namespace {

// Events a story is about that a count may be said to precede. Not the
// storms a forecast warns of: people evacuate before those, and the count
// is the storm's.
bool IsEventBefore(absl::string_view word) {
  return IsOneOf(
      word, {"war", "conflict", "fighting", "invasion", "violence", "clashes",
             "crisis", "hostilities", "escalation", "pandemic", "outbreak",
             "earthquake", "quake", "disaster", "floods", "tsunami"});
}

}  // namespace

bool ClaimTimes::BeforeTheEvent(const Sentence& sentence, size_t first,
                                size_t end) const {
  // "before the conflict", "prior to the war" from token t.
  auto before_event_at = [&](size_t t) {
    size_t noun = t + 1;
    if (IsWordToken(t, "prior") && IsWordToken(t + 1, "to")) {
      noun = t + 2;
    } else if (!IsWordToken(t, "before")) {
      return false;
    }
    if (IsWordToken(noun, "the")) ++noun;
    return noun < sentence.end_token &&
           tokens_[noun].kind == TokenKind::kWord && IsEventBefore(Text(noun));
  };
  // "Before the war, 1.1 million refugees lived there".
  if (sentence.first_token < first && before_event_at(sentence.first_token)) {
    return true;
  }
  // After the figure, in its clause.
  constexpr size_t kClauseWords = 10;
  for (size_t t = end; t < sentence.end_token && t < end + kClauseWords; ++t) {
    if (tokens_[t].kind == TokenKind::kSymbol && !IsSymbol(t, "-")) break;
    if (before_event_at(t)) return true;
  }
  return false;
}

namespace {

// One attack, named in the singular. Asked of every word near every
// count: a WordSet turns most away unhashed.
const WordSet& OneAttackWords() {
  static const WordSet* const kWords = new WordSet(
      {"attack", "strike", "airstrike", "blast", "explosion", "bombing", "bomb",
       "raid", "ambush", "rocket", "missile", "shell", "drone"});
  return *kWords;
}

}  // namespace

size_t ClaimTimes::SendsElsewhereEnd(const Sentence& sentence) const {
  for (size_t t = sentence.end_token; t > sentence.first_token; --t) {
    if (IsOneOf(Text(t - 1), {"elsewhere", "outside", "across", "beyond",
                              "abroad", "nationwide", "overall"})) {
      return t;
    }
  }
  return sentence.first_token;
}

bool ClaimTimes::SecondFigureOfAToll(const Sentence& sentence,
                                     absl::string_view first_measure,
                                     uint32_t first_number_end,
                                     absl::string_view measure,
                                     uint32_t number_begin,
                                     size_t sends_elsewhere_end) const {
  if (first_measure == measure || !IsTollOfPeople(first_measure) ||
      !IsTollOfPeople(measure)) {
    return false;
  }
  // "17 dead and 42 injured" or a verb or two longer; farther apart, the
  // second may be another clause's count of other people.
  constexpr size_t kMaxTokensBetween = 12;
  const size_t from = TokenAt(sentence, first_number_end);
  const size_t to = TokenAt(sentence, number_begin);
  if (to > from + kMaxTokensBetween || sends_elsewhere_end > from) {
    return false;
  }
  bool joined = false;
  for (size_t t = from; t < to; ++t) {
    if (IsWordToken(t, "and")) {
      joined = true;
    } else if (IsSymbol(t, ";") ||
               IsOneOf(Text(t), {"but", "while", "whereas", "although",
                                 "though", "including"})) {
      return false;
    }
  }
  return joined;
}

bool ClaimTimes::OneAttacksToll(const Sentence& sentence, size_t first,
                                size_t end) const {
  // "an early-hours missile attack", "the strike": an article and at most
  // a few words describing the attack before its noun at `noun`.
  auto introduced = [&](size_t noun) {
    constexpr size_t kDescribingWords = 6;
    for (size_t t = noun;
         t > sentence.first_token && t + kDescribingWords > noun; --t) {
      if (IsWordToken(t - 1, "a") || IsWordToken(t - 1, "an") ||
          IsWordToken(t - 1, "the")) {
        return true;
      }
      if (tokens_[t - 1].kind != TokenKind::kWord && !IsSymbol(t - 1, "-")) {
        return false;
      }
    }
    return false;
  };
  constexpr size_t kClauseWords = 14;
  // ", killing 18", ", leaving 30 dead": the participle tells what the
  // clause before its comma did, so that clause is the figure's.
  const bool after_participle = first >= sentence.first_token + 2 &&
                                IsSymbol(first - 2, ",") &&
                                IsHarmParticiple(Text(first - 1));
  const size_t clause_end = after_participle ? first - 2 : first;
  // Before the figure in its clause: "a strike killed 12", "the death toll
  // from the attack rose to 13", "an airstrike hit a house, killing 10".
  size_t clause = clause_end;
  for (; clause > sentence.first_token && clause + kClauseWords > clause_end;
       --clause) {
    if (IsSymbol(clause - 1, ",") || IsSymbol(clause - 1, ";")) break;
    if (IsWordIn(OneAttackWords(), clause - 1) && introduced(clause - 1)) {
      return true;
    }
  }
  if (after_participle && ForcesStruck(clause, clause_end)) return true;
  // "As a result of the attack on Ganja, nine were killed": the clause's
  // opening names the attack.
  if (clause > sentence.first_token && IsSymbol(clause - 1, ",")) {
    Span target;
    const size_t noun =
        AttackOpening(sentence.first_token, clause - 1, &target);
    if (noun != clause - 1 && IsWordIn(OneAttackWords(), noun) &&
        introduced(noun)) {
      return true;
    }
  }
  // After it: "killed in an attack", "wounded during the strike", "killed
  // when a rocket hit a market".
  for (size_t t = end; t + 1 < sentence.end_token && t < end + kClauseWords;
       ++t) {
    if (IsSymbol(t, ";")) break;
    if (IsOneOf(Text(t), {"in", "during", "by", "from", "when"}) &&
        tokens_[t].kind == TokenKind::kWord) {
      for (size_t noun = t + 1; noun < sentence.end_token && noun < t + 8;
           ++noun) {
        if (IsWordIn(OneAttackWords(), noun) && introduced(noun)) {
          return true;
        }
        if (tokens_[noun].kind != TokenKind::kWord && !IsSymbol(noun, "-")) {
          break;
        }
      }
    }
  }
  return false;
}

namespace {

// Stretches of time a rate is counted over.
bool IsPeriodWord(absl::string_view word) {
  return IsOneOf(word, {"hour", "day", "night", "week", "month", "year"});
}

}  // namespace

bool ClaimTimes::StatedAsEarlier(const Sentence& sentence, size_t first) const {
  constexpr size_t kClauseTokens = 8;
  for (size_t t = first; t > sentence.first_token && t + kClauseTokens > first;
       --t) {
    const size_t k = t - 1;
    if (tokens_[k].kind == TokenKind::kSymbol) return false;
    if (tokens_[k].kind != TokenKind::kWord) continue;
    // "had previously recorded", "which previously stood at", "initially
    // reported that at least 239", "initially put at 30" (not "a
    // previously unknown group killed 30").
    if (IsOneOf(Text(k), {"previously", "initially", "originally"}) &&
        IsOneOf(Text(k + 1),
                {"recorded", "reported", "said", "put", "stood", "announced",
                 "confirmed", "counted", "registered", "estimated", "declared",
                 "been", "was", "were", "listed"})) {
      return true;
    }
    // "the previous toll", "an earlier figure".
    if ((IsWordToken(k, "previous") ||
         (IsWordToken(k, "earlier") && k > sentence.first_token &&
          IsOneOf(Text(k - 1), {"an", "the"}))) &&
        IsOneOf(Text(k + 1),
                {"toll", "figure", "count", "tally", "total", "estimate"})) {
      return true;
    }
    // "had earlier reported 304".
    if (IsWordToken(k, "earlier") && k > sentence.first_token &&
        IsWordToken(k - 1, "had")) {
      return true;
    }
  }
  return false;
}

bool ClaimTimes::ForcesStruck(size_t first, size_t end) const {
  static const WordSet* const kAttackVerbs =
      new WordSet({"bombed", "shelled", "attacked", "stormed", "targeted",
                   "raided", "ambushed"});
  bool forces = false;
  bool struck = false;
  for (size_t t = first; t < end; ++t) {
    // "since Monday", "for a week": a campaign's toll so far.
    if (IsWordToken(t, "since")) return false;
    if (IsWordToken(t, "for")) {
      for (size_t k = t + 1; k < end && k < t + 4; ++k) {
        std::string word = absl::AsciiStrToLower(Text(k));
        if (absl::EndsWith(word, "s")) word.pop_back();
        if (IsPeriodWord(word)) return false;
      }
    }
    if (tokens_[t].kind != TokenKind::kWord) continue;
    const std::string word = absl::AsciiStrToLower(Text(t));
    if (!struck && IsForceNoun(word)) forces = true;
    if (forces && (IsStrikeVerb(word) || kAttackVerbs->Contains(word))) {
      struck = true;
    }
  }
  return struck;
}

bool ClaimTimes::PerPeriod(const Sentence& sentence, size_t first,
                           size_t end) const {
  // "each year", "every day", "per week" at tokens t, t + 1.
  auto each_period_at = [&](size_t t) {
    return (IsWordToken(t, "each") || IsWordToken(t, "every") ||
            IsWordToken(t, "per")) &&
           Valid(t + 1) && IsPeriodWord(Text(t + 1));
  };
  // "a day", "an hour", but not "a day after", "a year ago" (a time), nor
  // "in a day", "for a week", "waited nearly an hour" (one stretch).
  auto a_period_at = [&](size_t t) {
    if (!(IsWordToken(t, "a") || IsWordToken(t, "an")) || !Valid(t + 1) ||
        !IsPeriodWord(Text(t + 1))) {
      return false;
    }
    if (t > sentence.first_token &&
        IsOneOf(
            Text(t - 1),
            {"in",    "on",    "for",   "within", "during", "over",   "of",
             "than",  "by",    "about", "around", "nearly", "almost", "roughly",
             "some",  "just",  "only",  "half",   "single", "once",   "whole",
             "after", "until", "till",  "past"})) {
      return false;
    }
    return !(t + 2 < sentence.end_token &&
             IsOneOf(Text(t + 2),
                     {"after", "before", "ago", "earlier", "later", "since",
                      "into", "old", "prior", "following", "of"}));
  };
  for (size_t t = end; t < sentence.end_token && t < end + 6; ++t) {
    if (IsSymbol(t, ",") || IsSymbol(t, ";")) break;
    // The adverb in lower case: "the Daily Beast" is a newspaper.
    const absl::string_view word = Text(t);
    if (each_period_at(t) || a_period_at(t) ||
        (!word.empty() &&
         absl::ascii_islower(static_cast<unsigned char>(word[0])) &&
         IsOneOf(word, {"daily", "nightly", "weekly", "monthly", "annually",
                        "yearly", "hourly"}))) {
      return true;
    }
  }
  // "Every year, 500 people die"; "Each day about 30 are killed".
  for (size_t t = sentence.first_token; t < first && t + 6 > first; ++t) {
    if (!IsWordToken(t, "per") && each_period_at(t)) return true;
  }
  return false;
}

}  // namespace factcheck::extract
