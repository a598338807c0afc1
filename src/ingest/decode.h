// Decoding: bytes of unknown encoding -> UTF-8 in Unicode NFC with '\n' line ends.
// Order of evidence: byte-order mark, the declared charset (when it decodes cleanly), valid
// UTF-8, then uchardet's detection. Binary content (NUL bytes, mostly control characters) and
// empty or whitespace-only text are errors, with a one-line reason.
#pragma once

#include "core/status.h"
#include "model/article.h"

namespace corroborate {

Result<DecodedDocument> Decode(RawDocument raw);

}  // namespace corroborate
