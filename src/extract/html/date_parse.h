// Date values as HTML pages write them in metadata and near the headline, parsed into Timestamps
// that keep the time zone as written:
//   ISO 8601 / RFC 3339: "2025-12-03", "2025-12-03T08:00", "2025-12-03T08:00:00.123Z",
//     "2025-12-03 08:00:00+03:00", "2025-12-03T08:00:00-0500", "20251203T080000Z", "2025-12"
//   RFC 2822 and JavaScript Date strings: "Tue, 02 Dec 2025 14:05:00 GMT",
//     "Tue Dec 02 2025 14:05:00 GMT+0100 (Central European Standard Time)"
//   written English (extract/metadata/dateline.h): "December 2, 2025 at 3:04 p.m. EST",
//     "Dec. 2, 2025 10:42 AM ET", "2 Dec 2025", "Published: 12/25/2025"
//   Unix time (seconds or milliseconds) where a caller knows the value is one.
// Every parser rejects a value it does not fully understand rather than guessing; a date
// without a year is rejected (metadata always carries one). O(length); thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "model/date.h"

namespace corroborate {

// ISO 8601 in its extended and basic forms, a space or 'T' before the time, optional seconds
// and fractions, zone "Z", "±hh:mm", "±hhmm", "±hh", or a trailing " UTC"/" GMT"/" EST".
// "2025-12" gives month precision, "2025" alone is rejected (too weak to be a date).
std::optional<Timestamp> ParseIsoDateTime(std::string_view s);

// RFC 2822 / RFC 1123 ("Tue, 02 Dec 2025 14:05:00 GMT", "2 Dec 2025 14:05 +0100") and the
// JavaScript Date.toString() form ("Tue Dec 02 2025 14:05:00 GMT+0100 (…)").
std::optional<Timestamp> ParseRfc2822Date(std::string_view s);

// Seconds (9-10 digits) or milliseconds (12-13 digits) since 1970, as UTC. Only call it for
// values a page labels as a time (data-timestamp, data-publish-time, …).
std::optional<Timestamp> ParseUnixTime(std::string_view digits);

// A written date in a short visible text: "Published December 2, 2025 at 3:04 p.m. EST",
// "By Jane Doe | Dec. 2, 2025 | 4 min read" (the part that is a date), "3:04 PM EST, Tue
// December 2, 2025". Needs a year.
std::optional<Timestamp> ParseWrittenDate(std::string_view s);

// Any of the above but Unix time: the parser for a metadata value (meta content, JSON-LD,
// <time datetime>).
std::optional<Timestamp> ParseDateValue(std::string_view s);

// A Timestamp from seconds since 1970 (UTC, zone "UTC").
Timestamp TimestampFromUnixSeconds(int64_t seconds);

// Minutes since 1970 in UTC when the timestamp has a time and an offset; otherwise the local
// midnight (or local time) read as UTC: good enough to order two timestamps of one page.
int64_t ApproxUnixMinutes(const Timestamp& t);

}  // namespace corroborate
