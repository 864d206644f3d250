// `plan holidays`: the holiday data in force, each day with where it came from.
#include "cmd_holidays.hpp"

#include "fatal.hpp"
#include "output.hpp"
#include "plan_input.hpp"

#include "plan/calendar/academic_year.hpp"
#include "plan/render/csv.hpp"
#include "plan/render/labels.hpp"
#include "plan/render/text.hpp"
#include "plan/util/utf8.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <memory>

namespace plan::cli {

std::function<ExitCode()> setup_holidays(CLI::App& app)
{
  auto o = std::make_shared<HolidaysOptions>();
  app.add_option("plan", o->plan, "a plan file: add its own entries and show its academic year");
  app.add_option("--year", o->year, "only this calendar year")->check(CLI::Range(1900, 2200));
  add_holidays_option(app, o->holiday_files);
  add_encoding_option(app, o->encoding);
  app.add_option("--format", o->format, "text (default), csv, json")->check(CLI::IsMember({"text", "csv", "json"}));
  app.add_option("--lang", o->lang, "labels: zh (default) or en")->check(CLI::IsMember({"zh", "en"}));
  add_output_option(app, o->output);
  app.footer("Examples:\n"
             "  plan holidays --year 2024\n"
             "  plan holidays examples/liaocheng-shiyan-xiaoxuebu-2023-2024.plan.yaml\n"
             "  plan holidays --holidays 2027.json --year 2027 --format json");
  return [o] { return run_holidays(*o); };
}

ExitCode run_holidays(const HolidaysOptions& o)
{
  auto national = national_holidays(o.holiday_files);
  if (!national) return ExitCode::Problems;
  HolidayTable table = *national;
  std::optional<Date> from, to;
  std::optional<LoadResult> loaded;
  if (!o.plan.empty()) {
    loaded = load_checked_plan(o.plan, *national, o.encoding);
    if (!loaded) return ExitCode::Problems;
    AcademicCalendar calendar(*loaded->plan, *national);
    table = calendar.holidays();
    int y = calendar.first_year();
    from = Date{std::chrono::year{y} / std::chrono::August / 1};
    to = Date{std::chrono::year{y + 1} / std::chrono::August / 31};
  }
  Lang lang = o.lang == "en" ? Lang::En : Lang::Zh;
  std::vector<const HolidayDay*> days;
  for (const HolidayDay* d : table.all()) {
    if (o.year && static_cast<int>(d->date.year()) != *o.year) continue;
    if (!o.year && from && (d->date < *from || *to < d->date)) continue;
    days.push_back(d);
  }
  std::string out;
  auto status = [&](const HolidayDay& d) {
    return lang == Lang::Zh ? std::string(d.off ? "放假" : "上班") : std::string(d.off ? "off" : "workday");
  };
  if (o.format == "json") {
    nlohmann::ordered_json j = nlohmann::ordered_json::array();
    for (const HolidayDay* d : days) {
      j.push_back({{"date", format_iso(d->date)}, {"weekday", weekday_label(d->date, Lang::En)}, {"name", d->name},
                   {"isOffDay", d->off}, {"origin", to_string(d->origin)}, {"source", d->source}});
    }
    out = j.dump(2) + "\n";
  } else if (o.format == "csv") {
    out = "date,weekday,name,isOffDay,origin,source\r\n";
    for (const HolidayDay* d : days) {
      out += fmt::format("{},{},{},{},{},{}\r\n", format_iso(d->date), weekday_label(d->date, lang), csv_field(d->name),
                         d->off ? "true" : "false", to_string(d->origin), csv_field(d->source));
    }
  } else {
    std::vector<std::array<std::string, 6>> rows;
    std::array<std::size_t, 6> widths{};
    for (const HolidayDay* d : days) {
      rows.push_back({format_iso(d->date), weekday_label(d->date, lang), status(*d), d->name, to_string(d->origin), d->source});
      for (std::size_t i = 0; i < 6; ++i) widths[i] = std::max(widths[i], utf8::display_width(rows.back()[i]));
    }
    for (const auto& r : rows) {
      std::string line;
      for (std::size_t i = 0; i < 6; ++i) line += i + 1 < 6 ? pad_to_width(r[i], widths[i]) + "  " : r[i];
      out += line + "\n";
    }
    if (rows.empty()) out = lang == Lang::Zh ? "（没有节假日数据）\n" : "(no holiday data)\n";
  }
  std::vector<std::string> inputs = o.holiday_files;
  if (!o.plan.empty()) inputs.push_back(o.plan);
  write_output(out, o.output, inputs);
  return ExitCode::Ok;
}

} // namespace plan::cli
