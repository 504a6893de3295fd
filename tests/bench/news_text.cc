#include "tests/bench/news_text.h"

#include <random>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace factcheck::bench {
namespace {

const char* const kPlaces[] = {
    "Gaza",  "Israel", "Kyiv",   "Khartoum",      "Jerusalem",
    "Mosul", "Tigray", "Aleppo", "the West Bank", "Port-au-Prince"};
const char* const kSources[] = {"official reports", "the health ministry",
                                "local officials",  "the United Nations",
                                "police",           "aid agencies"};
const char* const kDays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                             "Friday", "Saturday", "Sunday"};
const char* const kProse[] = {
    "The talks continued late into the night as negotiators sought a "
    "compromise that both sides could accept.",
    "Residents described scenes of chaos as emergency crews worked to reach "
    "those trapped under the rubble.",
    "\"We are very focused on this,\" the minister told reporters at a "
    "briefing in the capital.",
    "Analysts said the decision would weigh on markets in the coming weeks.",
    "The government has repeatedly denied the allegations, calling them "
    "politically motivated.",
    "Witnesses said the convoy was struck shortly after it crossed the "
    "border, according to a statement released by the organisation.",
    "Diplomats from several countries urged restraint and called for an "
    "immediate return to dialogue.",
    "Schools and hospitals in the area remained closed as a precaution, "
    "officials said."};

}  // namespace

std::string NewsText(size_t bytes, uint32_t seed) {
  std::mt19937 random(seed);
  auto pick = [&](auto& array) {
    return array[random() % (sizeof(array) / sizeof(array[0]))];
  };
  std::string text;
  text.reserve(bytes + 512);
  int sentence = 0;
  while (text.size() < bytes) {
    const int n = static_cast<int>(random() % 900) + 3;
    switch (random() % 14) {
      case 0:
        absl::StrAppend(&text, "At least ", n, " people were killed in ",
                        pick(kPlaces), " on ", pick(kDays), ", according to ",
                        pick(kSources), ".");
        break;
      case 1:
        absl::StrAppend(&text, "The death toll rose from ", n, " to ",
                        n + static_cast<int>(random() % 50) + 1, " in ",
                        pick(kPlaces), ", ", pick(kSources), " said.");
        break;
      case 2:
        absl::StrAppend(&text, "The company reported revenue of $",
                        absl::StrFormat("%.1f", (random() % 900) / 10.0 + 1),
                        " billion, up ", random() % 40 + 1,
                        "% from a year earlier.");
        break;
      case 3:
        absl::StrAppend(&text, "Hundreds of airstrikes and nearly ", n,
                        " rockets were reported in recent days.");
        break;
      case 4:
        absl::StrAppend(&text, "Foreign Minister Lena Park said that ", n,
                        " aid trucks had crossed the border.");
        break;
      case 5:
        absl::StrAppend(&text,
                        "\"We are doing everything we can,\" Park told "
                        "reporters on ",
                        pick(kDays), ".");
        break;
      default:
        text += pick(kProse);
    }
    text += (++sentence % 4 == 0) ? "\n" : " ";
  }
  return text;
}

}  // namespace factcheck::bench
