#include "wire/uri_template.h"

#include <algorithm>
#include <vector>

#include "wire/percent_encoding.h"

namespace shapeguard::conformance {
namespace {

std::vector<std::string_view> SplitSegments(std::string_view path) {
  std::vector<std::string_view> segments;
  if (!path.empty() && path.front() == '/') path.remove_prefix(1);
  while (true) {
    std::size_t slash = path.find('/');
    segments.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return segments;
}

bool IsLabel(std::string_view segment) {
  return segment.size() >= 2 && segment.front() == '{' && segment.back() == '}';
}

// The rest of the path from segment `index` on, as one encoded string.
std::string Rest(const std::vector<std::string_view>& segments, std::size_t index) {
  std::string rest;
  for (std::size_t i = index; i < segments.size(); ++i) {
    if (i > index) rest += '/';
    rest.append(segments[i]);
  }
  return rest;
}

}  // namespace

std::optional<UriMatch> MatchUriTemplate(std::string_view path_template, std::string_view path) {
  path_template = path_template.substr(0, path_template.find('?'));
  std::vector<std::string_view> wanted = SplitSegments(path_template);
  std::vector<std::string_view> got = SplitSegments(path);
  UriMatch match;
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    std::string_view segment = wanted[i];
    if (IsLabel(segment) && segment[segment.size() - 2] == '+') {
      if (i + 1 != wanted.size() || i >= got.size()) return std::nullopt;
      std::string name(segment.substr(1, segment.size() - 3));
      match.labels[name] = PercentDecode(Rest(got, i));
      return match;
    }
    if (i >= got.size()) return std::nullopt;
    if (IsLabel(segment)) {
      match.labels[std::string(segment.substr(1, segment.size() - 2))] = PercentDecode(got[i]);
    } else if (segment == got[i]) {
      ++match.literal_segments;
    } else {
      return std::nullopt;
    }
  }
  if (got.size() != wanted.size()) return std::nullopt;
  return match;
}

std::optional<UriMatch> MatchRequestTarget(std::string_view uri_template, std::string_view path,
                                           std::string_view query) {
  std::optional<UriMatch> match = MatchUriTemplate(uri_template, path);
  std::size_t question = uri_template.find('?');
  if (!match || question == std::string_view::npos) return match;
  auto pairs = ParseUrlEncoded(query, Plus::kLiteral);
  // A plain pair, not a structured binding: clang 14 cannot capture those in a lambda.
  for (const auto& literal : ParseUrlEncoded(uri_template.substr(question + 1), Plus::kLiteral)) {
    bool present = std::any_of(pairs.begin(), pairs.end(), [&](const auto& pair) {
      return pair.first == literal.first &&
             (literal.second.empty() || pair.second == literal.second);
    });
    if (!present) return std::nullopt;
    ++match->query_literals;
  }
  return match;
}

}  // namespace shapeguard::conformance
