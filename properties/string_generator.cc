#include "string_generator.h"

#include <map>
#include <mutex>

#include "choice.h"
#include "rc_chooser.h"
#include "shapeguard/utf8.h"

namespace shapeguard::properties {

namespace {

// How far past a minimum generated strings and repetitions go.
constexpr std::uint64_t kSpread = 12;

// Strings built to a length are at most this long.
constexpr std::uint64_t kMaxAimedLength = 4096;

// Plain text: ASCII and characters of 2, 3 and 4 UTF-8 bytes, so that lengths are exercised
// in code points.
const std::vector<char32_t> kTextAlphabet = {'a', 'b', 'Z',  '0',   '7',    '-',    '_',    ' ',
                                             '.', '/', 0xE9, 0x3B1, 0x20AC, 0x65E5, 0x1F600};

std::uint64_t PickLength(const LengthBounds& bounds) {
  std::uint64_t hi = std::min(bounds.max, bounds.min + kSpread);
  return Pick<std::uint64_t>(bounds.min, hi + 1);
}

// A value for the first constraint whose kind a value meets whole (it generates its own
// values), or nullopt when there is none.
std::optional<std::string> KindValue(const Constraints& constraints) {
  if (std::optional<Constraint> whole = constraints.FindMetWhole()) {
    RcChooser chooser;
    return whole->Generate(chooser);
  }
  return std::nullopt;
}

// A string of the regex that `fits`. Most patterns give fitting strings as their quantifiers
// come; when the length bounds are far from that (an "arn:.*" of at least 20 characters, a
// "[a-z]{1,1000}" of at most 64) a second try builds strings of a length within the bounds.
// When both give up, the failure names the pattern: it is reported, never retried forever.
template <typename Fits>
std::string Drawn(const Constraint& pattern, const Regex& regex, const LengthBounds& bounds,
                  Fits fits) {
  try {
    return *rc::gen::suchThat(regex.Matching(), fits);
  } catch (const rc::GenerationFailure&) {
  }
  std::uint64_t min = std::min(bounds.min, kMaxAimedLength);
  try {
    return *rc::gen::suchThat(regex.MatchingLength(min, bounds.max), fits);
  } catch (const rc::GenerationFailure&) {
    throw rc::GenerationFailure("no generated string meets the pattern " +
                                pattern.args().at("regex").get<std::string>() +
                                " and the length bounds together");
  }
}

// True when the text meets every pattern rule among the constraints.
bool MeetsEveryPattern(const Constraints& constraints, const std::string& text) {
  for (std::size_t i = 0; i < constraints.size(); ++i) {
    if (constraints[i].kind() == "pattern" && !constraints[i].CheckString(text).empty()) {
      return false;
    }
  }
  return true;
}

// A string of the first pattern rule within the bounds. When the regex is inexact (look-
// around, word boundaries) or a second pattern applies too (a host label's), strings are
// checked against every pattern and drawn again until one passes.
std::string FromPattern(const Constraints& constraints, const Constraint& pattern,
                        const LengthBounds& bounds) {
  auto regex = RegexOf(pattern.args().at("regex").get<std::string>());
  if (!regex.ok()) throw rc::GenerationFailure(regex.error());
  std::size_t patterns = 0;
  for (std::size_t i = 0; i < constraints.size(); ++i)
    patterns += constraints[i].kind() == "pattern";
  if (!regex.value().exact() || patterns > 1) {
    return Drawn(pattern, regex.value(), bounds, [&](const std::string& s) {
      return bounds.Contains(CountCodePoints(s)) && MeetsEveryPattern(constraints, s);
    });
  }
  if (auto repetition = regex.value().SingleClassRepetition()) {
    std::uint64_t lo = std::max<std::uint64_t>(repetition->min, bounds.min);
    std::uint64_t hi = std::min<std::uint64_t>(repetition->max, bounds.max);
    if (lo > hi) throw rc::GenerationFailure("pattern and length bounds exclude each other");
    return *regex.value().RepeatedClass(PickLength({lo, hi}));
  }
  return Drawn(pattern, regex.value(), bounds,
               [&](const std::string& s) { return bounds.Contains(CountCodePoints(s)); });
}

}  // namespace

LengthBounds LengthOf(const Constraints& constraints) {
  LengthBounds bounds;
  if (std::optional<Constraint> length = constraints.Find("length")) {
    bounds.min = length->args().value("min", std::uint64_t{0});
    bounds.max = length->args().value("max", UINT64_MAX);
  }
  return bounds;
}

std::uint64_t MeasureLength(ShapeKind kind, const std::string& text) {
  return kind == ShapeKind::kBlob ? text.size() : CountCodePoints(text);
}

Result<Regex> RegexOf(const std::string& pattern) {
  static std::mutex mutex;
  static std::map<std::string, Result<Regex>> cache;
  std::lock_guard lock(mutex);
  auto it = cache.find(pattern);
  if (it == cache.end()) it = cache.emplace(pattern, Regex::Parse(pattern)).first;
  return it->second;
}

std::string GenerateText(std::uint64_t count) {
  std::string out;
  for (std::uint64_t i = 0; i < count; ++i) AppendUtf8(out, PickFrom(kTextAlphabet));
  return out;
}

std::string GenerateString(ShapeKind kind, const Constraints& constraints) {
  LengthBounds bounds = LengthOf(constraints);
  std::string value;
  if (std::optional<Constraint> enumeration = constraints.Find("enum")) {
    std::vector<std::string> fitting;
    for (const auto& v : enumeration->args().at("values")) {
      if (bounds.Contains(MeasureLength(kind, v.get<std::string>()))) fitting.push_back(v);
    }
    if (fitting.empty()) throw rc::GenerationFailure("no enum value fits the length bounds");
    value = PickFrom(fitting);
  } else if (auto whole_value = KindValue(constraints)) {
    value = *whole_value;
  } else if (std::optional<Constraint> pattern = constraints.Find("pattern")) {
    value = FromPattern(constraints, *pattern, bounds);
  } else if (kind == ShapeKind::kBlob) {
    std::uint64_t n = PickLength(bounds);
    for (std::uint64_t i = 0; i < n; ++i) value.push_back(static_cast<char>(Pick(0x20, 0x7F)));
  } else {
    value = GenerateText(PickLength(bounds));
  }
  if (!bounds.Contains(MeasureLength(kind, value))) {
    throw rc::GenerationFailure("generated value does not fit the length bounds");
  }
  return value;
}

}  // namespace shapeguard::properties
