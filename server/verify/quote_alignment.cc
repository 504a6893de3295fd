#include "server/verify/quote_alignment.h"

#include <algorithm>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "store/quote_shingles.h"

namespace factcheck::verify {
namespace {

// The word lists of `claim`'s pieces (store::ComparedPieces), or of its
// whole `all` when it is of one piece; empty when the pieces' words are not
// the whole's.
std::vector<const Words*> PiecesOf(const factcheck::v1::AttributedClaim& claim,
                                   const Words& all, QuoteWords& words) {
  const std::vector<absl::string_view> pieces = store::ComparedPieces(claim);
  if (pieces.empty()) return {&all};
  std::vector<const Words*> lists;
  size_t total = 0;
  for (const absl::string_view piece : pieces) {
    lists.push_back(&words.Of(piece));
    total += lists.back()->size();
  }
  if (total != all.size()) return {};
  return lists;
}

}  // namespace

size_t CommonWords(const Words& a, const Words& b, std::vector<bool>* in_a,
                   std::vector<bool>* in_b) {
  const size_t n = std::min(a.size(), kMaxAlignedWords);
  const size_t m = std::min(b.size(), kMaxAlignedWords);
  // table(i, j): the LCS length of a[i..] and b[j..].
  std::vector<uint16_t> cells((n + 1) * (m + 1), 0);
  auto table = [&](size_t i, size_t j) -> uint16_t& {
    return cells[i * (m + 1) + j];
  };
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      table(i, j) = a[i] == b[j] ? table(i + 1, j + 1) + 1
                                 : std::max(table(i + 1, j), table(i, j + 1));
    }
  }
  in_a->assign(a.size(), false);
  in_b->assign(b.size(), false);
  for (size_t i = 0, j = 0; i < n && j < m;) {
    if (a[i] == b[j]) {
      (*in_a)[i++] = true;
      (*in_b)[j++] = true;
    } else if (table(i + 1, j) >= table(i, j + 1)) {
      ++i;
    } else {
      ++j;
    }
  }
  return table(0, 0);
}

CommonWordCount::CommonWordCount(const Words& mine)
    : compared_(std::min(mine.size(), kMaxAlignedWords)),
      blocks_((compared_ + 63) / 64) {
  masks_.reserve(compared_ * blocks_);
  QuoteWords::Word last = 0;
  for (size_t i = 0; i < compared_; ++i) last = std::max(last, mine[i]);
  slots_.assign(compared_ == 0 ? 0 : last + 1, 0);
  for (size_t i = 0; i < compared_; ++i) {
    uint16_t& slot = slots_[mine[i]];
    if (slot == 0) {
      masks_.resize(masks_.size() + blocks_, 0);
      slot = static_cast<uint16_t>(masks_.size() / blocks_);
    }
    masks_[(slot - 1) * blocks_ + i / 64] |= uint64_t{1} << (i % 64);
  }
}

size_t CommonWordCount::With(const QuoteWords::Word* theirs, size_t count) {
  column_.assign(blocks_, ~uint64_t{0});
  const size_t m = std::min(count, kMaxAlignedWords);
  for (size_t j = 0; j < m; ++j) {
    // A word `mine` lacks leaves the column as it is.
    if (theirs[j] >= slots_.size() || slots_[theirs[j]] == 0) continue;
    const uint64_t* match = &masks_[(slots_[theirs[j]] - 1) * blocks_];
    uint64_t carry = 0, borrow = 0;
    for (size_t k = 0; k < blocks_; ++k) {
      const uint64_t v = column_[k];
      const uint64_t u = v & match[k];
      uint64_t sum = v + u;
      const uint64_t sum_carry = sum < v;
      sum += carry;
      carry = sum_carry | (sum < carry);
      uint64_t difference = v - u;
      const uint64_t difference_borrow = v < u;
      const uint64_t before = difference;
      difference -= borrow;
      borrow = difference_borrow | (before < borrow);
      column_[k] = sum | difference;
    }
  }
  // The common words are the zeros among the compared bits.
  size_t common = 0;
  for (size_t k = 0; k < blocks_; ++k) {
    const size_t bits = std::min<size_t>(64, compared_ - 64 * k);
    const uint64_t in_range =
        bits == 64 ? ~uint64_t{0} : (uint64_t{1} << bits) - 1;
    common += static_cast<size_t>(__builtin_popcountll(~column_[k] & in_range));
  }
  return common;
}

