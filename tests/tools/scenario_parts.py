"""Building blocks of the scenario corpus's snapshots (build_scenarios.py): services, events,
certificates, registry facts and profiles, each in the exact shape the collector writes them.

Where each shape comes from (real-world artefacts, by file name; the READMEs give their folders):
- services: resources/samples/policyagent-disabled/snapshot.json (a Windows 10 PC, French names)
  and the Windows 10 defaults of ipsec-facts.md §5; English display names as Windows shows them;
- Security 4653: eventlog-xml/ipban_Security-4653_MM-failed_NegotiationTimedOut.xml, field for
  field (4654 takes the quick-mode field list of ipsec-facts.md §4.1);
- RasClient 20221-20227: the insertion strings of
  command-output/ms-architecture-center_Get-EventLog_RemoteAccess-20111_RasClient-20227-809.txt
  ({CoId}, user, connection, code) in the classic-provider XML of the RemoteAccess samples
  (eventlog-xml/ipban_System-RemoteAccess-20271_*.xml);
- certificates: tests/scenarios/sources/pki (make_scenario_pki.sh), chain verdicts written as the
  Windows collector writes CertGetCertificateChain's (CERT_TRUST_* flags in error_status);
- profiles: the product's own phonebook reader (`ipsecdoctor-cli profiles --pbk`) on
  tests/scenarios/sources/pbk (make_scenario_pbks.py, from a real rasphone.pbk).
"""
import base64
import hashlib
import json
import os
import subprocess
import tempfile
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = os.path.join(os.path.dirname(HERE), "scenarios", "sources")

# --- services -----------------------------------------------------------------------------------

DISPLAY = {
    "fr": {"BFE": "Moteur de filtrage de base", "IKEEXT": "Modules de génération de clés IKE et AuthIP",
           "PolicyAgent": "Agent de stratégie IPsec",
           "SstpSvc": "Service SSTP (Secure Socket Tunneling Protocol)",
           "RasMan": "Gestionnaire des connexions d’accès à distance"},
    "en": {"BFE": "Base Filtering Engine", "IKEEXT": "IKE and AuthIP IPsec Keying Modules",
           "PolicyAgent": "IPsec Policy Agent", "SstpSvc": "Secure Socket Tunneling Protocol Service",
           "RasMan": "Remote Access Connection Manager"},
}

# Windows 10/11 defaults on a PC that has dialled a VPN since it started (the policyagent-disabled
# sample with its PolicyAgent healthy): name, start type, trigger start, dependencies, dependents,
# process id, account.
SERVICE_DEFAULTS = [
    ("BFE", "automatic", False, ["RpcSs"], ["IKEEXT", "PolicyAgent", "MpsSvc", "RemoteAccess", "SharedAccess"],
     2384, "NT AUTHORITY\\LocalService"),
    ("IKEEXT", "manual", True, ["BFE", "nsi"], ["RemoteAccess"], 4120, "LocalSystem"),
    ("PolicyAgent", "manual", True, ["Tcpip", "BFE"], [], 3876, "NT Authority\\NetworkService"),
    ("SstpSvc", "manual", False, [], ["RasMan", "RemoteAccess"], 3012, "NT Authority\\LocalService"),
    ("RasMan", "manual", False, ["SstpSvc"], ["RemoteAccess"], 3012, "localSystem"),
]

ERROR_SERVICE_DISABLED = 1077  # ERROR_SERVICE_NEVER_STARTED, what the SCM reports for a disabled one
ERROR_SERVICE_DEPENDENCY_FAIL = 1068


def services(lang, **changes):
    """The five services, healthy, with `changes[name] = {field: value}` applied."""
    out = []
    for name, start, trigger, deps, dependents, pid, account in SERVICE_DEFAULTS:
        s = {"name": name, "display_name": DISPLAY[lang][name], "present": True, "state": "running",
             "start_type": start, "delayed_auto_start": False, "trigger_start": trigger, "dependencies": deps,
             "dependents": dependents, "win32_exit_code": 0, "service_exit_code": 0, "process_id": pid,
             "account": account}
        for key, value in changes.get(name, {}).items():
            s[key] = value
        if s["state"] == "stopped":
            s["process_id"] = 0
        out.append(s)
    return out


def disabled():
    return {"state": "stopped", "start_type": "disabled", "win32_exit_code": ERROR_SERVICE_DISABLED}


def stopped_by_dependency():
    return {"state": "stopped", "win32_exit_code": ERROR_SERVICE_DEPENDENCY_FAIL}


def machine(hostname, lang, windows=10):
    build = "19045" if windows == 10 else "22631"
    return {"hostname": hostname, "os_name": f"Windows {windows} Pro", "os_version": "10.0", "os_build": build,
            "elevated": False, "app_version": "0.1.0"}


# --- time ---------------------------------------------------------------------------------------

