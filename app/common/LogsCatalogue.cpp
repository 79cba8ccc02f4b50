#include "LogsCatalogue.h"
#include "QtText.h"

#include "CodeCatalogue.h"
#include "LogsFixCatalogue.h"

#include "ipsecdoctor/knowledge/error_codes.h"

#include <QDateTime>
#include <QLocale>

namespace ipsecdoctor::app {
namespace {

int count(const Finding& f) {
    return ev(f, "count").toInt();
}

/// The knowledge base's text for the finding's code, or for its event id.
std::optional<CodeText> codeText(const Finding& f) {
    if (auto code = parseCodeText(ev(f, "code").toStdString())) {
        for (const auto* entry : lookupCode(formatCode(*code))) {
            if (entry->kind != CodeKind::Event) {
                if (auto t = CodeCatalogue::text(*entry)) {
                    return t;
                }
            }
        }
    }
    if (auto id = parseCodeText(ev(f, "event_id").toStdString())) {
        return CodeCatalogue::eventText(*id);
    }
    return std::nullopt;
}

QString when(const Finding& f) {
    const int n = count(f);
    if (n <= 1) {
        return LogsCatalogue::tr("Logged on %1.").arg(LogsCatalogue::time(ev(f, "last_seen")));
    }
    return LogsCatalogue::tr("Logged %n times, from %1 to %2.", nullptr, n)
        .arg(LogsCatalogue::time(ev(f, "first_seen")), LogsCatalogue::time(ev(f, "last_seen")));
}

FindingText withCode(const QString& title, const Finding& f, const QString& fallbackExplanation,
                     const QString& fallbackAction) {
    const auto text = codeText(f);
    const QString explanation = text ? text->explanation : fallbackExplanation;
    return {title, explanation + QLatin1Char(' ') + when(f), text ? text->action : fallbackAction};
}

} // namespace

QString LogsCatalogue::time(const QString& iso) {
    auto t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid()) {
        t = QDateTime::fromString(iso.left(19) + QLatin1Char('Z'), Qt::ISODate);
    }
    if (!t.isValid()) {
        return iso;
    }
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

QString LogsCatalogue::evidenceValue(const QString& key, const QString& value) {
    if (key == QLatin1String("key_module")) {
        if (value == QLatin1String("ikev1")) {
            return QStringLiteral("IKEv1");
        }
        if (value == QLatin1String("ikev2")) {
            return QStringLiteral("IKEv2");
        }
        if (value == QLatin1String("authip")) {
            return QStringLiteral("AuthIP");
        }
    }
    if (key == QLatin1String("failure_point")) {
        if (value == QLatin1String("local")) {
            return tr("this PC");
        }
        if (value == QLatin1String("remote")) {
            return tr("the server");
        }
    }
    if (key == QLatin1String("stage")) {
        if (auto s = codeStageFromId(value.toStdString())) {
            return CodeCatalogue::stage(*s);
        }
    }
    if (key == QLatin1String("first_seen") || key == QLatin1String("last_seen") ||
        key == QLatin1String("since")) {
        return time(value);
    }
    return value;
}

FindingText LogsCatalogue::finding(const Finding& f) {
    const QString id = QString::fromStdString(f.id);
    const QString code = ev(f, "code");
    if (auto tracing = LogsFixCatalogue::finding(f); !tracing.title.isEmpty()) {
        return tracing;
    }
    if (is(id, finding::LogsRasclientError)) {
        const QString connection = ev(f, "connection");
        const QString title =
            connection.isEmpty() ? tr("The VPN connection failed with error %1").arg(code)
                                 : tr("The VPN connection \"%1\" failed with error %2").arg(connection, code);
        return withCode(title, f, tr("Windows logged this error code when the connection failed."),
                        tr("Send the code and the times to your VPN provider."));
    }
    if (is(id, finding::LogsIkeFailure)) {
        const QString where = evidenceValue(QStringLiteral("failure_point"), ev(f, "failure_point"));
        const QString reason = code.isEmpty() ? ev(f, "failure_reason") : code;
        const QString phase = ev(f, "event_id") == QLatin1String("4654") ? tr("quick mode (phase 2)")
                                                                         : tr("main mode (phase 1)");
        QString title = tr("IPsec %1 negotiation failed: %2").arg(phase, reason);
        if (!where.isEmpty()) {
            title += QLatin1Char(' ') + tr("(reported by %1)").arg(where);
        }
        return withCode(title, f,
                        tr("The negotiation failed for a reason Windows wrote in the machine's language: %1.")
                            .arg(ev(f, "failure_reason")),
                        tr("Send the details of this event to your VPN provider."));
    }
    if (is(id, finding::LogsIkeEstablished)) {
        return {tr("IPsec security associations were established"),
                tr("Negotiations with %1 succeeded.").arg(ev(f, "remote_address")) + QLatin1Char(' ') +
                    when(f),
                {}};
    }
    if (is(id, finding::LogsIkeInvalidPacket)) {
        return withCode(tr("Invalid IKE packets were received"), f, {}, {});
    }
    if (is(id, finding::LogsIkeIkeextNotRunning)) {
        return withCode(tr("IPsec negotiations failed because the IKE service was not running"), f, {}, {});
    }
    if (is(id, finding::LogsIpsecDriverDrop)) {
        return withCode(tr("The IPsec driver dropped packets"), f, {}, {});
    }
    if (is(id, finding::LogsIpsecDriverFailure)) {
        return withCode(tr("The IPsec services had a critical failure"), f, {}, {});
    }
    if (is(id, finding::LogsRemoteaccessError)) {
        return withCode(tr("The Remote Access server logged error %1").arg(code), f,
                        tr("A Routing and Remote Access server logged this failure."), {});
    }
    if (is(id, finding::LogsRasclientConnected)) {
        return {tr("The VPN connection succeeded"), when(f), {}};
    }
    if (is(id, finding::LogsNone)) {
        return {tr("No VPN or IPsec event in the logs"),
                tr("Windows logged no VPN connection attempt and no IPsec negotiation in the period read."),
                tr("Try to connect once, then check again so that the logs show what happens.")};
    }
    if (is(id, finding::LogsAuditDisabled)) {
        return {
            tr("IPsec auditing is off"),
            tr("Windows does not record IPsec negotiation failures, so the logs cannot tell at which phase "
               "the VPN fails."),
            tr("Turn on success and failure auditing of the IPsec subcategories (reversible, needs "
               "administrator rights, no restart).")};
    }
    if (is(id, finding::LogsAuditEnabled)) {
        return {
            tr("IPsec auditing is on"), tr("Windows records IPsec negotiations in the Security log."), {}};
    }
    if (is(id, finding::LogsAuditNotChecked)) {
        return {tr("IPsec auditing could not be checked"),
                tr("Reading the audit policy needs administrator rights."),
                tr("Run IPsec Doctor as an administrator to check it.")};
    }
    if (is(id, finding::LogsReadFailed)) {
        // A bundle that recorded no error still says why it matters.
        const QString why = Catalogue::errorMessageForId(ev(f, "error"));
        return {tr("The %1 log could not be read").arg(ev(f, "channel")),
                why.isEmpty() ? tr("Windows did not say why; its events are missing from the timeline.")
                              : why,
                tr("The Security log needs administrator rights: run IPsec Doctor as an administrator.")};
    }
    return {tr("Unknown finding %1").arg(id),
            tr("This finding comes from a newer version of IPsec Doctor; its evidence is listed below."),
            {},
            false};
}

} // namespace ipsecdoctor::app
