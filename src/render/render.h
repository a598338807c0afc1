// Rendering an Account: account.json (the contract, schema "corroborate/account@1"), brief.md,
// and brief.html (one self-contained file: no network, inline CSS, readable on a phone, all
// article text escaped). Offsets in the JSON are Unicode code points into each article's text.
#pragma once

#include <string>

#include "model/account.h"

namespace corroborate {

inline constexpr const char* kAccountSchema = "corroborate/account@1";

std::string RenderAccountJson(const Account& account);
// One compact JSON object (the articles[] element of account.json), no trailing newline.
std::string RenderArticleJson(const Article& article);
std::string RenderMarkdown(const Account& account);
std::string RenderHtml(const Account& account);

}  // namespace corroborate