def parse_time(iso):
    return datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def event_time(collected_at, seconds_before, index):
    t = parse_time(collected_at) - timedelta(seconds=seconds_before)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%07dZ" % ((index * 7919 + 1234567) % 10000000)


# --- events -------------------------------------------------------------------------------------

class Events:
    """Events of one PC, newest first in the snapshot like the collector's (EvtQuery reverse).
    Times are seconds before the collection; record ids follow time order in each channel."""

    def __init__(self, computer, collected_at, user):
        self.computer = computer
        self.collected_at = collected_at
        self.user = user
        self.items = []  # (seconds_before, channel, render(record id, time) -> xml)
        self.dials = 0

    def _classic(self, provider, channel, event_id, seconds, data, level=4):
        fields = "".join(f"<Data>{escape(d)}</Data>" for d in data)

        def render(record, when):
            return ("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>"
                    f"<Provider Name='{provider}' /><EventID Qualifiers='0'>{event_id}</EventID><Level>{level}</Level>"
                    "<Task>0</Task><Keywords>0x80000000000000</Keywords>"
                    f"<TimeCreated SystemTime='{when}' /><EventRecordID>{record}</EventRecordID>"
                    f"<Channel>{channel}</Channel><Computer>{self.computer}</Computer><Security /></System>"
                    f"<EventData>{fields}</EventData></Event>")
        self.items.append((seconds, channel, render))

    def _coid(self):
        self.dials += 1
        h = hashlib.sha1(f"{self.computer}-{self.dials}".encode()).hexdigest().upper()
        return "{%s-%s-%s-%s-%s}" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])

    # 20221's %4-%6 (profile, settings dump: localized text) are left out; the steps after it
    # carry {CoId}, user, connection and the device, 20227 the code (ipsec-facts.md §4.4).
    def dial_failed(self, minutes, connection, code, device, reached_device=False):
        """One dial that fails with `code` `minutes` before the collection: 20221, 20222 (device
        connecting), [20223 when the tunnel came up and PPP/EAP failed], 20227 — a timeout (809)
        takes about 30 s after 20222."""
        coid, t = self._coid(), minutes * 60
        spent = 30 if code in (809, 13805, 13813, 792) else 3
        self._classic("RasClient", "Application", 20221, t + spent + 1, [coid, self.user, connection])
        self._classic("RasClient", "Application", 20222, t + spent, [coid, self.user, connection, device])
        if reached_device:
            self._classic("RasClient", "Application", 20223, t + 1, [coid, self.user, connection, device])
        self._classic("RasClient", "Application", 20227, t, [coid, self.user, connection, str(code)], level=2)

    def dial_ok(self, minutes, connection, device):
        coid, t = self._coid(), minutes * 60
        self._classic("RasClient", "Application", 20221, t + 6, [coid, self.user, connection])
        self._classic("RasClient", "Application", 20222, t + 5, [coid, self.user, connection, device])
        self._classic("RasClient", "Application", 20223, t + 2, [coid, self.user, connection, device])
        self._classic("RasClient", "Application", 20224, t + 1, [coid, self.user, connection, device])
        self._classic("RasClient", "Application", 20225, t, [coid, self.user, connection])

    def _security(self, event_id, seconds, fields):
        data = "".join(f"<Data Name='{k}'>{escape(v)}</Data>" for k, v in fields)

        def render(record, when):
            return ("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider "
                    "Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-A5BA-3E3B0328C30D}' />"
                    f"<EventID>{event_id}</EventID><Version>0</Version><Level>0</Level><Task>12547</Task>"
                    "<Opcode>0</Opcode><Keywords>0x8010000000000000</Keywords>"
                    f"<TimeCreated SystemTime='{when}' /><EventRecordID>{record}</EventRecordID><Correlation />"
                    "<Execution ProcessID='1012' ThreadID='3344' /><Channel>Security</Channel>"
                    f"<Computer>{self.computer}</Computer><Security /></System><EventData>{data}</EventData></Event>")
        self.items.append((seconds, "Security", render))

    def main_mode_failed(self, minutes, local, remote, key_module, point, reason, auth, state, port="500"):
        """4653 (one second before the dial's 20227) with the fields of
        ipban_Security-4653_MM-failed_NegotiationTimedOut.xml."""
        cookie = hashlib.sha1(f"{minutes}{remote}".encode()).hexdigest()[:16]
        responder = "0000000000000000" if state == "%%8202" else hashlib.sha1(cookie.encode()).hexdigest()[:16]
        self._security(4653, minutes * 60 + 1, [
            ("LocalMMPrincipalName", "-"), ("RemoteMMPrincipalName", "-"), ("LocalAddress", local),
            ("LocalKeyModPort", port), ("RemoteAddress", remote), ("RemoteKeyModPort", port),
            ("KeyModName", key_module), ("FailurePoint", point), ("FailureReason", reason), ("MMAuthMethod", auth),
            ("State", state), ("Role", "%%8205"), ("MMImpersonationState", "%%8217"), ("MMFilterID", "54919761"),
            ("InitiatorCookie", cookie), ("ResponderCookie", responder)])

    def quick_mode_failed(self, minutes, local, remote, point, reason, state):
        """4654 with the quick-mode fields of ipsec-facts.md §4.1 (L2TP: transport mode, UDP 1701)."""
        self._security(4654, minutes * 60 + 1, [
            ("LocalAddress", local), ("LocalAddressMask", "-"), ("LocalPort", "1701"), ("LocalTunnelEndpoint", "-"),
            ("RemoteAddress", remote), ("RemoteAddressMask", "-"), ("RemotePort", "1701"),
            ("RemoteTunnelEndpoint", "-"), ("RemotePrivateAddress", "-"), ("Protocol", "17"),
            ("KeyModName", "%%8222"), ("FailurePoint", point), ("FailureReason", reason), ("Mode", "%%8212"),
            ("State", state), ("Role", "%%8205"), ("MessageID", "0"), ("QMFilterID", "0"), ("MMSAID", "0"),
            ("TunnelId", "0"), ("TrafficSelectorId", "0")])

    def xml_newest_first(self):
        record = {"Application": 48210, "Security": 1893356}
        out = []
        oldest_first = sorted(enumerate(self.items), key=lambda item: (-item[1][0], item[0]))
        for index, (seconds, channel, render) in oldest_first:
            record[channel] += 3  # other providers write in between
            out.append(render(record[channel], event_time(self.collected_at, seconds, index)))
        return out[::-1]


