// The attributed-claim finder's inside, shared by its sources:
// attributions.cc (speakers, "according to", headlines),
// attribution_reported_speech.cc (a cue in the sentence's own words) and
// quotation_claims.cc (quotations: their cues, signatures and labels). Not
// part of the library's interface: FindAttributions (attributions.h) is.
#ifndef FACTCHECK_SERVER_EXTRACT_ATTRIBUTION_FINDER_H_
#define FACTCHECK_SERVER_EXTRACT_ATTRIBUTION_FINDER_H_

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "server/extract/attribution_words.h"
#include "server/extract/attributions.h"
#include "server/extract/quotes.h"
#include "server/extract/sentences.h"
#include "server/extract/speakers.h"
#include "server/extract/text.h"

namespace factcheck::extract::attribution_internal {

class AttributionFinder : private TokenQueries {
 public:
  AttributionFinder(absl::string_view text, const std::vector<Token>& tokens,
                    const std::vector<Sentence>& sentences,
                    const std::vector<Quote>& quotes)
      : TokenQueries(text, tokens),
        sentences_(sentences),
        quotes_(quotes),
        in_quote_(tokens.size(), false),
        entities_(text, tokens, sentences, in_quote_),
        cue_at_(tokens.size(), kNoCue) {}

  Attributions Run();

 private:
  // Whether every word of `sentence` outside quotation marks is
  // capitalised but the minor words of a title ("Graham Says Trump Could
  // Win the State"), as headlines are written.
  bool IsTitleCase(const Sentence& sentence) const;

  struct CueMatch {
    size_t begin;
    size_t end;
    const CueEntry* entry;
    bool used = false;
  };
  struct Phrase {
    size_t first;
    size_t end;
    // Where the speaker's words end in the text when an apposition follows
    // the name ("Andy Smith, director of the survey center"): the name
    // [first, end) is resolved, the words [first, surface_end) are the
    // speaker span. 0 when the name is all.
    size_t surface_end = 0;
    // Where the speaker's words begin when a description stands before the
    // name ("the company's chief executive, John J. Ferriola"); kNoToken
    // when they begin with the name.
    size_t surface_first = kNoToken;
    // "voters who said …": the words that stand for the speaker when they
    // are not the name (the relative pronoun), else kNoToken.
    size_t pronoun = kNoToken;
    // After a cue: where the words about the speaker end, past its
    // appositions when a clause about it follows ("said Ana Ruiz, a
    // professor, speaking of …"); 0 when nothing follows the name.
    size_t described_end = 0;
    bool empty() const { return end <= first; }
    // Where the speaker's words begin: at the description before the name,
    // if any, else at the name.
    size_t surface_begin() const {
      return surface_first != kNoToken ? surface_first : first;
    }
    // Where the speaker's words end: past the apposition, if any, else at
    // the end of the name.
    size_t surface_finish() const { return std::max(end, surface_end); }
  };

  // The word at i as written, or "" for a symbol, a number or past the end;
  // the word lists it is checked against ignore case.
  absl::string_view WordAt(size_t i) const {
    if (!Valid(i) || tokens_[i].kind != TokenKind::kWord) return "";
    return Text(i);
  }
  // A word of a time adjunct that may stand between a speaker and the cue
  // ("the Times on Saturday wrote", "a poll released in late August
  // found"), and the words that name the time in it.
  bool IsTimeHead(size_t i) const {
    if (!Valid(i) || tokens_[i].kind != TokenKind::kWord) return false;
    const absl::string_view word = Text(i);
    return (IsCapitalizedWord(i) &&
            (IsWeekday(word) || MonthNameOf(word) == MonthName::kFull)) ||
           TimeNouns().Contains(word);
  }
  // Whether the word at `t` is an auxiliary or an adverb before a verb
  // ("has", "also", "long"), not a name's word capitalised after another
  // ("Brock Long, the FEMA administrator, said"; in a headline's title
  // case, "Trump Also Says", it still is).
  bool IsAuxiliaryAt(size_t t) const;
  bool IsTimeWord(size_t i) const {
    return IsTimeHead(i) ||
           (Valid(i) && tokens_[i].kind == TokenKind::kDigits) ||
           (Valid(i) && tokens_[i].kind == TokenKind::kWord &&
            TimeModifiers().Contains(Text(i)));
  }
  static const WordSet& TimeNouns() {
    static const WordSet* const kWords = new WordSet(
        {"today", "yesterday", "tonight", "recently", "week", "month", "year",
         "morning", "afternoon", "evening", "night", "weekend"});
    return *kWords;
  }
  static const WordSet& TimeModifiers() {
    static const WordSet* const kWords =
        new WordSet({"on", "in", "early", "late", "last", "this", "earlier",
                     "later", "next", "past"});
    return *kWords;
  }
  // A subject pronoun, alone or contracted ("he", "he's", "they’re").
  bool IsSubjectPronoun(size_t i) const {
    return IsPronoun(WithoutContraction(WordAt(i)));
  }
  bool IsPunctuation(size_t i) const {
    return Valid(i) && tokens_[i].kind == TokenKind::kSymbol;
  }

