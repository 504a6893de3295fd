// Runs factcheck's number and quantity recognisers over Microsoft
// Recognizers-Text's English specs and records the pass rate per file.
//
// A case passes when the recogniser finds exactly the expected mentions: the
// same text (compared case-insensitively, as the specs lower-case it) and the
// same value (numbers within a relative 1e-9; intervals bound by bound).
// Known failures are listed with a reason in known_failures.txt; the test
// fails when a rate drops below its floor or a failure is not listed.
#include <cmath>
#include <functional>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "tests/extract/conformance_adapters.h"
#include "tests/testing/files.h"

namespace factcheck::extract {
namespace {

using ::factcheck::testing::ReadFile;

constexpr char kSpecs[] = "tests/extract/conformance/recognizers-text/Specs/";

struct Case {
  std::string input;
  std::vector<Found> expected;
};

std::string StringField(const google::protobuf::Struct& object,
                        const std::string& name) {
  auto it = object.fields().find(name);
  if (it == object.fields().end()) return "";
  if (it->second.has_string_value()) return it->second.string_value();
  if (it->second.has_number_value()) {
    return absl::StrCat(it->second.number_value());
  }
  return "";
}

std::vector<Case> LoadCases(const std::string& file) {
  google::protobuf::ListValue list;
  const std::string json = ReadFile(absl::StrCat(kSpecs, file));
  EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(json, &list).ok())
      << file;
  std::vector<Case> cases;
  for (const google::protobuf::Value& entry : list.values()) {
    const google::protobuf::Struct& object = entry.struct_value();
    Case c;
    c.input = StringField(object, "Input");
    const auto results = object.fields().find("Results");
    if (results != object.fields().end()) {
      for (const google::protobuf::Value& result :
           results->second.list_value().values()) {
        const google::protobuf::Struct& r = result.struct_value();
        Found found;
        found.text = absl::AsciiStrToLower(StringField(r, "Text"));
        found.type = StringField(r, "TypeName");
        const auto resolution = r.fields().find("Resolution");
        if (resolution != r.fields().end()) {
          const google::protobuf::Struct& res =
              resolution->second.struct_value();
          found.value = StringField(res, "value");
          found.unit = StringField(res, "unit");
          found.iso_currency = StringField(res, "isoCurrency");
        }
        c.expected.push_back(found);
      }
    }
    cases.push_back(c);
  }
  return cases;
}

// "(20,35]" -> bounds; "" sides are unbounded.
struct Interval {
  bool valid = false;
  bool lower_open = true, upper_open = true;
  std::optional<double> lower, upper;
};

Interval ParseInterval(absl::string_view text) {
  Interval interval;
  if (text.size() < 3) return interval;
  interval.lower_open = text.front() == '(';
  interval.upper_open = text.back() == ')';
  std::vector<std::string> parts =
      absl::StrSplit(text.substr(1, text.size() - 2), ',');
  if (parts.size() != 2) return interval;
  double value = 0;
  if (!parts[0].empty() && absl::SimpleAtod(parts[0], &value)) {
    interval.lower = value;
  }
  if (!parts[1].empty() && absl::SimpleAtod(parts[1], &value)) {
    interval.upper = value;
  }
  interval.valid = true;
  return interval;
}

bool Close(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

bool SameValue(const std::string& expected, const std::string& found) {
  if (expected == found) return true;
  std::string e = expected, f = found;
  const bool percent = !e.empty() && e.back() == '%';
  if (percent) {
    if (f.empty() || f.back() != '%') return false;
    e.pop_back();
    f.pop_back();
  }
  double a = 0, b = 0;
  if (absl::SimpleAtod(e, &a) && absl::SimpleAtod(f, &b)) return Close(a, b);
  const Interval x = ParseInterval(expected), y = ParseInterval(found);
  if (!x.valid || !y.valid) return false;
  auto same_bound = [](std::optional<double> p, std::optional<double> q) {
    return p.has_value() == q.has_value() && (!p || Close(*p, *q));
  };
  return same_bound(x.lower, y.lower) && same_bound(x.upper, y.upper) &&
         (!x.lower || x.lower_open == y.lower_open) &&
         (!x.upper || x.upper_open == y.upper_open);
}

bool Matches(const Found& expected, const Found& found) {
  if (absl::StripAsciiWhitespace(expected.text) !=
      absl::StripAsciiWhitespace(found.text)) {
    return false;
  }
  if (!SameValue(expected.value, found.value)) return false;
  if (!expected.unit.empty() && !UnitMatches(expected, found)) return false;
  return true;
}

// Every expected mention found, and nothing else.
bool Passes(const Case& c, const std::vector<Found>& found) {
  if (found.size() != c.expected.size()) return false;
  std::vector<bool> used(found.size(), false);
  for (const Found& expected : c.expected) {
    bool matched = false;
    for (size_t k = 0; k < found.size() && !matched; ++k) {
      if (!used[k] && Matches(expected, found[k])) {
        used[k] = matched = true;
      }
    }
    if (!matched) return false;
  }
  return true;
}

std::string Describe(const std::vector<Found>& mentions) {
  std::string out = "[";
  for (const Found& f : mentions) {
    absl::StrAppend(&out, "(", f.text, " = ", f.value,
                    f.unit.empty() ? "" : " " + f.unit, ") ");
  }
  return out + "]";
}

// known_failures.txt: "File.json:INDEX<TAB>reason<TAB>input", # comments.
std::map<std::string, std::string> KnownFailures() {
  std::map<std::string, std::string> known;
  std::istringstream lines(
      ReadFile("tests/extract/conformance/known_failures.txt"));
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> parts = absl::StrSplit(line, '\t');
    if (parts.size() >= 2) known[parts[0]] = parts[1];
  }
  return known;
}

struct Model {
  std::string file;
  double floor;
  std::function<std::vector<Found>(absl::string_view)> recognise;
};

class ConformanceTest : public ::testing::TestWithParam<Model> {};

TEST_P(ConformanceTest, PassRateStaysAboveItsFloor) {
  const Model& model = GetParam();
  const std::vector<Case> cases = LoadCases(model.file);
  ASSERT_FALSE(cases.empty());
  const std::map<std::string, std::string> known = KnownFailures();
  int passed = 0;
  std::vector<std::string> unlisted;
  for (size_t index = 0; index < cases.size(); ++index) {
    const Case& c = cases[index];
    const std::vector<Found> found = model.recognise(c.input);
    const std::string key =
        absl::StrCat(model.file.substr(model.file.rfind('/') + 1), ":", index);
    if (Passes(c, found)) {
      ++passed;
      continue;
    }
    if (!known.count(key)) {
      unlisted.push_back(absl::StrCat(key, "\t", c.input, "\n    expected ",
                                      Describe(c.expected), "\n    found    ",
                                      Describe(found)));
    }
  }
  const double rate = static_cast<double>(passed) / cases.size();
  std::cout << absl::StrFormat(
      "conformance %-28s %3d/%3d = %5.1f%% (floor %.0f%%)\n", model.file,
      passed, cases.size(), 100 * rate, 100 * model.floor);
  EXPECT_GE(rate, model.floor) << model.file;
  for (const std::string& failure : unlisted) {
    ADD_FAILURE() << "failure not in known_failures.txt: " << failure;
  }
}

INSTANTIATE_TEST_SUITE_P(
    RecognizersText, ConformanceTest,
    ::testing::Values(
        Model{"Number/English/NumberModel.json", 0.95, RecogniseNumbers},
        Model{"Number/English/OrdinalModel.json", 0.95, RecogniseOrdinals},
        Model{"Number/English/PercentModel.json", 0.95, RecognisePercentages},
        Model{"Number/English/NumberRangeModel.json", 0.90, RecogniseRanges},
        Model{"NumberWithUnit/English/CurrencyModel.json", 0.85,
              RecogniseCurrencies},
        Model{"NumberWithUnit/English/DimensionModel.json", 0.85,
              RecogniseDimensions}),
    [](const ::testing::TestParamInfo<Model>& info) {
      std::string name = info.param.file.substr(info.param.file.rfind('/') + 1);
      return name.substr(0, name.find('.'));
    });

}  // namespace
}  // namespace factcheck::extract