AUDIT_MM = "{0CCE9218-69AE-11D9-BED3-505054503030}"
AUDIT_QM = "{0CCE9219-69AE-11D9-BED3-505054503030}"
AUDIT_EM = "{0CCE921A-69AE-11D9-BED3-505054503030}"
AUDIT_DRIVER = "{0CCE9213-69AE-11D9-BED3-505054503030}"


def logs(events, ipsec_audit):
    """The Logs step's collection: events, and the four IPsec audit subcategories (on when the
    user let IPsec Doctor enable them, as the failures' 4653/4654 show)."""
    audit = [{"guid": g, "success": False, "failure": ipsec_audit} for g in (AUDIT_MM, AUDIT_QM, AUDIT_EM)]
    audit.append({"guid": AUDIT_DRIVER, "success": False, "failure": False})
    return {"source": "live", "file_name": "", "since": "", "events": events.xml_newest_first(),
            "audit_collected": True, "audit": audit, "tracing_collected": True,
            "tracing": [{"component": c, "enabled": False} for c in ("RASMAN", "RASAPI32", "RASPPP", "RASTLS",
                                                                      "RASCHAP", "RASTAPI")],
            "failure_reasons": []}


# --- certificates -------------------------------------------------------------------------------

def der(name):
    with open(os.path.join(SOURCES, "pki", name + ".der"), "rb") as f:
        return f.read()


def spki_sha1(data):
    pub = subprocess.run(["openssl", "x509", "-inform", "der", "-pubkey", "-noout"], input=data,
                         capture_output=True, check=True).stdout
    spki = subprocess.run(["openssl", "pkey", "-pubin", "-outform", "der"], input=pub, capture_output=True,
                          check=True).stdout
    return hashlib.sha1(spki).hexdigest()


def not_after(data):
    text = subprocess.run(["openssl", "x509", "-inform", "der", "-noout", "-enddate", "-subject",
                           "-nameopt", "RFC2253"], input=data, capture_output=True, check=True).stdout.decode()
    end = text.split("notAfter=")[1].split("\n")[0].strip()
    subject = text.split("subject=")[1].split("\n")[0].strip()
    when = datetime.strptime(end, "%b %d %H:%M:%S %Y GMT").strftime("%Y-%m-%dT%H:%M:%SZ")
    return when, subject


CERT_TRUST_IS_NOT_TIME_VALID = 0x1
CERT_TRUST_REVOCATION_STATUS_UNKNOWN = 0x40
CERT_TRUST_IS_OFFLINE_REVOCATION = 0x1000000


def element(name, collected_at):
    data = der(name)
    end, subject = not_after(data)
    return {"subject": subject, "thumbprint": hashlib.sha1(data).hexdigest().upper(), "spki_sha1": spki_sha1(data),
            "not_after": end, "time_valid": parse_time(end) > parse_time(collected_at)}


CERT_TRUST_IS_PARTIAL_CHAIN = 0x10000


