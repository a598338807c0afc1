// Human-readable byte counts for problem messages: "512 bytes", "3.5 KiB", "65.0 MiB".
#pragma once

#include <cstddef>
#include <string>

namespace corroborate::ingest {

std::string FormatSize(size_t bytes);

}  // namespace corroborate::ingest