double FragmentSimilarity(const Words& a, const Words& b,
                          std::vector<bool>* in_a, std::vector<bool>* in_b) {
  const bool a_shorter = a.size() < b.size();
  const Words& shorter = a_shorter ? a : b;
  const Words& longer = a_shorter ? b : a;
  if (shorter.size() < kMinFragmentWords || longer.size() > kMaxAlignedWords ||
      longer.size() == shorter.size()) {
    return 0;
  }
  // Each stretch counted without a table; the best one aligned.
  CommonWordCount counted(shorter);
  size_t best = 0;
  size_t best_start = 0;
  for (size_t start = 0; start + shorter.size() <= longer.size(); ++start) {
    const size_t common = counted.With(longer.data() + start, shorter.size());
    if (common > best) {
      best = common;
      best_start = start;
    }
  }
  const double similarity = static_cast<double>(best) / shorter.size();
  if (similarity < kFragmentSimilarity) return similarity;
  std::vector<bool> best_in_shorter, best_in_stretch;
  const Words stretch(longer.begin() + best_start,
                      longer.begin() + best_start + shorter.size());
  CommonWords(shorter, stretch, &best_in_shorter, &best_in_stretch);
  // Where the shorter ends on a word in common, the stretch's words after
  // that word's match are the longer going on, no change ("… before
  // winter" inside "… before winter. Then …"); so too before its start.
  const auto first =
      std::find(best_in_stretch.begin(), best_in_stretch.end(), true);
  if (first != best_in_stretch.end()) {
    if (best_in_shorter.front()) {
      std::fill(best_in_stretch.begin(), first, true);
    }
    if (best_in_shorter.back()) {
      std::fill(
          std::find(best_in_stretch.rbegin(), best_in_stretch.rend(), true)
              .base(),
          best_in_stretch.end(), true);
    }
  }
  std::vector<bool> in_longer(longer.size(), true);
  std::copy(best_in_stretch.begin(), best_in_stretch.end(),
            in_longer.begin() + best_start);
  *(a_shorter ? in_a : in_b) = std::move(best_in_shorter);
  *(a_shorter ? in_b : in_a) = std::move(in_longer);
  return similarity;
}

size_t WordsApartBeforeTheSharedWords(const Words& a, const Words& b) {
  std::vector<bool> in_a, in_b;
  if (CommonWords(a, b, &in_a, &in_b) == 0) return 0;
  const auto before_first = [](const std::vector<bool>& in) {
    return static_cast<size_t>(std::find(in.begin(), in.end(), true) -
                               in.begin());
  };
  return std::min(before_first(in_a), before_first(in_b));
}

double PieceSimilarity(const Words& mine, CommonWordCount& counted,
                       const factcheck::v1::AttributedClaim& theirs,
                       const Words& their_words, QuoteWords& words,
                       std::vector<bool>* in_mine, std::vector<bool>* in_theirs,
                       WordStretch* piece) {
  const std::vector<const Words*> pieces = PiecesOf(theirs, their_words, words);
  if (pieces.size() < 2) return 0;
  double best = 0;
  const Words* best_piece = nullptr;
  size_t best_at = 0;
  size_t at = 0;
  for (const Words* piece : pieces) {
    const Words& piece_words = *piece;
    if (piece_words.size() >= kMinFragmentWords) {
      const double similarity =
          2.0 * counted.With(piece_words.data(), piece_words.size()) /
          (mine.size() + piece_words.size());
      if (similarity > best) {
        best = similarity;
        best_piece = &piece_words;
        best_at = at;
      }
    }
    at += piece_words.size();
  }
  if (best < kMisquoteSimilarity) return best;
  std::vector<bool> in_piece;
  CommonWords(mine, *best_piece, in_mine, &in_piece);
  in_theirs->assign(their_words.size(), true);
  std::copy(in_piece.begin(), in_piece.end(), in_theirs->begin() + best_at);
  *piece = {best_at, best_piece->size()};
  return best;
}

std::vector<WordStretch> LongSentencesOf(
    const factcheck::v1::AttributedClaim& claim, const Words& mine,
    QuoteWords& words) {
  std::vector<absl::string_view> pieces = store::ComparedPieces(claim);
  if (pieces.empty()) pieces.push_back(store::ComparedWords(claim));
  std::vector<WordStretch> sentences;
  size_t at = 0;
  for (const absl::string_view piece : pieces) {
    for (size_t begin = 0; begin < piece.size();) {
      size_t end = piece.find_first_of(".!?", begin);
      end = end == absl::string_view::npos ? piece.size() : end + 1;
      const Words& sentence = words.Of(piece.substr(begin, end - begin));
      if (at + sentence.size() > mine.size() ||
          !std::equal(sentence.begin(), sentence.end(), mine.begin() + at)) {
        return {};
      }
      if (sentence.size() >= kMinFragmentWords) {
        sentences.push_back({at, sentence.size()});
      }
      at += sentence.size();
      begin = end;
    }
  }
  if (at != mine.size()) return {};
  return sentences;
}

