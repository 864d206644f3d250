// The printable fields of one checklist row, shared by every checklist renderer.
#include "plan/render/checklist_rows.hpp"

#include <fmt/format.h>

namespace plan {

RowFields row_fields(const Checklist& checklist, const Occurrence& o, Lang lang)
{
  RowFields r;
  r.occurrence = &o;
  r.item = &checklist.expansion->items[o.item];
  r.schedule = &r.item->schedules[o.rule]->schedule;
  r.owners = join_names(r.item->item->owners, lang);
  r.amount = amount_label(o, *r.schedule, lang);
  const AcademicCalendar& cal = *checklist.calendar;
  if (o.moved) {
    r.note = lang == Lang::Zh ? fmt::format("原定{}，{}", date_label(o.moved_from, lang), day_reason(cal, o.moved_from, lang))
                              : fmt::format("moved from {}, {}", date_label(o.moved_from, lang), day_reason(cal, o.moved_from, lang));
  } else if (o.off_day) {
    r.note = lang == Lang::Zh ? fmt::format("{}，不上课", day_reason(cal, o.date, lang))
                              : fmt::format("{}, no school", day_reason(cal, o.date, lang));
  }
  return r;
}

} // namespace plan
