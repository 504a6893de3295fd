#include "server/extract/numeric_claims.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "server/extract/calendar.h"
#include "server/extract/headlines.h"
#include "server/extract/measures.h"
#include "server/extract/places.h"

namespace factcheck::extract {
namespace {

// How far from the number a measure word may stand, in tokens.
constexpr size_t kMeasureWindow = 12;

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

// Verbs that report speech: a place before one is the speaker's.
bool IsSpeechVerb(absl::string_view word) {
  static constexpr const char* kVerbs[] = {
      "said",    "says",      "say",   "told",   "tells",     "reported",
      "reports", "announced", "added", "stated", "according", "confirmed"};
  return IsOneOf(word, kVerbs);
}

// Nouns that a nationality before them describes: in "killed in Israeli
// strikes in Gaza" or "in U.S. strikes", the capitalised words name who
// struck, not where.
bool IsForceNoun(absl::string_view word) {
  static constexpr const char* kNouns[] = {
      "strike",    "strikes",    "airstrike",   "airstrikes", "air",
      "shelling",  "attack",     "attacks",     "raid",       "raids",
      "bombing",   "bombings",   "bombardment", "fire",       "gunfire",
      "forces",    "troops",     "soldiers",    "missile",    "missiles",
      "drone",     "drones",     "rocket",      "rockets",    "offensive",
      "operation", "operations", "custody",     "police",     "army",
      "military",  "navy",       "warplanes",   "jets",       "artillery"};
  return IsOneOf(word, kNouns);
}

// Nouns for the bodies that give figures: "Gaza officials" names a place.
bool IsAuthorityNoun(absl::string_view word) {
  static constexpr const char* kNouns[] = {
      "officials",  "official", "authorities", "ministry",    "police",
      "government", "sources",  "spokesman",   "spokeswoman", "spokesperson",
      "army",       "military", "agency",      "office",      "health"};
  return IsOneOf(word, kNouns);
}

class ClaimFinder : private TokenQueries {
 public:
  ClaimFinder(absl::string_view text, const std::vector<Token>& tokens)
      : TokenQueries(text, tokens), measures_(MeasureLexicon::Get()) {}

  void AddSentence(const Sentence& sentence,
                   const std::vector<const Quantity*>& quantities,
                   std::vector<NumericClaim>* claims) const;

 private:
  struct Placed {
    const Quantity* quantity;
    size_t first;  // tokens [first, end)
    size_t end;
  };

  // The first token of `sentence` at or after byte `offset`.
  size_t TokenAt(const Sentence& sentence, uint32_t offset) const {
    return std::lower_bound(tokens_.begin() + sentence.first_token,
                            tokens_.begin() + sentence.end_token, offset,
                            [](const Token& token, uint32_t value) {
                              return token.span.begin < value;
                            }) -
           tokens_.begin();
  }

  // A month at `i` as news copy dates: "May", "May 12", "Oct. 7". Returns
  // the token after it and its day, or `i` when there is none. An
  // abbreviation is a month only before its day: "Jan Egeland" is a name.
  size_t MonthEnd(size_t i, size_t limit) const;
  // A place after a preposition at `i`: "in Gaza", "in the West Bank".
  // Returns the end token of the place, or `i` when there is none.
  size_t PlaceAfter(size_t i, size_t limit, Span* place) const;
  // The first place within a few words from `i` ("200 protesters in
  // Minsk", "were fired at Tel Aviv"), not crossing punctuation, another
  // number or an agent ("by").
  bool PlaceNear(size_t i, size_t limit, Span* place) const;
  // The place of the clause before token `end` when nothing after the number
  // names one: "An Israeli strike in Rafah killed 20", "In Gaza, at least 65
  // were killed". Only the subject's place: none across punctuation (but a
  // sentence's opening "In Gaza,") or a verb of speech, whose place is the
  // speaker's ("Blinken, in Cairo, said", "officials in Geneva said"). A
  // place right after another of the `placed` numbers is that number's
  // ("65 in Gaza and seven in Israel were killed by hundreds of airstrikes").
  bool PlaceBefore(size_t first, size_t end, const std::vector<Placed>& placed,
                   Span* place) const;
  // Where a sentence's figures come from.
  struct Provenance {
    // "according to official reports", or a headline's "Gaza officials:".
    std::optional<Span> source;
    // The first token that may hold a claim: after a headline's source.
    size_t claims_first = 0;
    // A related-article line ("Read: …"): the figures are an earlier
    // article's.
    bool related_article = false;
  };
  Provenance ProvenanceOf(const Sentence& sentence) const;
  // A time expression: its tokens [first, end).
  struct Time {
    size_t first;
    size_t end;
  };
  // Every time expression of the sentence.
  std::vector<Time> TimesIn(const Sentence& sentence) const;
  // The one nearest to tokens [first, end), or an empty span.
  Span NearestTime(const std::vector<Time>& times, size_t first,
                   size_t end) const;

