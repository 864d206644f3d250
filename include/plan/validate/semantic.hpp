// Meaning checks on a plan that YAML and the schema cannot express: term order and
// overlap, duplicate ids, unknown owners, impossible month days, counts, versions.
#pragma once
#include "plan/calendar/holidays.hpp"
#include "plan/model/diagnostic.hpp"
#include "plan/model/plan.hpp"
#include "plan/yaml/to_json.hpp"

namespace plan {

/// Appends one diagnostic per problem; the rules are listed in plan-validate(1).
/// `document` supplies the positions of values the model does not keep.
void check_semantics(const Plan& plan, const JsonDocument& document, DiagnosticList& out);

} // namespace plan

namespace plan {

/// Warns (`holiday-data-missing`) for each calendar year a covered term touches for
/// which neither `national` nor the plan's own holiday entries hold data, unless
/// the plan turns national holidays off.
void check_holiday_coverage(const Plan& plan, const HolidayTable& national, const JsonDocument& document,
                            DiagnosticList& out);

} // namespace plan
