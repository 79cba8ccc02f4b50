#include "ipsecdoctor/diagnosis/diagnosis_json.h"

#include "ipsecdoctor/json/model_json.h"

namespace ipsecdoctor {

using nlohmann::json;

json toJson(const RootCause& c) {
    return json{{"id", c.id},
                {"stage", codeStageId(c.stage)},
                {"phase", ikePhaseId(c.phase)},
                {"certainty", certaintyId(c.certainty)},
                {"local", c.local},
                {"evidence", toJson(c.evidence)},
                {"against", toJson(c.against)},
                {"consequences", toJson(c.consequences)},
                {"remediations", c.remediations}};
}

json toJson(const Diagnosis& d) {
    json causes = json::array();
    for (const auto& c : d.causes) {
        causes.push_back(toJson(c));
    }
    json checked = json::array();
    for (const auto& [step, severity] : d.provider.checked) {
        checked.push_back({{"step", stepId(step)}, {"worst", severityId(severity)}});
    }
    const auto& r = d.provider;
    return json{{"connection", d.connectionKnown ? toJson(d.connection) : json(nullptr)},
                {"causes", causes},
                {"notes", toJson(d.notes)},
                {"provider",
                 {{"recommended", r.recommended},
                  {"stage", codeStageId(r.stage)},
                  {"exchange", r.exchange},
                  {"key_module", r.keyModule},
                  {"remote_address", r.remoteAddress},
                  {"top_cause", r.topCause},
                  {"failures", toJson(r.failures)},
                  {"checked", checked}}}};
}

} // namespace ipsecdoctor