def certificate(name, store, collected_at, private_key="not-checked", chain_to=None, revocation="good",
                issuer_found=True):
    """One store entry; `chain_to` = the names of the chain above it (leaf first) when the collector
    built a chain (end-entity certificates of the My stores)."""
    data = der(name)
    record = {"store": store, "der_base64": base64.b64encode(data).decode(), "private_key": private_key}
    if chain_to is not None:
        elements = [element(n, collected_at) for n in [name] + chain_to]
        expired = not all(e["time_valid"] for e in elements)
        status = CERT_TRUST_IS_NOT_TIME_VALID if expired else 0
        if revocation == "offline":
            status |= CERT_TRUST_REVOCATION_STATUS_UNKNOWN | CERT_TRUST_IS_OFFLINE_REVOCATION
        if not issuer_found:  # the issuer is in no store: the chain stops at the certificate
            status |= CERT_TRUST_IS_PARTIAL_CHAIN | CERT_TRUST_REVOCATION_STATUS_UNKNOWN
            elements, revocation = elements[:1], "unknown"
        record["chain"] = {"evaluated": True, "trusted": issuer_found and not expired, "partial": not issuer_found,
                           "untrusted_root": False, "not_time_valid": expired, "signature_invalid": False,
                           "revocation": revocation, "error_status": status, "elements": elements}
    return record


def certificates(*records):
    return {"collected": True, "items": list(records)}


# --- VPN configuration --------------------------------------------------------------------------

REGISTRY = [
    ("negotiate-dh2048-aes256", "HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\Parameters",
     "NegotiateDH2048_AES256"),
    ("assume-udp-encapsulation", "HKLM\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent",
     "AssumeUDPEncapsulationContextOnSendRule"),
    ("prohibit-ipsec", "HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\Parameters", "ProhibitIpSec"),
    ("allow-l2tp-weak-crypto", "HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\Parameters",
     "AllowL2TPWeakCrypto"),
    ("disable-ike-name-eku-check", "HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\Parameters",
     "DisableIKENameEkuCheck"),
]


def registry(**dwords):
    """The five registry facts; dwords["assume_udp_encapsulation"] = 2 sets one (REG_DWORD)."""
    out = []
    for rid, key, name in REGISTRY:
        value = dwords.get(rid.replace("-", "_"))
        out.append({"id": rid, "key": key, "name": name, "present": value is not None,
                    "type": 4 if value is not None else 0, "dword": value})
    return out


_PROFILE_CACHE = {}


def profiles_from_pbk(cli, pbk):
    if pbk not in _PROFILE_CACHE:
        cmd = [cli, "profiles", "--pbk", os.path.join(SOURCES, "pbk", pbk), "--json"]
        env = None
        if os.geteuid() == 0:
            # As root the CLI does fix and undo only (its elevation boundary): read as nobody, with
            # a data folder of its own for its log.
            data = tempfile.mkdtemp(prefix="scenario-pbk-")
            os.chown(data, 65534, 65534)
            env = dict(os.environ, IPSECDOCTOR_DATA_DIR=data)
            cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"] + cmd
        out = subprocess.run(cmd, capture_output=True, text=True, env=env)
        doc = json.loads(out.stdout)
        if "profiles" not in doc:
            raise RuntimeError(f"profiles --pbk {pbk}: {out.stdout[:400]} {out.stderr[-400:]}")
        _PROFILE_CACHE[pbk] = doc["profiles"]
    return _PROFILE_CACHE[pbk]


def vpn(cli, user, wanted, **dwords):
    """The VPN profiles `wanted` = [(pbk, entry name)], as read from the user's phonebook."""
    profiles = []
    for pbk, name in wanted:
        found = [p for p in profiles_from_pbk(cli, pbk) if p["name"] == name]
        if not found:
            raise RuntimeError(f"{pbk} has no entry [{name}]")
        p = dict(found[0])
        if p["auth"] == "machine-certificate":  # a device tunnel lives in the all-users phonebook
            p["scope"] = "all-users"
            p["phonebook"] = "C:\\ProgramData\\Microsoft\\Network\\Connections\\Pbk\\rasphone.pbk"
        else:
            p["scope"] = "user"
            p["phonebook"] = f"C:\\Users\\{user}\\AppData\\Roaming\\Microsoft\\Network\\Connections\\Pbk\\rasphone.pbk"
        profiles.append(p)
    return {"profiles": profiles, "registry": registry(**dwords), "nic_ipsec_offload": []}


def probe(capture, collected_at):
    """A probe result captured from the charon lab (capture_scenario_probes.py), as the snapshot
    stores it: the CLI's document without its findings and tool members, started two minutes
    before the scenario's collection (the capture's own clock is the lab run's)."""
    with open(os.path.join(SOURCES, "probes", capture + ".json")) as f:
        result = json.load(f)
    for key in ("findings", "tool"):
        result.pop(key, None)
    result["schema_version"] = 1
    result["started_at"] = (parse_time(collected_at) - timedelta(minutes=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return result