  const MeasureLexicon& measures_;
};

size_t ClaimFinder::MonthEnd(size_t i, size_t limit) const {
  if (i >= limit) return i;
  const size_t day = MonthNameEnd(i);
  if (day == i) return i;
  if (day < limit && tokens_[day].kind == TokenKind::kDigits) return day + 1;
  return MonthNameOf(Text(i)) == MonthName::kFull ? i + 1 : i;
}

size_t ClaimFinder::PlaceAfter(size_t i, size_t limit, Span* place) const {
  if (!(IsWordToken(i, "in") || IsWordToken(i, "at") ||
        IsWordToken(i, "near") || IsWordToken(i, "across") ||
        IsWordToken(i, "inside") || IsWordToken(i, "throughout"))) {
    return i;
  }
  size_t k = i + 1;
  if (IsWordToken(k, "the")) ++k;
  const size_t begin = k;
  while (k < limit && IsCapitalizedWord(k) && !IsWeekday(Text(k)) &&
         MonthEnd(k, limit) == k) {
    // "U.S.": an initial's period is part of the name.
    if (Text(k).size() == 1 && k + 1 < limit && IsSymbol(k + 1, ".") &&
        !tokens_[k + 1].space_before) {
      ++k;
    }
    ++k;
  }
  if (k == begin || (k < limit && tokens_[k].kind == TokenKind::kWord &&
                     !IsCapitalizedWord(k) && IsForceNoun(Text(k)))) {
    return i;
  }
  *place = SpanOf(begin, k);
  return k;
}

bool ClaimFinder::PlaceNear(size_t i, size_t limit, Span* place) const {
  constexpr size_t kPlaceWindow = 5;
  for (size_t t = i; t < limit && t < i + kPlaceWindow; ++t) {
    if (tokens_[t].kind != TokenKind::kWord || IsWordToken(t, "by") ||
        IsWordToken(t, "and")) {
      return false;
    }
    if (PlaceAfter(t, limit, place) != t) return true;
  }
  return false;
}

bool ClaimFinder::PlaceBefore(size_t first, size_t end,
                              const std::vector<Placed>& placed,
                              Span* place) const {
  for (size_t t = end; t > first; --t) {
    const size_t k = t - 1;
    if (IsSpeechVerb(Text(k))) return false;
    if (tokens_[k].kind == TokenKind::kSymbol) {
      // "In Gaza, at least 65": the sentence opens with its place.
      Span opening;
      if (!IsSymbol(k, ",") || PlaceAfter(first, k, &opening) != k) {
        return false;
      }
      *place = opening;
      return true;
    }
    Span found;
    if (PlaceAfter(k, end, &found) != k &&
        std::none_of(placed.begin(), placed.end(),
                     [k](const Placed& other) { return other.end == k; })) {
      *place = found;
      return true;
    }
  }
  return false;
}

ClaimFinder::Provenance ClaimFinder::ProvenanceOf(
    const Sentence& sentence) const {
  Provenance provenance;
  provenance.claims_first = sentence.first_token;
  if (std::optional<Headline> headline = HeadlineOf(text_, tokens_, sentence)) {
    provenance.claims_first = headline->content_first;
    provenance.related_article = headline->related_article;
    if (headline->has_source()) {
      provenance.source = SpanOf(headline->source_first, headline->source_end);
      return provenance;
    }
  }
  // "according to official reports", up to the next comma or the end.
  for (size_t k = sentence.first_token; k + 2 < sentence.end_token; ++k) {
    if (tokens_[k].span.end - tokens_[k].span.begin == 9 &&
        IsWordToken(k, "according") && IsWordToken(k + 1, "to")) {
      size_t end = k + 2;
      while (end < sentence.end_token &&
             tokens_[end].kind != TokenKind::kSymbol) {
        ++end;
      }
      if (end > k + 2) {
        provenance.source = SpanOf(k + 2, end);
        return provenance;
      }
    }
  }
  return provenance;
}

std::vector<ClaimFinder::Time> ClaimFinder::TimesIn(
    const Sentence& sentence) const {
  std::vector<Time> times;
  for (size_t t = sentence.first_token; t < sentence.end_token; ++t) {
    if (tokens_[t].kind != TokenKind::kWord) continue;
    const char lead = static_cast<char>(absl::ascii_tolower(
        static_cast<unsigned char>(text_[tokens_[t].span.begin])));
    if (std::optional<PhraseTable::Match> match =
            TimePhrases().LongestAt(text_, tokens_, t)) {
      times.push_back({t, match->end});
      t = match->end - 1;
    } else if ((lead == 'o' || lead == 's' || lead == 'l' || lead == 'b') &&
               (IsWordToken(t, "on") || IsWordToken(t, "since") ||
                IsWordToken(t, "last") || IsWordToken(t, "by")) &&
               t + 1 < sentence.end_token) {
      const size_t end =
          IsWeekday(Text(t + 1)) ? t + 2 : MonthEnd(t + 1, sentence.end_token);
      if (end > t + 1) {
        times.push_back({t, end});
        t = end - 1;
      }
    }
  }
  return times;
}

Span ClaimFinder::NearestTime(const std::vector<Time>& times, size_t first,
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

void ClaimFinder::AddSentence(const Sentence& sentence,
                              const std::vector<const Quantity*>& quantities,
                              std::vector<NumericClaim>* claims) const {
  const size_t sentence_claims_begin = claims->size();
  // Where the sentence's quantities and measure words are.
  std::vector<Placed> placed;
  for (const Quantity* q : quantities) {
    placed.push_back(
        {q, TokenAt(sentence, q->span.begin), TokenAt(sentence, q->span.end)});
  }
  std::vector<MeasureMatch> found;
  size_t p = 0;
  for (size_t t = sentence.first_token; t < sentence.end_token; ++t) {
    while (p < placed.size() && placed[p].end <= t) ++p;
    if (p < placed.size() && placed[p].first <= t) {
      t = placed[p].end - 1;
      continue;
    }
    if (tokens_[t].kind != TokenKind::kWord) continue;
    if (std::optional<MeasureMatch> match = measures_.At(text_, tokens_, t)) {
      found.push_back(*match);
      t = match->end - 1;
    }
  }

  const Provenance provenance = ProvenanceOf(sentence);
  const std::vector<Time> times = TimesIn(sentence);

  for (size_t k = 0; k < placed.size(); ++k) {
    const Placed& here = placed[k];
    const Quantity& q = *here.quantity;
    // A share named without a number is no claim.
    if (!q.value && q.qualifier == Qualifier::kVague &&
        q.unit_kind == UnitKind::kPercent) {
      continue;
    }
    // "from 35 to 43" after a verb of change: 35 is 43's earlier figure.
    const bool is_earlier = k + 1 < placed.size() && here.first > 0 &&
                            IsWordToken(here.first - 1, "from") &&
                            IsWordToken(here.end, "to") &&
                            placed[k + 1].first == here.end + 1;
    if (is_earlier) continue;
    // "rose to 2,862, up from 2,012 on Saturday": the sentence's claim
    // before it has no earlier figure yet, and 2,012 is that.
    if (here.first > 1 && IsWordToken(here.first - 1, "from") &&
        (IsWordToken(here.first - 2, "up") ||
         IsWordToken(here.first - 2, "down")) &&
        claims->size() > sentence_claims_begin &&
        !claims->back().earlier.has_value()) {
      NumericClaim& claim = claims->back();
      claim.earlier = q;
      // "on Saturday" after it dates the earlier figure, not the claim.
      if (claim.time_span.begin >= q.span.end) claim.time_span = Span{};
      continue;
    }

    // The measure: forward, backward, heads first, subjects last.
    const MeasureMatch* forward = nullptr;
    const MeasureMatch* forward_subject = nullptr;
    const MeasureMatch* backward = nullptr;
    const MeasureMatch* backward_head = nullptr;
    const MeasureMatch* backward_subject = nullptr;
    for (const MeasureMatch& m : found) {
      if (m.begin >= here.end && m.begin - here.end <= kMeasureWindow) {
        bool blocked = false;
        for (size_t t = here.end; t < m.begin; ++t) {
          blocked = blocked || IsSymbol(t, ";") || IsSymbol(t, ":");
        }
        if (blocked) continue;
        if (m.entry->subject) {
          if (!forward_subject) forward_subject = &m;
        } else if (!forward) {
          forward = &m;
        }
      } else if (m.end <= here.first && here.first - m.end <= kMeasureWindow &&
                 m.begin >= provenance.claims_first) {
        if (m.entry->head) backward_head = &m;
        if (m.entry->subject) {
          backward_subject = &m;
        } else {
          backward = &m;
        }
      }
    }
    const MeasureMatch* measure = nullptr;
    bool measure_before = false;
    if (backward_head && !(forward && forward->begin == here.end)) {
      measure = backward_head;
      measure_before = true;
    } else if (forward && backward) {
      const size_t ahead = forward->begin - here.end;
      const size_t behind = here.first - backward->end;
      measure_before = behind < ahead;
      measure = measure_before ? backward : forward;
    } else if (forward || backward) {
      measure = forward ? forward : backward;
      measure_before = !forward;
    } else if (forward_subject || backward_subject) {
      measure = forward_subject ? forward_subject : backward_subject;
      measure_before = !forward_subject;
    }
    absl::string_view measure_name;
    if (measure) {
      measure_name = measure->entry->measure;
    } else if (q.unit_kind == UnitKind::kCurrency) {
      measure_name = "amount";
    } else {
      continue;
    }

    NumericClaim claim;
    claim.quantity = q;
    claim.measure = measure_name;
    claim.cumulative = measure != nullptr && measure->entry->cumulative;
    claim.related_article = provenance.related_article;
    claim.sentence_span = sentence.span;
    Span span = q.span;
    if (measure) {
      claim.measure_span = SpanOf(measure->begin, measure->end);
      // The measure is part of the claim's words when it stands by the
      // number ("thousands of rockets") or names the count before it.
      if (measure_before && measure->entry->head) {
        span.begin = claim.measure_span.begin;
      } else if (!measure_before && measure->begin <= here.end + 1) {
        span.end = claim.measure_span.end;
      }
    }

    // Where: right after the number ("65 in Gaza"), else after the measure
    // ("killed in Gaza").
    Span place{};
    if (PlaceAfter(here.end, sentence.end_token, &place) != here.end) {
      span.end = std::max(span.end, place.end);
    } else if (q.value && *q.value > 0 && *q.value < 1 &&
               IsWordToken(here.end, "of") &&
               here.end + 2 < sentence.end_token &&
               IsWordToken(here.end + 1, "the") &&
               tokens_[here.end + 2].kind == TokenKind::kWord) {
      // A share names its whole: "a third of the city".
      place = SpanOf(here.end + 1, here.end + 3);
      span.end = std::max(span.end, place.end);
    } else if (!PlaceNear(here.end, sentence.end_token, &place) && measure) {
      // After the measure: "killed in Gaza", or between a measure before the
      // number and the number: "the death toll in Gaza rose to 43".
      PlaceNear(measure->end, measure_before ? here.first : sentence.end_token,
                &place);
    }
    if (place.end == 0) {
      PlaceBefore(provenance.claims_first,
                  measure_before ? measure->begin : here.first, placed, &place);
    }
    if (provenance.source.has_value()) {
      const Span& source = *provenance.source;
      claim.source = std::string(TextOf(text_, source));
      claim.source_span = source;
      // "Gaza officials": a body named after a place gives that place's
      // figures.
      if (place.end == 0) {
        const size_t first = TokenAt(sentence, source.begin);
        size_t last = TokenAt(sentence, source.end);
        while (last > first && tokens_[last - 1].span.end > source.end) --last;
        if (last - first >= 2 &&
            IsAuthorityNoun(TextOf(text_, tokens_[last - 1].span))) {
          size_t place_end = first;
          while (place_end < last - 1 && IsCapitalizedWord(place_end))
            ++place_end;
          if (place_end > first) place = SpanOf(first, place_end);
        }
      }
    }
    if (place.end != 0) {
      claim.location = CanonicalPlace(TextOf(text_, place));
      claim.location_span = place;
    }
    claim.time_span = NearestTime(times, here.first, here.end);
    if (k > 0 && placed[k - 1].end + 1 == here.first &&
        IsWordToken(here.first - 1, "to") && placed[k - 1].first > 0 &&
        IsWordToken(placed[k - 1].first - 1, "from")) {
      claim.earlier = *placed[k - 1].quantity;
    }
    claim.span = span;
    claims->push_back(std::move(claim));
  }
}

}  // namespace

std::vector<NumericClaim> FindNumericClaims(
    absl::string_view text, const std::vector<Token>& tokens,
    const std::vector<Sentence>& sentences,
    const std::vector<Quantity>& quantities) {
  std::vector<NumericClaim> claims;
  claims.reserve(quantities.size());
  ClaimFinder finder(text, tokens);
  size_t q = 0;
  std::vector<const Quantity*> in_sentence;
  for (const Sentence& sentence : sentences) {
    in_sentence.clear();
    while (q < quantities.size() &&
           quantities[q].span.begin < sentence.span.end) {
      if (quantities[q].span.begin >= sentence.span.begin) {
        in_sentence.push_back(&quantities[q]);
      }
      ++q;
    }
    if (!in_sentence.empty())
      finder.AddSentence(sentence, in_sentence, &claims);
  }
  return claims;
}

}  // namespace factcheck::extract
