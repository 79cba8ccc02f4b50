#pragma once
// The Certificates step's text: findings (certificate.*), the certificate fixes, and the names
// of stores, authentication methods and key/revocation states. Catalogue forwards to it.

#include "ipsecdoctor/model/auth_method.h"
#include "ipsecdoctor/model/certificate_info.h"

#include "Catalogue.h"

#include <QCoreApplication>
#include <QString>

namespace ipsecdoctor::app {

class CertificateCatalogue {
    Q_DECLARE_TR_FUNCTIONS(CertificateCatalogue)

public:
    static bool handles(const QString& id) { return id.startsWith(QLatin1String("certificate.")); }
    static FindingText finding(const Finding& finding);
    static QString remediationLabel(const QString& remediationId);
    static QString remediationDescription(const QString& remediationId);
    /// Empty for keys that are not the certificate checks' own.
    static QString evidenceKey(const QString& key);

    static QString authMethod(AuthMethod m);
    static QString authMethodHelp(AuthMethod m);
    static QString store(CertStore s); // "Local computer › Personal"
    static QString privateKey(PrivateKeyState s);
    static QString revocation(RevocationStatus s);
};

} // namespace ipsecdoctor::app
