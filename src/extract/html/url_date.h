// The publish date many news sites put in their article URLs: "/2025/12/03/slug",
// "/2025/dec/03/slug", "/20251203/slug", "/slug-2025-12-03", "/news/2025/12/slug" (month
// precision). Only the path is read (a query like "?date=" describes a listing, not the page);
// digits must stand alone so that ids like "/a/1202512031459" never read as dates. O(length).
#pragma once

#include <optional>
#include <string_view>

#include "model/date.h"

namespace corroborate {

// A date with day precision (month precision for "/2025/12/slug"), or nothing. Years outside
// 1995..2100 are rejected.
std::optional<CivilDate> DateFromUrl(std::string_view url);

}  // namespace corroborate
