// The printable fields of one checklist row, shared by every checklist renderer.
#pragma once
#include "plan/render/labels.hpp"
#include "plan/views/checklist.hpp"

#include <string>

namespace plan {

/// What a renderer needs of one occurrence, resolved once.
struct RowFields {
  const Occurrence* occurrence = nullptr;
  const ItemRef* item = nullptr;
  const Schedule* schedule = nullptr;
  std::string owners;   ///< joined with 、 (zh) or ", " (en)
  std::string amount;   ///< amount_label()
  std::string note;     ///< a short note on a move or a kept day off, or ""
};

RowFields row_fields(const Checklist& checklist, const Occurrence& o, Lang lang);

} // namespace plan