std::vector<bool> CarriedSentenceBySentence(
    const Words& mine, const std::vector<WordStretch>& sentences,
    const Words& their_words) {
  std::vector<bool> carried;
  for (const WordStretch& sentence : sentences) {
    if (!Contains(their_words, absl::MakeConstSpan(mine).subspan(
                                   sentence.begin, sentence.size))) {
      continue;
    }
    if (carried.empty()) carried.assign(mine.size(), false);
    std::fill_n(carried.begin() + sentence.begin, sentence.size, true);
  }
  return carried;
}

bool OtherSentencesOfOneStatement(
    const Words& mine, const std::vector<WordStretch>& sentences,
    const std::vector<bool>& carried, const Words& their_words,
    const std::vector<WordStretch>& their_sentences) {
  if (carried.size() != mine.size() || their_words.size() > kMaxAlignedWords) {
    return false;
  }
  std::vector<bool> accounted = carried;
  std::vector<bool> in_sentence, in_theirs;
  for (const WordStretch& sentence : sentences) {
    if (carried[sentence.begin]) continue;
    const Words words(mine.begin() + sentence.begin,
                      mine.begin() + sentence.begin + sentence.size);
    if (FragmentSimilarity(words, their_words, &in_sentence, &in_theirs) >=
        kRewordedSimilarity) {
      return false;
    }
    for (const WordStretch& theirs : their_sentences) {
      const Words their_sentence(
          their_words.begin() + theirs.begin,
          their_words.begin() + theirs.begin + theirs.size);
      if (FragmentSimilarity(words, their_sentence, &in_sentence, &in_theirs) >=
          kRewordedSimilarity) {
        return false;
      }
    }
    std::fill_n(accounted.begin() + sentence.begin, sentence.size, true);
  }
  return std::all_of(accounted.begin(), accounted.end(),
                     [](bool word) { return word; });
}

bool Contains(absl::Span<const QuoteWords::Word> whole,
              absl::Span<const QuoteWords::Word> part) {
  // A longer part is in no whole: std::search would look for it all along.
  return !part.empty() && part.size() <= whole.size() &&
         std::search(whole.begin(), whole.end(), part.begin(), part.end()) !=
             whole.end();
}

std::vector<bool> CarriedPieceByPiece(
    const factcheck::v1::AttributedClaim& claim, const Words& mine,
    const factcheck::v1::AttributedClaim& theirs, const Words& their_words,
    QuoteWords& words) {
  const std::vector<const Words*> my_pieces = PiecesOf(claim, mine, words);
  const std::vector<const Words*> their_pieces =
      PiecesOf(theirs, their_words, words);
  if (my_pieces.empty() || their_pieces.empty() ||
      (my_pieces.size() < 2 && their_pieces.size() < 2)) {
    return {};
  }
  std::vector<bool> carried(mine.size(), false);
  size_t at = 0;
  for (const Words* my_piece : my_pieces) {
    bool found = false;
    for (const Words* their_piece : their_pieces) {
      const Words& shorter =
          my_piece->size() <= their_piece->size() ? *my_piece : *their_piece;
      const Words& longer =
          my_piece->size() <= their_piece->size() ? *their_piece : *my_piece;
      // A piece of the claim holding one of the prior's holds mostly it:
      // more words around it may be another sentence's, changed ("You saw
      // what happened in Bucha - he is a war criminal... but we have to
      // gather …" holds the prior's first sentence and rewrites the rest).
      if (shorter.size() < kMinFragmentWords ||
          (&shorter != my_piece && 2 * shorter.size() < longer.size())) {
        continue;
      }
      const auto found_at = std::search(longer.begin(), longer.end(),
                                        shorter.begin(), shorter.end());
      if (found_at == longer.end()) continue;
      // Nor may the words around it be partly like another piece of the
      // prior's but that piece word for word: "… count everybody. This is
      // about much more than the numbers" holds the first piece and
      // changes the second.
      if (&shorter != my_piece) {
        Words around(longer.begin(), found_at);
        around.insert(around.end(), found_at + shorter.size(), longer.end());
        std::vector<bool> in_around, in_other;
        for (const Words* other : their_pieces) {
          if (other != their_piece && !Contains(around, *other) &&
              FragmentSimilarity(around, *other, &in_around, &in_other) >=
                  kRewordedSimilarity) {
            return {};
          }
        }
      }
      const size_t first = &shorter == my_piece ? 0 : found_at - longer.begin();
      std::fill_n(carried.begin() + at + first, shorter.size(), true);
      found = true;
      break;
    }
    if (!found) return {};
    at += my_piece->size();
  }
  return carried;
}

}  // namespace factcheck::verify