  // The subject "with" opens before `participle` ("…, with 30 percent of
  // voters saying they …", "with polls showing"); empty when the words
  // between are no subject of their own.
  Phrase SubjectAfterWith(size_t participle, size_t limit) const;

  // The speaker's name ending just before `end` (auxiliaries skipped), not
  // reaching before `limit`.
  Phrase PhraseBefore(size_t end, size_t limit) const;
  // The speaker of a cue at `cue_begin`: the phrase before it, or across an
  // apposition or a parenthesis the name before those ("Jeff Weaver, the
  // campaign's manager, said"; "Rep. Mike Gallagher (R-Wis.) said").
  Phrase SpeakerBefore(size_t cue_begin, size_t limit) const;
  // The head before the preposition that joins `phrase` to it, one of
  // `links` ("officials" of "officials in Gaza", "one" of "one of the
  // family's attorneys"); empty when no such word stands before `phrase`.
  Phrase HeadBeforeLink(const Phrase& phrase, size_t limit,
                        std::initializer_list<absl::string_view> links) const;
  // Whether the lower-case word at `t` is a title or its modifier before a
  // capitalised name ("former President Bill Clinton", "columnist Jonathan
  // Chait").
  bool TitlesTheNameAfter(size_t t) const;
  // `first`, or the first token after the focus adverbs ("even", "now")
  // that open the words [first, end).
  size_t AfterFocusWords(size_t first, size_t end) const;
  // A hyphen or slash that joins the words either side of it, with no
  // space: "front-runner", "CNN/ORC".
  bool JoinsWords(size_t i) const;
  // A mark inside a name: "Mr.", "Ghedini-Williams", "the ministry's",
  // "Cushman & Wakefield".
  bool IsNameMark(size_t i) const;
  // Whether token `t` is a period glued to the capitalised word before it:
  // the dot of "Mr." or of each initial of "U.N.".
  bool IsDotAfterACapital(size_t t) const {
    return t > 0 && IsSymbol(t, ".") && !tokens_[t].space_before &&
           IsCapitalizedWord(t - 1);
  }
  // The speaker before a cue after a closing bracket: "Rep. Mike Gallagher
  // (R-Wis.) said"; `end` is past the bracket.
  Phrase SpeakerBeforeBrackets(size_t end, size_t limit) const;
  // The first token of a dash (an aside's, or "--") that ends at `end`
  // after `limit`; `end` when none does.
  size_t DashBegin(size_t end, size_t limit) const;
  // The first token of the dash that opens the aside a dash ending at `end`
  // closes ("Joyce — who is listed as an attorney — told"), within a
  // parenthetical's reach after `limit`; `end` when there is none.
  size_t AsideOpeningBefore(size_t end, size_t limit) const;
  // The speaker before a cue after a comma, `end` past it: the name before
  // the words set off by commas ("Jeff Weaver, the campaign's manager,
  // said"; "Sandy Ruiz, 58, who grew up in Dayton, Ohio, said"), or the
  // name after a title ("The state's chairman, Phil Lovas, said").
  Phrase SpeakerBeforeCommas(size_t end, size_t limit) const;
  // Whether the words [k, end) after a comma are a place's state or
  // country ("Columbus, Ohio").
  bool IsPlaceAfterComma(size_t k, size_t end) const;
  // The person before "of" or "from" whose home the words before `end`
  // name, a city and its state or country ("Stacy Baker of Columbia, South
  // Carolina", "a golfer from Columbus, Ohio"), with those words; empty
  // when they are no such place, or no one opens the clause (after
  // `limit`, no mark between) before them.
  Phrase HomeOwnerBefore(size_t end, size_t limit) const;
  // Whether the words before `comma`, back to the comma before them (not
  // before `limit`), open with "whose" or "where": a relative clause
  // ("Rubio, whose hometown, Miami,").
  bool OpensARelativeSegment(size_t comma, size_t limit) const;
  // Whether `name`, before a comma, opens the words set off by commas up to
  // the cue: `nearest` when only one set of words follows it.
  bool OpensParentheticals(const Phrase& name, bool nearest,
                           size_t limit) const;
  // Whether the words [first, end) between commas are set off within a
  // clause (an apposition, a relative clause, an adverbial), not a clause
  // of their own.
  bool IsParenthetical(size_t first, size_t end) const;
  // The subject of the sentence whose verb a participle or a second verb
  // before `end` shares ("Ana Ruiz, the mayor, spoke, saying"; "The Ruiz
  // campaign pushed back and said"), with its nouns and appositions.
  Phrase SubjectOfTheVerbBefore(size_t limit, size_t end) const;
  // Whether token `t`, opening a sentence, opens an adverbial phrase
  // before the subject (a preposition, an adverb of time or manner, a
  // participle) rather than the subject itself.
  bool OpensAnAdverbial(size_t t) const;
  // `subject` with the appositions after its comma, before `end`, in its
  // words.
  Phrase WithAppositions(Phrase subject, size_t end) const;
  // The comma that ends the words from `first` (a place's own comma, as in
  // "Columbus, Ohio", passed over), or `end`.
  size_t SegmentEnd(size_t first, size_t end) const;
  // Where the words naming a speaker whose name ends at `comma` end: past
  // each apposition that follows before `end`, with its closing comma.
  size_t AppositionsEnd(size_t comma, size_t end) const;
  // Whether the apposition from `first` describes the place that ends
  // the one before it rather than the name before `name_comma` ("…, the
  // foreign minister of France, a permanent member of the Council,").
  bool DescribesThePlaceBefore(size_t first, size_t name_comma) const;
  // Whether the words [first, end) between commas describe the person
  // before them: a noun phrase or an age, not "who …", "meanwhile".
  bool IsAppositiveSegment(size_t first, size_t end) const;
  // Whether tokens [first, end) are a person's name of two words or more,
  // every one capitalised but where a hyphen glues it on ("Phil Lovas",
  // "John F. Kennedy", "Yoon Hee-keun").
  bool IsNameBetween(size_t first, size_t end) const;
  // Whether tokens [first, end) are one capitalised word that may be a
  // person's or a body's name ("Wiranto", "Boeing"): not a weekday, a
  // month or a place.
  bool IsLoneName(size_t first, size_t end) const;
  // Where a person's name that opens the words [first, end) ends when a
  // body or a place follows it ("Darran Whiting of Liberty Baptist
  // Church"): at its "of", "from" or "at"; `end` when there is none.
  size_t NameEndBeforeItsBody(size_t first, size_t end) const;
  // Past a party and state in brackets at `open` ("(D-Wis.)"), before
  // `end`; `open` when none stands there.
  size_t PartyEnd(size_t open, size_t end) const;
  // The subject a sentence opens with, before `end`: a capitalised name
  // ("Senator Jon Tester") or a pronoun; empty when the sentence opens
  // otherwise ("In 2015, …").
  Phrase SentenceSubject(size_t limit, size_t end) const;
  // A word that reads as a verb or the adverb before one: a cue, an
  // auxiliary, a tensed verb, an irregular past, a word in -ed or -ly.
  bool IsVerbLike(size_t t) const;
  // Where a subject whose capitalised words end at `from` ends: past the
  // words before its verb, when a verb follows within a name's length.
  size_t NounsBeforeTheVerb(size_t from, size_t end) const;
  // `subject` when a verb follows it (a cue, an auxiliary, a word in -ed);
  // empty otherwise.
  Phrase SubjectIfAVerbFollows(const Phrase& subject, size_t end) const;
  // Where the mark or the word that sets the participle at `cue_begin` off
  // from the clause before stands (a comma or a dash, a closing quotation
  // mark after a comma, "by", "while"); `cue_begin` when none does
  // ("taxpayers reporting capital gains" holds no cue).
  size_t MarkBeforeParticiple(size_t cue_begin, size_t limit) const;
  // "Trump's proposed tax cuts": the cue opening at `cue_begin` is a past
  // participle after a possessive (and any adverbs in -ly), an adjective of
  // the noun after it.
  bool ModifiesTheNounAfter(size_t cue_begin, size_t limit) const;
  // "saying", "adding": the cue opening at `cue_begin` is a participle.
  bool IsParticiple(size_t cue_begin) const {
    return absl::EndsWithIgnoreCase(WordAt(cue_begin), "ing");
  }
  // Whether the verb at `t` is in the passive: after a form of "be", with
  // adverbs or auxiliaries between; `be`, when given, is set to where that
  // form stands.
  bool InThePassive(size_t t, size_t* be) const;
  // "was told", "were asked": the cue word at `t` is a verb of telling in
  // the passive.
  bool IsTellingInThePassive(size_t t) const;
  // "were confirmed dead", "was reported missing", "is said to": the cue
  // word at `t` is a verb of reporting in the passive, whose subject is
  // what was reported, not who reported it ("it was stated that …" keeps
  // its cue: the "it" is read as the body whose words they are).
  bool IsReportingInThePassive(size_t t) const;
  // "is demanding", "were saying": the cue is a progressive verb.
  bool IsProgressive(size_t cue_begin) const;
  // A mark that ends the words before a clause: , ; : — –.
  bool IsBoundary(size_t i) const;
  // The whole subject of a cue, back to the sentence's start or a boundary
  // mark ("Some delegates at the convention in Philadelphia said", "Six in
  // 10 Democratic voters said"): its head is resolved, its words are the
  // speaker span. Empty when a subordinate clause or another cue stands in
  // the way.
  Phrase SubjectBefore(size_t cue_begin, size_t limit) const;
  // Whether an adjunct that may lose its comma before a name opens at t:
  // "In a", "During the", "After an" ("In a Bloomberg interview Trump
  // declared").
  bool OpensAdjunctBeforeAName(size_t t) const;
  // Whether the capitalised month or "Will" at t is the last word of a
  // name ("Theresa May", "George Will"), after another or a mark.
  bool IsMonthOrModalEndingAName(size_t t) const;
  // A verb word that ends a subject read back from its cue: a tensed or
  // untensed verb, not the "by" of "a study by Harvard".
  bool IsSubjectVerbWord(size_t t) const;
  // Whether token `t` follows a preposition and a relative pronoun ("an
  // electorate in which 67 percent say", "voters, most of whom say"): a
  // relative clause with a subject of its own opens at `t`.
  bool AfterPrepositionAndRelative(size_t t) const;
  // Whether the "and" or "or" at `t` joins the words before it, from the
  // subject's start, to the rest ("Federal and state officials", "Experts
  // on North Korea and nuclear nonproliferation").
  bool CoordinatesTheSubject(size_t t, size_t limit) const;
  // The speaker's name starting at `begin`, not reaching `limit`.
  Phrase PhraseAfter(size_t begin, size_t limit) const;
  // Whether the cue, after a comma, is followed by a speaker's name that
  // runs to the end of the sentence or to a mark ("…, said Jonathan
  // Greene, a deputy secretary."): the words before the comma are what was
  // said, however much they look like a subject ("The agency deployed
  // coroners, pathologists and technicians").
  bool NamesSpeakerAfter(const CueMatch& cue, size_t end) const;
  // Whether the cue, after a comma, may name its speaker after it ("…,
  // said Steve Grubbs"): a verb of saying, not a weak, strict, directive or
  // addressed cue, nor a participle.
  bool MayInvert(const CueMatch& cue) const;
  // The speaker named after a cue, with the apposition that runs to the
  // sentence's end: "…, said Andy Smith, director of the survey center."
  Phrase SpeakerAfter(size_t cue_end, size_t sentence_end) const;
  // Where the words of a name after a cue end: past the place or body it
  // is of ("Sen. Tom Carper of Delaware"), else at its end.
  size_t WithBodyOrPlace(const Phrase& name, size_t sentence_end) const;
  // Whether the period at `t` closes an abbreviation: after an initial or
  // "Jr", "Inc", "Corp".
  bool EndsAnAbbreviation(size_t t) const;
  // Whether the words from `first` open with a person's age: a number
  // alone before a comma or `end`.
  bool IsAge(size_t first, size_t end) const;
  // Whether the words [first, end) after a name's comma describe the person
  // ("a political scientist at Rice University", "who teaches law"), rather
  // than going on with the sentence (", and it has …", ", saying …").
  bool IsApposition(size_t first, size_t end) const;
  // Whether a phrase can name a speaker: a name, a pronoun, or a noun
  // phrase with a determiner.
  bool CanSpeak(Phrase phrase) const;
  // Whether the word at `t` is a noun of a group that speaks as one and
  // takes no plural "s" ("people", "media", "television").
  bool IsCollectiveSpeaker(size_t t) const;
  // Whether the word at `t` opens what describes the speakers before it:
  // "close to", "familiar with", "briefed on", "knowledgeable about".
  bool OpensPostmodifier(size_t t) const;
  // Whether token `t` is the gerund of a verb that takes an object
  // ("doing", "making"): never a modifier of speakers.
  bool IsLightGerund(size_t t) const;
  // Whether token `t` is the "than" of "more than 200", "fewer than half".
  bool ComparesACount(size_t t) const;
  // Whether token `t` is the comma inside a figure: "1,409".
  bool GroupsDigits(size_t t) const;
  // Whether the word at `t` may measure a time before "ago" ("less than
  // two weeks", "long", "a year").
  bool MeasuresATimeAgo(size_t t) const;
  // Whether "this" at `t` opens a noun phrase ("this source"), not an
  // adverb's or a time's ("this only", "this past week").
  bool OpensDemonstrativePhrase(size_t t) const;
  // Whether the cue is a verb of showing ("shows", "found") whose speaker
  // is a piece of evidence (a poll, a study, a video), whose object it
  // reports.
  bool ShowsEvidence(const CueMatch& cue, const Phrase& speaker) const;
  // A word that names a piece of evidence: "poll", "study", "video".
  bool IsEvidenceNoun(size_t t) const;
  // Whether the "that" at `that` opens a relative clause on the noun before
  // it: the verb comes next ("organizations that have endorsed him",
  // "groups that backed him"), where a complement's subject would ("argued
  // that the officials").
  bool OpensARelativeClause(size_t that) const;
  // Whether a piece of evidence ends just before t, or its "of", "from",
  // "by" or "on" phrase does ("polls show", "documents from his tax
  // return show").
  bool EvidenceBefore(size_t t) const;
  // The cue that begins at token i (outside quotations), if any.
  CueMatch* CueAt(size_t i);
  // Whether "called" at `t` gives a thing its name ("a super PAC called
  // Future 45", "a book called \"Women Who Work\""): after a noun of
  // things that bear names with "a", "an" or "one" before it, it reports
  // nothing ("A spokesman called the plan a disaster" does).
  bool NamesAThing(size_t t) const;
  // Whether the verb at t is denied: "did not say", "never said", "hasn't
  // yet said".
  bool IsNegatedVerb(size_t t) const;
  // Whether the cue word at `t`, a base form after "and" or "or", shares
  // the negation of the verb before it ("didn't come out and say").
  bool SharesADenial(size_t t) const;
  const Sentence& SentenceOf(size_t token) const;
  // The end of "was quoted by AGENT as saying" from token `t` (a passive
  // quote cue, its agent of a few words, then "as saying"), or `t` when
  // none opens there.
  size_t QuotedByAnAgentAsSayingEnd(size_t t) const;

