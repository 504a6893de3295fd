#include "tests/bench/synthetic_corpus.h"

#include "absl/strings/str_cat.h"

namespace factcheck::bench {
namespace {

const char* const kPlaces[] = {
    "Gaza",  "Israel", "Kyiv",           "Kharkiv", "Khartoum", "Darfur",
    "Mosul", "Aleppo", "Idlib",          "Tigray",  "Derna",    "Gaziantep",
    "Lagos", "Manila", "Port-au-Prince", "Mariupol"};
const char* const kSources[] = {"AP",         "AFP", "Reuters", "BBC",
                                "Al Jazeera", "DPA", "ANSA",    "IANS",
                                "Xinhua",     "EFE"};
const char* const kSpeakers[] = {"Secretary of State Antony Blinken",
                                 "President Joe Biden",
                                 "Prime Minister Benjamin Netanyahu",
                                 "Foreign Minister Lena Park",
                                 "Health Minister Maria Lopez",
                                 "General Omar Haddad",
                                 "Mayor Laura Chen",
                                 "UN envoy Martin Griffiths"};
const char* const kQuotes[] = {
    "We are very focused on this and we will not stop until the fighting ends",
    "The humanitarian situation is catastrophic and getting worse by the hour",
    "We call on all parties to protect civilians and respect international law",
    "Every hospital in the region is preparing for a surge of patients",
    "There can be no military solution to this conflict, only a political one",
    "We will rebuild every home and every school that was destroyed"};
const char* const kMeasures[] = {
    "people were killed",          "people were injured",
    "people were displaced",       "rockets were fired",
    "airstrikes were carried out", "people were arrested"};

// The reports spread over the year before the article.
constexpr int64_t kYear = 365 * 86400;

}  // namespace

std::string ReportText(std::mt19937& random, int* claims) {
  auto pick = [&](auto& array) {
    return array[random() % (sizeof(array) / sizeof(array[0]))];
  };
  std::string text;
  const int sentences = 3 + static_cast<int>(random() % 4);
  for (int s = 0; s < sentences; ++s) {
    switch (random() % 4) {
      case 0:
        absl::StrAppend(&text, "At least ", 5 + random() % 900, " ",
                        pick(kMeasures), " in ", pick(kPlaces),
                        ", according to local officials. ");
        ++*claims;
        break;
      case 1:
        absl::StrAppend(&text, "\"", pick(kQuotes), ",\" ", pick(kSpeakers),
                        " told reporters. ");
        ++*claims;
        break;
      case 2:
        absl::StrAppend(&text, "The death toll in ", pick(kPlaces), " rose to ",
                        10 + random() % 2000, " on Monday. ");
        ++*claims;
        break;
      default:
        text +=
            "Residents described scenes of chaos as emergency crews "
            "worked through the night to reach those trapped under the "
            "rubble of collapsed buildings. ";
    }
  }
  return text;
}

std::string Article() {
  std::string text;
  std::mt19937 random(4096);
  int claims = 0;
  while (text.size() < 4096) text += ReportText(random, &claims) + "\n";
  return text.substr(0, text.rfind(' ', 4096));
}

factcheck::v1::Report StoredReport(std::mt19937& random, long index,
                                   int* claims) {
  factcheck::v1::Report report;
  report.set_id(absl::StrCat("r", index));
  report.set_source(
      kSources[random() % (sizeof(kSources) / sizeof(kSources[0]))]);
  report.mutable_published_at()->set_seconds(
      kArticleSeconds - 3600 - static_cast<int64_t>(random() % kYear));
  report.set_text(ReportText(random, claims));
  return report;
}

factcheck::v1::VerifyDocumentRequest ArticleRequest() {
  factcheck::v1::VerifyDocumentRequest verify;
  verify.mutable_document()->set_id("article");
  verify.mutable_document()->set_text(Article());
  verify.mutable_document()->mutable_published_at()->set_seconds(
      kArticleSeconds);
  return verify;
}

}  // namespace factcheck::bench
