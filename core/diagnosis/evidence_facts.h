#pragma once
// What the diagnosis reads from findings beyond their ids: codes, stages, times, which connection
// an event names, which stages a later failure proves passed, and how causes group and rank.
#include "ipsecdoctor/diagnosis/diagnosis.h"

#include <optional>
#include <string>
#include <vector>

namespace ipsecdoctor::diagnosis_detail {

bool isLogFinding(const Finding& f);
/// Failures and warnings; an informational finding (an SA established) supports no cause.
bool isProblem(const Finding& f);
std::optional<std::uint32_t> codeOf(const Finding& f);
std::optional<CodeStage> stageOf(const Finding& f);
int countOf(const Finding& f);
std::string evidenceValue(const Finding& f, const char* key);

/// Order of the stages of a connection attempt for this connection: with IKEv2, EAP user
/// authentication runs inside IKE_AUTH; with L2TP, PPP comes after the IPsec SAs.
int stageRank(CodeStage stage, const Connection* connection);

struct HistorySplit {
    std::vector<Finding> current; // what the diagnosis judges
    std::vector<Finding> history; // failures that later successful dials of the same connection ended
};
/// Drops the log findings of other connections and sets aside failures followed by a success.
HistorySplit splitHistory(const std::vector<Finding>& findings, const Connection* connection);

/// Something of the connection fails: a failure event, or the server's answer (or silence).
bool hasFailure(const std::vector<Finding>& findings);

/// The furthest stage the failures of the logs reached (their rank); -1 when none failed, or one
/// failed at a stage not known or timed out (it could have got further).
int reachedStageRank(const std::vector<Finding>& findings, const Connection* connection);

/// The furthest stage rank that the evidence proves passed (-1: none): the server answered the
/// probe, Windows' proposal was accepted, or a failure of a later stage was logged.
int passedStageRank(const std::vector<Finding>& findings, const Connection* connection, bool withProbe);

/// A service that cannot start because a service of another cause cannot run is that cause's
/// consequence: it moves there, and a cause left with no fact of its own goes with it.
void groupConsequences(std::vector<RootCause>& causes);

/// A cause established by codes alone, all of which a cause with a fact of this PC or the server
/// already explains, is that failure seen again, not a second cause.
void dropExplainedCauses(std::vector<RootCause>& causes);

/// While a proven cause stops every IKE negotiation (BFE or IKEEXT cannot run) or nothing reaches
/// the server (its name does not resolve), what the failures say of later stages is not evidence:
/// those causes become notes.
void applyGates(std::vector<RootCause>& causes, std::vector<Finding>& notes);

/// Most certain first; at equal certainty the earlier stage, whose failure hides the later ones.
void rankCauses(std::vector<RootCause>& causes, const Connection* connection);

} // namespace ipsecdoctor::diagnosis_detail