  // The quotation run of segments [q, run_end).
  void AddQuotation(size_t q, size_t run_end, std::vector<Attribution>* out);
  // The cue that signs the sentence a quotation opens, at its end, from
  // `from` (past the quotation) on: '"People were celebrating" before the
  // incident, she said', '"…" that border security is working, said
  // Rubio'. Its speaker goes to `speaker`, and the comma before the
  // signature, where the words it reports end, to `clause_end`; where they
  // resume, a quotation after the signature's comma ('…, Clinton said on
  // Monday, "we would …"', '…, he said, and "everyone ran"'), to
  // `resumes`, else 0. nullptr when the sentence's first cue there is
  // none.
  CueMatch* SignatureAtSentenceEnd(size_t from, const Sentence& sentence,
                                   Phrase* speaker, size_t* clause_end,
                                   size_t* resumes);
  // Whether a cue of `sentence` from `from` on (outside quotations, not
  // used, not weak) reports with a speaker of its own: '"Meet the Press"
  // host Chuck Todd said …' goes on in no earlier speaker's voice.
  bool SignedLaterInSentence(size_t from, const Sentence& sentence);
  // Adds the quoted words of `piece` to the claim out[claim] as a further
  // piece of its content: the second half of a split quotation, or, when
  // `later_sentence`, a quotation of a later sentence going on in the same
  // voice (Attribution::later_quotations).
  void ExtendQuotation(size_t claim, Span piece, bool later_sentence,
                       std::vector<Attribution>* out) const;
  // "Scott Conroy asked Sanders whether …": the person asked, named
  // between the cue and the content, is the voice that answers, so a "he
  // said" after it is theirs (noted as a speaker there).
  void NoteWhoWasAsked(Span cue, Span content);
  // Whether the tokens [first, end) before a quotation are the writer's
  // own words: none quoted, none a cue.
  bool IsWritersLeadIn(size_t first, size_t end);
  // Whether the tokens [first, end), which open a sentence before a
  // quotation, may open the clause a signature at its end reports: none
  // at all ('"People were celebrating" …, she said'), or the writer's words
  // with no comma that open no adverbial ('Russia has suffered "…" in
  // Ukraine, Peskov said', not 'In an apparent counter to "America-first"
  // policies …, Carter said' nor 'Sunday, on CNN's "State of the Union,"').
  bool OpensReportedClause(size_t first, size_t end);
  // Adds the segments [q, run_end) to out[claim]'s quoted fragments.
  void AddQuotedFragments(size_t q, size_t run_end, size_t claim,
                          std::vector<Attribution>* out);
  // The name that signs a quotation after a dash, from token `k` right
  // after its closing mark: “…” ― Pamela Padilla. The dash's token goes to
  // `dash`; the name ends its line or stands before the next quotation.
  std::optional<Phrase> DashSignature(size_t k, size_t* dash) const;
  // Every segment of quotations [q, run_end) as a DIRECT claim of `speaker`
  // whose cue is the one token at `cue` (a signature's dash, a label's
  // colon); the next quotation is no continuation of them.
  void AddSignedQuotation(size_t q, size_t run_end, Phrase speaker, size_t cue,
                          std::vector<Attribution>* out);
  // A transcript's label before the colon at `colon`: a line or sentence
  // that opens with a name of two or more capitalised words and nothing
  // else ("Hal Harrell: “…”", "President Joe Biden: “…”").
  std::optional<Phrase> ColonLabel(size_t colon) const;
  // Whether the words [first, end) before a colon are a rubric, not a
  // speaker: "Read More", "Breaking News", "BOOM".
  bool IsRubric(size_t first, size_t end) const;
  // Whether tokens [first, end) before a line's colon are a place, the
  // line's dateline ("KARACHI: Floods killed …"), not who speaks.
  bool IsDateline(size_t first, size_t end) const;
  // The first token of `sentence` after a dateline in capitals ("WASHINGTON
  // ―", "MIAMI (AP) —") or a place with its agency ("Washington (AFP) –"),
  // or its first token when it opens with none.
  size_t AfterDateline(const Sentence& sentence) const {
    return AfterDatelineAt(sentence.first_token, sentence.end_token);
  }
  // The same for the words from `first`, before `end`.
  size_t AfterDatelineAt(size_t first, size_t end) const;
  // The speaker a transcript's paragraph at token `t` opens with, a name
  // before a colon ("PENCE: Well, look, …", "Matthews: Well, …"); empty
  // when none.
  Phrase TranscriptSpeakerAt(size_t t) const;
  // The transcript line at token `t`: its speaker's words to the end of the
  // paragraph, a DIRECT quotation.
  void AddTranscriptLine(size_t t, std::vector<Attribution>* out);
  // A short quotation of capitalised words: the title of a show or a work
  // ("This Week," Carson said), not words someone said.
  bool IsTitle(const Quote& quote) const;
  // A quotation that is a paragraph of title-case words: a section
  // heading ('All Bets Are Off.'), not words someone said.
  bool IsHeading(const Quote& quote) const;
  // The first token of the clause a cue reports, before `end`.
  size_t ClauseStart(const CueMatch& cue, size_t end) const;
  // Where the reported clause starting at `first` ends, at most `end`: at a
  // ";", or at a comma that opens a clause of its own (", while …", ", but
  // …", ", as did …", ", however …", a participle: ", urging …"), or at an
  // "and" or "but" that opens another report (", and more than 4 in 10 said
  // …", "but added …"); never with a closing "in a statement on Thursday".
  size_t ClauseEnd(size_t first, size_t end) const;
  // Whether a cue that reports on its own (not a weak one) stands within a
  // subject's few words from `t`, before any punctuation.
  bool ReportSoonAfter(size_t t, size_t end) const;
  // Whether a quotation opens at token `t`, before `end`: ", sparking "a
  // disaster in every sense of the word"" goes on quoting the speaker.
  bool QuotationOpensAt(size_t t, size_t end) const;
  // "told", "tells": the words right after it name whom it was told to.
  bool IsAddressedCue(const CueMatch& cue) const;
  // The token after whom something was told, from `first` (right after
  // the cue) before `end`: "reporters", "him", "the BBC", "a press
  // conference", "state television"; `first` when no audience stands
  // there.
  size_t AudienceEnd(size_t first, size_t end) const;
  // "to" as a preposition before its object ("aides to Clinton", "close to
  // her campaign"), not an infinitive's mark.
  bool JoinsObject(size_t t) const;
  // Whether token t opens a clause with its subject: a pronoun, a
  // determiner, a name or a number.
  bool OpensClause(size_t t) const;
  // Whether a subject starting at token `t` opens its clause: the
  // sentence's own, or one inside it.
  bool StartsClause(size_t t, const Sentence& sentence) const;
  // At the sentence's start (after nothing but marks or focus adverbs),
  // after a boundary mark or an opening bracket, or after an opening "But".
  bool StartsSentenceClause(size_t t, const Sentence& sentence) const;
  // Whether t, a capitalised word, follows an opening adjunct that lost
  // its comma ("In a Bloomberg interview Trump declared").
  bool AfterOpeningAdjunct(size_t t, const Sentence& sentence) const;
  // Whether only marks stand before token `t` in its sentence.
  bool OnlyMarksBefore(size_t t, const Sentence& sentence) const;
  // After ", and" that follows a clause with its verb, or after a
  // subordinator ("when she said …"). What such a clause reports must be a
  // clause, not an object ("though Clinton maintains a large lead").
  bool StartsInnerClause(size_t t, const Sentence& sentence) const;
  // Whether `cue` is a participle whose own subject `speaker` follows
  // "with": "…, with 30 percent of voters saying they …".
  bool IsParticipleAfterWith(const CueMatch& cue, const Phrase& speaker) const;
  // A tensed verb, an untensed one, "to", "not" or "by" at `t`: a word no
  // subject holds.
  bool IsVerbWord(size_t t) const;
  // Whether tokens from `first` read as a clause: "that", a pronoun subject,
  // or an auxiliary or finite "be"/"have" within a few words.
  bool ReportsClause(size_t first, size_t end) const;
  // Whether tokens from `first` open a clause with its subject and an
  // auxiliary or finite "be"/"have" within a few words: what a strict cue
  // reports without "that" ("one study found Trump would raise taxes", not
  // "police found the body").
  bool OpensTensedClause(size_t first, size_t end) const;
  // Whether a condition or a time opens the clause at `t` and a tensed
  // clause follows it ("said if he were president, he would act", "said if
  // elected he would serve"): what was said begins with the condition.
  bool OpensConditionedClause(size_t t, size_t end) const;
  // Whether an auxiliary or finite "be"/"have" stands in tokens [from,
  // end) before any punctuation.
  bool TensedVerbBefore(size_t from, size_t end) const;
  // `end`, or where a closing "in a statement on Thursday", "in an
  // interview" (how and when the words were said) begins.
  size_t WithoutMediumAtEnd(size_t first, size_t end) const;
  // ClauseEnd before the medium is taken off.
  size_t ReportedClauseEnd(size_t first, size_t end) const;
  // Whether the words from `noun`, after ", a", name what the clause
  // before is ("an acknowledgment that aides trumpeted", "a recommendation
  // Lynch adopted"): a noun or two, then a relative clause.
  bool CommentOnTheClause(size_t noun, size_t end) const;
  // Where a clause from `first` goes on after an aside on its subject set
  // off from `comma` ("the ruling, which struck down the law, shows …",
  // "Millennials, numbering 75 million, surpassed …"): the token after the
  // aside's closing comma, when a subject of a few words precedes the
  // aside and a verb follows it; `comma` otherwise.
  size_t AfterSubjectAside(size_t first, size_t comma, size_t end) const;
  // Whether a subordinator ("when", "while", "because"…) stands right
  // before the subject at `t`: the reporting clause is subordinate, and
  // what it reports ends at the comma that closes it.
  bool AfterSubordinator(size_t t, const Sentence& sentence) const;
  // The comma (outside quotations) that closes a subordinate clause from
  // `first`, or `end`.
  size_t SubordinateClauseEnd(size_t first, size_t end) const;
  // "But", "And", "Yet": a word that opens a sentence before its subject.
  bool IsOpeningConjunction(size_t t) const;
  // "there are", "this is", "those statements were": a word that ends a
  // name opening a clause.
  bool OpensExistential(size_t t) const;
  // Whether a number's qualifier that ends a phrase elsewhere opens the
  // clause at `t`: "said at least 300 people were killed", "said about
  // half", "said as many as 40" ("said at the meeting", "said about the
  // plan" do not).
  bool OpensApproximateCount(size_t t) const;
  // "whether", "how", "who" …: a word that opens an indirect question.
  bool IsQuestionWord(size_t t) const;
  // Whether tokens from `first` are an object, then one of `links` and a
  // word, before any punctuation: "Congress to act" (links "to"), "him of
  // lying" ("of").
  bool ObjectThen(size_t first, size_t end,
                  std::initializer_list<absl::string_view> links) const;
  // Whether tokens from `first` report a request: an object and an
  // infinitive ("Congress to act"), or a question ("whether he would run").
  bool ReportsRequest(size_t first, size_t end) const;
  // Whether an intent cue ("vowed", "declined") reports the infinitive
  // that follows it before `end` ("to release the records"), not a level
  // ("declined to a four-year low").
  bool ReportsInfinitive(const CueMatch& cue, size_t end) const;
  // Where the words after a cue that ends at `first` stop when they only
  // say when, where or to whom it was said ("said Friday afternoon, as
  // …", "told me on Friday, is …", "said in a June report."): at the comma,
  // semicolon or `end` that closes them; kNoToken when a verb, a "that" or
  // another cue opens a clause of their own there.
  size_t AdjunctTailEnd(size_t first, size_t end) const;
  // Whether the words [first, end) before a speaker only open a sentence
  // ("Like President Obama,", "Asked about the vote,", "On Tuesday, even
  // as shares fell,") and hold no clause of their own ("In 2012, the plan
  // failed", "At least 44 people were killed" do).
  bool IsOpeningPhraseOnly(size_t first, size_t end) const;
  // Whether a subordinate clause opens the sentence at `first` ("While
  // most were confidential, …", "If taxes rise, …"): a source set off after
  // it speaks for the main clause, not for it.
  bool OpensSubordinateClause(size_t first) const;
  // Whether the word at `k`, before the comma that opens an aside naming a
  // source, links the clause after the aside ("after, according to him,
  // the network censured …", "given that, as the paper reported, he …");
  // not "and", whose clause after may lack its subject ("and, according to
  // officials, adopted a new strategy").
  bool LinksTheClauseAfter(size_t k) const;
  // "As the paper noted, the tax was postponed", "Turnout fell, as the
  // paper noted, in every county", "As reported by the paper, …": what
  // `speaker` reported is the clause around the aside that "as" at `as`
  // opens, whose words after the cue and the speaker begin at `tail`. Adds
  // the claim and marks `cue` used; false when the cue is no such aside.
  bool ReportAfterAs(CueMatch& cue, const Phrase& speaker, size_t as,
                     size_t tail, const Sentence& sentence,
                     std::vector<Attribution>* out);
  // CLAUSE, SPEAKER CUE: "The talks failed, officials said.", "…, the
  // president told her.", "…, Clinton allies believe." The clause before
  // the comma that precedes `speaker`, when only an adjunct tail follows
  // the cue before `end`; nullopt otherwise, for an opening phrase
  // without a clause ("Like President Obama, I believe in …"), or for a
  // cue that needs "that" or an object.
  std::optional<Span> ClauseBeforeSpeaker(const CueMatch& cue,
                                          const Phrase& speaker,
                                          const Sentence& sentence,
                                          size_t end) const;
  // Where a question begins after the object of "asked" that starts at
  // `first` ("Sanders how he was feeling": at "how"), or `first` when no
  // question follows a few words of object.
  size_t QuestionAfterObject(size_t first, size_t end) const;
  // Whether `cue` is coordinated ("and blamed") after a subordinator or
  // relative pronoun that stands from `first` on: a clause that may have a
  // subject of its own ("after she attacked … and blamed"), so the
  // sentence's subject is not surely the cue's.
  bool CoordinatedInClause(const CueMatch& cue, size_t first) const;
  // Whether tokens from `first` report a charge: an object, then "of" or
  // "for" and what it is charged with ("him of lying").
  bool ReportsCharge(size_t first, size_t end) const;
  // Whether a word or number stands in tokens [first, end).
  bool WordsBetween(size_t first, size_t end) const;
  // The token whose span begins at or contains byte `offset`.
  size_t TokenAt(uint32_t offset) const;
  void AddReportedSpeech(const Sentence& sentence,
                         std::vector<Attribution>* out);
  void AddAccordingTo(const Sentence& sentence, std::vector<Attribution>* out);
  // Where a source named from `first` ends: at punctuation that is no
  // mark of a name, at most `end`.
  size_t SourceEnd(size_t first, size_t end) const;
  // What "according to" at token `t`, its source ending at `source_end`,
  // attributes: the clause after the source's comma when it opens the
  // sentence or the clause, else the clause before it when the source ends
  // the sentence; both parts of a clause it interrupts ("At the heart of
  // it, according to Ross, was a decision …"). Empty when it attributes
  // nothing.
  std::vector<Span> AccordingToContent(size_t t, size_t source_end,
                                       const Sentence& sentence) const;
  // Whether tokens [first, end) are only a word that links the sentence to
  // the one before: "But", "However", "In addition".
  bool OnlyConnects(size_t first, size_t end) const;
  // Where the clause an aside interrupted goes on after the source's
  // comma at `comma`: past the source's apposition when the clause's verb
  // follows it ("according to Ross, a former envoy, was …").
  size_t AfterTheSourcesApposition(size_t comma, size_t end) const;
  bool Add(AttributionKind kind, Phrase speaker, Span cue, Span content,
           Phrase conduit, std::vector<Attribution>* out);
  // The content span of tokens [first, end) without closing punctuation;
  // empty when fewer than `min_words` words remain.
  std::optional<Span> Content(size_t first, size_t end, size_t min_words) const;

