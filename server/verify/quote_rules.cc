#include "server/verify/quote_rules.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "server/verify/quote_changes.h"
#include "store/quote_shingles.h"

namespace factcheck::verify {
namespace {

// Whether two texts give the same figures and negations, each as often:
// reported words that differ in a figure ("812 people had died" after "430
// people had died") or a "not" say another thing, however alike the rest.
bool SameFiguresAndNegations(const Words& a, const Words& b,
                             const QuoteWords& words) {
  const auto keys = [&words](const Words& list) {
    std::vector<QuoteWords::Word> found;
    for (QuoteWords::Word word : list) {
      if (IsFigureOrNegation(words.Spelling(word))) found.push_back(word);
    }
    std::sort(found.begin(), found.end());
    return found;
  };
  return keys(a) == keys(b);
}

// Who said a prior's words, as an explanation names them: the claim's
// speaker, or how the prior names the one who speaks for them (or for
// whom they speak).
std::string SaidBy(const factcheck::v1::AttributedClaim& claim,
                   const store::IndexedClaim& prior) {
  const factcheck::v1::AttributedClaim& theirs = prior.claim().attributed();
  if (SameSpeaker(claim.speaker(), theirs.speaker())) return claim.speaker();
  return theirs.speaker_text().empty() ? theirs.speaker()
                                       : theirs.speaker_text();
}

}  // namespace

Judgement JudgeQuote(const factcheck::v1::AttributedClaim& claim,
                     const PriorClaims& priors, QuoteWords& words,
                     std::optional<absl::Time> document_time) {
  if (claim.speaker().empty()) {
    Judgement unnamed;  // UNVERIFIED, with no evidence
    unnamed.explanation =
        absl::StrCat("the text does not say who \"", claim.speaker_text(),
                     "\" is: words are compared only as a named speaker's");
    return unnamed;
  }
  const auto is_quotation = [](const factcheck::v1::AttributedClaim& said) {
    return said.kind() == factcheck::v1::ATTRIBUTION_KIND_DIRECT ||
           said.kind() == factcheck::v1::ATTRIBUTION_KIND_MIXED;
  };
  const bool quotation = is_quotation(claim);
  // Asked of every prior.
  const ComparableName speaker(claim.speaker());
  const bool claim_names_no_one = NamesNoOne(claim);
  const Words& mine = words.Of(store::ComparedWords(claim));
  PriorClaims agree, misquoted;
  // Every prior by the claim's speaker, and every prior giving the same
  // words to someone else, with its words: words another speaker was given
  // that one of the speaker's own priors also holds are not proof of a
  // misattribution ("He says the commander believed …, and that “It was the
  // wrong decision”" gives the quotation to both).
  std::vector<std::pair<const store::IndexedClaim*, const Words*>> by_speaker,
      by_others;
  const store::IndexedClaim* closest_misquote = nullptr;
  // A prior giving the claim's words, too few of them to tell who said
  // them, to someone else.
  const store::IndexedClaim* too_short_elsewhere = nullptr;
  const store::IndexedClaim* unnamed_elsewhere = nullptr;
  // A prior of words close to the claim's by a speaker whose description
  // ("the spokesman") names no one: it may be another person's.
  const store::IndexedClaim* unnamed_close = nullptr;
  // A prior giving the claim's words to a name spelled like its speaker's,
  // or naming the speaker by a given name alone or shortened (then
  // alike_by_given_name).
  const store::IndexedClaim* alike_elsewhere = nullptr;
  bool alike_by_given_name = false;
  // A prior of the speaker's words close to the claim's, reported too long
  // before the document to be of the same occasion.
  const store::IndexedClaim* earlier_occasion = nullptr;
  // A prior quotation of the speaker that shares words with the claim's,
  // too few to tell one statement changed from two statements (a
  // translation made twice, a talking point said two ways).
  const store::IndexedClaim* reworded = nullptr;
  // A prior quotation of the speaker like the claim's but for the words
  // each leads into the shared ones with: two statements of one line.
  const store::IndexedClaim* led_in_apart = nullptr;
  double closest_similarity = 0;
  WordChanges mine_changes, theirs_changes;
  // The most of the claim's words an agreeing prior carries, and that
  // prior: a prior quoting one sentence of a longer quotation confirms
  // only that part.
  size_t most_words_carried = 0;
  const store::IndexedClaim* carrying_most = nullptr;
  // Which of the claim's words an agreeing prior carries.
  std::vector<bool> carried(mine.size(), false);
  // When the first agreeing prior differs from the claim only in asides
  // one of them holds (OnlyAsidesLeftOut), which, for the explanation.
  std::string asides_left_out;
  // How the claim's words compare with each distinct prior text: many
  // priors repeat one quote word for word.
  struct Comparison {
    bool verbatim = false;
    double similarity = 0;
    // How each word of the claim and of the prior stands to the other
    // (ReadChanges).
    WordChanges mine_changes, theirs_changes;
    // Whether a stretch of the longer quote was compared (only for a prior
    // of the claim's speaker, when the whole is too unlike).
    bool fragment_compared = false;
    // Whether mine_changes and theirs_changes are filled in: they are read
    // only of a prior of the claim's speaker similar enough to be a
    // misquote (or to differ in zeros only), and aligning the words is
    // dear.
    bool marked = false;
    // Whether the prior's words hold one of zeros only ("00").
    bool has_zeros = false;
    // When the prior carries the claim's words piece by piece
    // (CarriedPieceByPiece), which of them: the comparison is then
    // verbatim.
    std::vector<bool> carried_by_pieces;
    // Whether carried_by_sentences is filled in (only for a prior of the
    // claim's speaker).
    bool sentences_compared = false;
    // Which of the claim's words the prior carries sentence by sentence
    // (CarriedSentenceBySentence); empty when none.
    std::vector<bool> carried_by_sentences;
  };
  auto has_zeros = [&words](const Words& list) {
    return std::any_of(list.begin(), list.end(), [&words](QuoteWords::Word w) {
      return words.ZerosOnly(w);
    });
  };
  const bool mine_has_zeros = has_zeros(mine);
  absl::flat_hash_map<const Words*, Comparison> comparisons;
  CommonWordCount common_words(mine);
  // The claim's words said once (SaidOnce), made when first needed, and
  // their common words with a piece of a prior of several pieces: "if she
  // gets to pick, if she gets to pick her judges" against "By the way, if
  // she gets to pick her judges, …", one piece of a longer statement.
  std::optional<SaidOnceWords> said_once;
  const auto mine_said_once = [&]() -> const SaidOnceWords& {
    if (!said_once.has_value()) said_once.emplace(mine);
    return *said_once;
  };
  std::optional<CommonWordCount> counted_once;
  // The claim's long sentences (LongSentencesOf), split when first needed.
  std::optional<std::vector<WordStretch>> long_sentences;
  // Which of the claim's words one agreeing prior carries.
  std::vector<bool> carried_here;
  for (const store::IndexedClaim* prior : priors) {
    const factcheck::v1::AttributedClaim& theirs = prior->claim().attributed();
    const Words& their_words = words.Of(store::ComparedWords(theirs));
    if (mine.empty() || their_words.empty()) continue;
    const auto [compared, added] = comparisons.try_emplace(&their_words);
    Comparison& comparison = compared->second;
    const size_t total = mine.size() + their_words.size();
    if (added) {
      comparison.has_zeros = has_zeros(their_words);
      comparison.verbatim = mine == their_words ||
                            Contains(their_words, mine) ||
                            Contains(mine, their_words);
      if (!comparison.verbatim) {
        comparison.carried_by_pieces =
            CarriedPieceByPiece(claim, mine, theirs, their_words, words);
        comparison.verbatim = !comparison.carried_by_pieces.empty();
      }
      // The common words are at most the shorter list, all of it when one
      // stands inside the other: only the rest need aligning, and only when
      // they could reach the lowest threshold.
      comparison.similarity =
          2.0 * std::min(mine.size(), their_words.size()) / total;
      if (!comparison.verbatim) {
        comparison.similarity =
            comparison.similarity < kMisquoteSimilarity
                ? 0
                : 2.0 *
                      common_words.With(their_words.data(),
                                        their_words.size()) /
                      total;
      }
    }
    const bool same_speaker =
        SameSpeaker(speaker, theirs.speaker()) || SpeaksFor(claim, theirs);
    // Words changed are told only between two quotations: a prior's
    // paraphrase ("she applauded him … for challenging the political
    // system") is its writer's words, no version of the speaker's.
    const bool both_quoted = quotation && is_quotation(theirs);
    if (same_speaker && both_quoted && !comparison.verbatim &&
        comparison.similarity < kMisquoteSimilarity &&
        !comparison.fragment_compared) {
      comparison.fragment_compared = true;
      std::vector<bool> mine_in, theirs_in;
      if (AlignSaidOnce(mine_said_once(), their_words, /*whole=*/false, words,
                        &comparison.mine_changes,
                        &comparison.theirs_changes) >= kFragmentSimilarity) {
        comparison.similarity = kMisquoteSimilarity;
        comparison.marked = true;
      } else {
        const SaidOnceWords& once = mine_said_once();
        if (!counted_once.has_value()) counted_once.emplace(once.words);
        WordStretch piece;
        if (const double similarity =
                PieceSimilarity(once.words, *counted_once, theirs, their_words,
                                words, &mine_in, &theirs_in, &piece);
            similarity >= kMisquoteSimilarity) {
          comparison.similarity = similarity;
          comparison.marked = true;
          // The claim's words past the piece's ends are more of the same
          // remarks only where the prior's statement ends too, the piece
          // being its first or its last: "Hillary wants to abolish … By the
          // way, if she gets to pick her judges" against a prior opening
          // "By the way".
          std::vector<bool> piece_alone(their_words.size(), false);
          std::copy_n(theirs_in.begin() + piece.begin, piece.size,
                      piece_alone.begin() + piece.begin);
          comparison.mine_changes =
              WithSaidTwice(ReadChanges(once.words, mine_in, piece_alone,
                                        /*whole=*/true, words),
                            once.twice);
          comparison.theirs_changes = ReadChanges(
              their_words, theirs_in, mine_in, /*whole=*/false, words);
        }
      }
    }
    // Without a word of zeros in either list, two lists that differ differ
    // in more than zeros: the marks matter only to a misquote then.
    if (same_speaker && !comparison.verbatim && !comparison.marked &&
        comparison.similarity >= kMisquoteSimilarity &&
        (quotation || (comparison.similarity < kSameWordsSimilarity &&
                       (mine_has_zeros || comparison.has_zeros)))) {
      AlignSaidOnce(mine_said_once(), their_words, /*whole=*/true, words,
                    &comparison.mine_changes, &comparison.theirs_changes);
      comparison.marked = true;
    }
    // A quotation shorter than a fragment inside a longer paraphrase is
    // there in the writer's words, perhaps by chance (the campaign
    // "Leave" in "that would leave the issue …"): no word for word match.
    const bool verbatim =
        comparison.verbatim &&
        !(quotation && !is_quotation(theirs) &&
          mine.size() < kMinFragmentWords && mine.size() < their_words.size());
    const double similarity = comparison.similarity;
    if (same_speaker) {
      by_speaker.emplace_back(prior, &their_words);
      // A sentence the two share word for word confirms that part, of a
      // prior too unlike to be a misquote, or like enough only for the
      // shared sentence: the others are other sentences of one statement.
      const bool by_sentences_read = both_quoted && !verbatim;
      if (by_sentences_read && !comparison.sentences_compared) {
        comparison.sentences_compared = true;
        if (!long_sentences.has_value()) {
          long_sentences = LongSentencesOf(claim, mine, words);
        }
        comparison.carried_by_sentences =
            CarriedSentenceBySentence(mine, *long_sentences, their_words);
        if (comparison.marked &&
            !OtherSentencesOfOneStatement(
                mine, *long_sentences, comparison.carried_by_sentences,
                their_words, LongSentencesOf(theirs, their_words, words))) {
          comparison.carried_by_sentences.clear();
        }
      }
      const bool carried_by_sentences =
          by_sentences_read && !comparison.carried_by_sentences.empty();
      const bool only_writing_differs =
          similarity >= kMisquoteSimilarity &&
          OnlyWritingDiffers(mine, comparison.mine_changes, their_words,
                             comparison.theirs_changes, words);
      const bool only_asides_left_out =
          similarity >= kMisquoteSimilarity && !only_writing_differs &&
          OnlyAsidesLeftOut(store::ComparedWords(claim), mine,
                            comparison.mine_changes,
                            store::ComparedWords(theirs), their_words,
                            comparison.theirs_changes, words);
      if (verbatim || carried_by_sentences ||
          (!quotation && similarity >= kSameWordsSimilarity &&
           SameFiguresAndNegations(mine, their_words, words)) ||
          only_writing_differs || only_asides_left_out) {
        if (agree.empty() && only_asides_left_out) {
          asides_left_out = absl::StrCat(
              ", but for an aside one report leaves out: ",
              AnyChanged(comparison.mine_changes)
                  ? Quoted(mine, comparison.mine_changes, words)
                  : Quoted(their_words, comparison.theirs_changes, words));
        }
        agree.push_back(prior);
        carried_here = carried_by_sentences ? comparison.carried_by_sentences
                                            : comparison.carried_by_pieces;
        if (carried_here.empty()) {
          const bool part = verbatim && their_words.size() < mine.size();
          carried_here.assign(mine.size(), !part);
          if (part) {
            std::fill_n(
                carried_here.begin() +
                    (std::search(mine.begin(), mine.end(), their_words.begin(),
                                 their_words.end()) -
                     mine.begin()),
                their_words.size(), true);
          } else if (!verbatim && !comparison.mine_changes.empty()) {
            for (size_t i = 0; i < mine.size(); ++i) {
              carried_here[i] = comparison.mine_changes[i] != WordChange::kCut;
            }
          }
        }
        if (const size_t words_carried = static_cast<size_t>(
                std::count(carried_here.begin(), carried_here.end(), true));
            words_carried > most_words_carried) {
          most_words_carried = words_carried;
          carrying_most = prior;
        }
        for (size_t i = 0; i < mine.size(); ++i) {
          carried[i] = carried[i] || carried_here[i];
        }
      } else if (both_quoted && similarity >= kMisquoteSimilarity &&
                 (claim_names_no_one || NamesNoOne(theirs))) {
        if (unnamed_close == nullptr) unnamed_close = prior;
      } else if (both_quoted && similarity >= kMisquoteSimilarity &&
                 document_time.has_value() &&
                 *document_time - PublishedAt(*prior) > kSameOccasionWindow) {
        if (earlier_occasion == nullptr) earlier_occasion = prior;
      } else if (both_quoted && similarity >= kMisquoteSimilarity &&
                 WordsApartBeforeTheSharedWords(mine, their_words) >=
                     kWordsLedInApart) {
        if (led_in_apart == nullptr) led_in_apart = prior;
      } else if (both_quoted && similarity >= kMisquoteSimilarity) {
        misquoted.push_back(prior);
        if (similarity > closest_similarity) {
          closest_similarity = similarity;
          closest_misquote = prior;
          mine_changes = comparison.mine_changes;
          theirs_changes = comparison.theirs_changes;
        }
      } else if (both_quoted && reworded == nullptr &&
                 2.0 * std::min(mine.size(), their_words.size()) / total >=
                     kRewordedSimilarity &&
                 2.0 *
                         common_words.With(their_words.data(),
                                           their_words.size()) /
                         total >=
                     kRewordedSimilarity) {
        reworded = prior;
      }
    } else if (quotation && (verbatim || (similarity >= kSameWordsSimilarity &&
                                          SameFiguresAndNegations(
                                              mine, their_words, words)))) {
      if (claim_names_no_one || NamesNoOne(theirs)) {
        if (unnamed_elsewhere == nullptr) unnamed_elsewhere = prior;
      } else if (const bool by_given_name =
                     NamedByGivenNameAlone(speaker, theirs.speaker()) ||
                     GivenNameShortened(speaker, theirs.speaker());
                 by_given_name ||
                 SpelledAlike(claim.speaker(), theirs.speaker())) {
        if (alike_elsewhere == nullptr) {
          alike_elsewhere = prior;
          alike_by_given_name = by_given_name;
        }
      } else if (std::min(mine.size(), their_words.size()) >=
                 kMinMisattributedWords) {
        by_others.emplace_back(prior, &their_words);
      } else if (too_short_elsewhere == nullptr) {
        too_short_elsewhere = prior;
      }
    }
  }
  // A prior giving the words to someone else proves a misattribution only
  // when no prior of the claim's speaker holds them too; else the pair is
  // named (the speaker's first such prior).
  PriorClaims elsewhere;
  const store::IndexedClaim* also_by_speaker = nullptr;
  const store::IndexedClaim* also_elsewhere = nullptr;
  for (const auto& [other, other_words] : by_others) {
    // A lambda may not capture a structured binding before C++20.
    const Words& theirs = *other_words;
    const auto own = std::find_if(
        by_speaker.begin(), by_speaker.end(),
        [&theirs](const auto& mine) { return Contains(*mine.second, theirs); });
    if (own == by_speaker.end()) {
      elsewhere.push_back(other);
    } else {
      also_by_speaker = own->first;
      also_elsewhere = other;
    }
  }
  // A prior quoting one sentence of a longer quotation confirms that part
  // only: words changed from another prior of the speaker in the rest
  // ("…never break the spirit…" for "…can never break the will…") are a
  // misquotation the agreeing part does not undo.
  bool changed_beyond_agreement = false;
  if (closest_misquote != nullptr && !agree.empty() &&
      most_words_carried < mine.size() && mine_changes.size() == mine.size()) {
    for (size_t i = 0; i < mine.size(); ++i) {
      changed_beyond_agreement =
          changed_beyond_agreement ||
          (mine_changes[i] == WordChange::kChanged && !carried[i]);
    }
  }
  // A part shorter than a fragment and than half the quotation may be a
  // phrase many statements share ("It was the wrong decision" in 22 words,
  // "Absolutely" in 54): too little to confirm the rest.
  const bool too_little_carried = carrying_most != nullptr &&
                                  most_words_carried < kMinFragmentWords &&
                                  2 * most_words_carried < mine.size();
  Judgement judgement;
  std::string note;
  if (!agree.empty() && !changed_beyond_agreement && !too_little_carried) {
    judgement.verdict = factcheck::v1::VERDICT_CONSISTENT;
    judgement.evidence = agree;
    judgement.independent_sources = IndependentSources(agree, &note);
    judgement.explanation =
        most_words_carried < mine.size()
            ? absl::StrCat(SaidBy(claim, *agree.front()),
                           " said part of these words (", Label(*agree.front()),
                           "): no earlier report carries more than ",
                           most_words_carried, " of its ", mine.size(),
                           " words", note)
            : absl::StrCat(SaidBy(claim, *agree.front()),
                           " said the same words (", Label(*agree.front()), ")",
                           asides_left_out, note);
    judgement.confidence =
        Confidence(judgement.independent_sources, 0.7, 0.1, 0.95);
  } else if (closest_misquote != nullptr) {
    judgement.verdict = factcheck::v1::VERDICT_MISQUOTED;
    judgement.evidence = {closest_misquote};
    for (const store::IndexedClaim* other : misquoted) {
      if (other != closest_misquote) judgement.evidence.push_back(other);
    }
    judgement.independent_sources =
        IndependentSources(judgement.evidence, &note);
    const Words& theirs =
        words.Of(store::ComparedWords(closest_misquote->claim().attributed()));
    const bool removed = AnyChanged(theirs_changes);
    const bool added = AnyChanged(mine_changes);
    std::string change;
    if (removed && added) {
      change = absl::StrCat(Quoted(theirs, theirs_changes, words), " became ",
                            Quoted(mine, mine_changes, words));
    } else if (removed) {
      change = absl::StrCat(Quoted(theirs, theirs_changes, words), " left out");
    } else {
      change = absl::StrCat(Quoted(mine, mine_changes, words), " added");
    }
    judgement.explanation = absl::StrCat(
        "words changed from what ", SaidBy(claim, *closest_misquote), " said (",
        Label(*closest_misquote), "): ", change, note);
    judgement.confidence = std::min(0.9, 0.4 + 0.5 * closest_similarity);
  } else if (too_little_carried) {
    judgement.explanation = absl::StrCat(
        "an earlier report gives ", SaidBy(claim, *carrying_most), " only ",
        most_words_carried, " of these ", mine.size(), " words (",
        Label(*carrying_most), "): too few to confirm the rest");
  } else if (alike_elsewhere != nullptr) {
    // Perhaps one person whose name two reports spell two ways, or one
    // names by the given name alone: no proof that someone else said the
    // words, whoever else was given them.
    const absl::string_view theirs =
        alike_elsewhere->claim().attributed().speaker();
    judgement.explanation = absl::StrCat(
        "these words were given to ", theirs, " (", Label(*alike_elsewhere),
        alike_by_given_name ? "), a name that may be "
                            : "), a name spelled like ",
        claim.speaker(), "'s: who said them is not settled");
  } else if (!elsewhere.empty()) {
    judgement.verdict = factcheck::v1::VERDICT_MISATTRIBUTED;
    std::sort(elsewhere.begin(), elsewhere.end(), [](auto* a, auto* b) {
      return a->published_seconds() < b->published_seconds();
    });
    judgement.evidence = elsewhere;
    judgement.independent_sources = IndependentSources(elsewhere, &note);
    judgement.explanation = absl::StrCat(
        "these words were attributed to ",
        elsewhere.front()->claim().attributed().speaker(), " (",
        Label(*elsewhere.front()), "), not ", claim.speaker(), note);
    judgement.confidence =
        Confidence(judgement.independent_sources, 0.7, 0.1, 0.9);
  } else if (also_elsewhere != nullptr) {
    judgement.explanation = absl::StrCat(
        "these words were given to ",
        also_elsewhere->claim().attributed().speaker(), " (",
        Label(*also_elsewhere), ") but also to ", claim.speaker(), " (",
        Label(*also_by_speaker), "): who said them is not settled");
  } else if (unnamed_elsewhere != nullptr) {
    const factcheck::v1::AttributedClaim& theirs =
        unnamed_elsewhere->claim().attributed();
    judgement.explanation = absl::StrCat(
        "these words were also given to ", theirs.speaker(), " (",
        Label(*unnamed_elsewhere), "), but \"",
        claim_names_no_one ? claim.speaker_text() : theirs.speaker_text(),
        "\" names no one to tell them apart: who said them is not settled");
  } else if (unnamed_close != nullptr) {
    judgement.explanation = absl::StrCat(
        "words changed from what ",
        unnamed_close->claim().attributed().speaker(), " said (",
        Label(*unnamed_close), "), but \"",
        claim_names_no_one ? claim.speaker_text()
                           : unnamed_close->claim().attributed().speaker_text(),
        "\" names no one: whether one person said both is not settled");
  } else if (earlier_occasion != nullptr) {
    judgement.explanation = absl::StrCat(
        "words like these were said by ", SaidBy(claim, *earlier_occasion),
        " (", Label(*earlier_occasion),
        "), more than two weeks before: perhaps on another occasion, so no "
        "misquotation is claimed");
  } else if (led_in_apart != nullptr) {
    judgement.explanation = absl::StrCat(
        "an earlier report quotes ", SaidBy(claim, *led_in_apart),
        " in words partly like these (", Label(*led_in_apart),
        "), but each quotation leads into them with other words of its own: "
        "perhaps two statements of one line, so no misquotation is claimed");
  } else if (too_short_elsewhere != nullptr) {
    judgement.explanation = absl::StrCat(
        "these words were also given to ",
        too_short_elsewhere->claim().attributed().speaker(), " (",
        Label(*too_short_elsewhere), "), but fewer than ",
        kMinMisattributedWords, " words are too few to tell who said them");
  } else if (reworded != nullptr) {
    judgement.explanation = absl::StrCat(
        "an earlier report quotes ", SaidBy(claim, *reworded), " in words ",
        "partly like these (", Label(*reworded),
        "): too unlike to tell one statement changed from two statements");
  } else {
    judgement.explanation =
        absl::StrCat("no earlier report quotes ", claim.speaker(), " on this");
  }
  return judgement;
}

}  // namespace factcheck::verify
