// Reading a whole (small) file into memory: model files, gazetteers, corpus files. Inputs that
// may be huge or hostile go through ingest/ instead, which bounds and streams them.
#pragma once

#include <string>

#include "core/status.h"

namespace corroborate {

// The file's bytes; NotFound "PATH: cannot open" or IoError "PATH: read error".
Result<std::string> ReadFileToString(const std::string& path);

}  // namespace corroborate