  const std::vector<Sentence>& sentences_;
  const std::vector<Quote>& quotes_;
  // Whether each token stands inside a quotation (filled when Run begins).
  std::vector<bool> in_quote_;
  EntityTracker entities_;
  std::vector<CueMatch> cues_;
  // The last quotation attributed directly, for quotations that go on, and
  // the last reported clause with quoted words, for its further fragments:
  // its cue, its claim's index in the output and where its sentence ends.
  struct LastQuotation {
    CueMatch* cue;
    size_t claim;
    size_t sentence_end;
    Phrase speaker{0, 0};
  };
  // Quotations of whole sentences, among the one-segment quotations
  // `candidates` (indices into quotes_), that no cue claimed and that the
  // same speaker's claims frame, in the sentences right before and right
  // after: theirs, as DIRECT claims with that speaker.
  void AddFramedQuotations(const std::vector<size_t>& candidates,
                           std::vector<Attribution>* out);
  std::optional<LastQuotation> last_direct_;
  std::optional<LastQuotation> last_mixed_;
  // Bytes of the reported (not directly quoted) contents so far.
  size_t reported_bytes_ = 0;
  // For each token, the index in cues_ of the cue it begins, or kNoCue.
  static constexpr uint32_t kNoCue = UINT32_MAX;
  static constexpr size_t kNoToken = SIZE_MAX;
  std::vector<uint32_t> cue_at_;
};

}  // namespace factcheck::extract::attribution_internal

#endif  // FACTCHECK_SERVER_EXTRACT_ATTRIBUTION_FINDER_H_
