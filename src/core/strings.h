// Small string helpers shared by every stage. ASCII-only case mapping on purpose: callers that
// need Unicode case folding use ICU (see analyze/ and reconcile/).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace corroborate {

std::string_view Trim(std::string_view s);
std::string AsciiLower(std::string_view s);
bool StartsWith(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);
bool IEquals(std::string_view a, std::string_view b);  // ASCII case-insensitive
bool IStartsWith(std::string_view s, std::string_view prefix);
bool IContains(std::string_view haystack, std::string_view needle);

// Splits on '\n' (a trailing '\r' stays with the line); keeps empty lines.
std::vector<std::string_view> SplitLines(std::string_view text);
std::vector<std::string_view> Split(std::string_view text, char sep);
std::string Join(const std::vector<std::string>& parts, std::string_view sep);

// 64-bit FNV-1a; stable across runs and machines (used for ids and sketches).
uint64_t Hash64(std::string_view s, uint64_t seed = 0);

// Collapses runs of Unicode and ASCII white space to one ASCII space and trims.
std::string CollapseWhitespace(std::string_view s);

}  // namespace corroborate
