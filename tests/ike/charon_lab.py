#!/usr/bin/env python3
"""A private strongSwan charon for the probe's integration tests and benchmark.

Each lab runs in its own network and mount namespace (unshare --net --mount): charon's pid file
and VICI socket land on a private /run, its strongswan.conf, swanctl.conf and log in a temp dir,
and it binds only the namespace's loopback. Nothing on the host is touched.

    with CharonLab(swanctl_conf, conf_extra) as lab: ...   (only inside the namespace)
    inside_namespace(argv) re-executes a script under unshare when not yet isolated.
    check(condition, message) raises Failure: how the test scripts state an expectation.
"""
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

CHARON = "/usr/lib/ipsec/charon"
ISOLATED_ENV = "IPSECDOCTOR_CHARON_LAB_NS"


class Failure(Exception):
    """A scenario's expectation was not met (the test scripts report it and exit 1)."""


def check(condition, message):
    if not condition:
        raise Failure(message)


def inside_namespace(argv):
    """Re-executes the current script in fresh net+mount namespaces; returns its exit code,
    or None when already inside (the caller then runs its body)."""
    if os.environ.get(ISOLATED_ENV) == "1":
        return None
    env = dict(os.environ, **{ISOLATED_ENV: "1"})
    return subprocess.call(["unshare", "--net", "--mount", "--fork", sys.executable] + argv, env=env)


NOBODY = 65534


def as_user(cmd, *owned):
    """`cmd` run as the unprivileged user nobody when we are root. ipsecdoctor-cli run as root
    does fix and undo only (its elevation boundary), so the tests run it as a support technician
    would; the `owned` folders (the test's files) are handed to that user first."""
    if os.geteuid() != 0:
        return cmd
    for folder in owned:
        for root, dirs, files in os.walk(folder):
            os.chown(root, NOBODY, NOBODY)
            for name in dirs + files:
                os.chown(os.path.join(root, name), NOBODY, NOBODY, follow_symlinks=False)
    return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", "--"] + list(cmd)


def prepare_namespace():
    subprocess.check_call(["mount", "--make-rprivate", "/"])
    subprocess.check_call(["mount", "-t", "tmpfs", "tmpfs", "/run"])
    subprocess.check_call(["ip", "link", "set", "lo", "up"])
    # An Ethernet MTU, so that large IKE packets travel in IP fragments as they do on real paths.
    subprocess.check_call(["ip", "link", "set", "lo", "mtu", "1500"])
    # A second loopback address for the NAT relay's outside.
    subprocess.check_call(["ip", "addr", "add", "127.0.0.2/8", "dev", "lo"])


def drop_ip_fragments():
    """Drops every IPv4 fragment after the first, before the kernel reassembles them (priority
    -500 runs ahead of defragmentation at -400): a path that loses fragments, as some firewalls
    and carrier NATs do. Needs nftables."""
    rules = ("table ip lab {\n chain pre {\n  type filter hook prerouting priority -500; policy accept;\n"
             "  ip frag-off & 0x1fff != 0 counter drop\n }\n}\n")
    subprocess.run(["nft", "-f", "-"], input=rules, text=True, check=True)


def drop_main_mode():
    """Drops IKEv1 Main Mode requests on UDP 500 (ISAKMP exchange type 2, byte 18 of the UDP
    payload: bits 208-215 from the UDP header) before charon sees them: a responder that answers
    Aggressive Mode only and leaves Main Mode unanswered. Needs nftables."""
    rules = ("table ip lab {\n chain pre {\n  type filter hook prerouting priority -500; policy accept;\n"
             "  udp dport 500 @th,208,8 2 counter drop\n }\n}\n")
    subprocess.run(["nft", "-f", "-"], input=rules, text=True, check=True)


def dropped_fragments():
    out = subprocess.check_output(["nft", "list", "table", "ip", "lab"], text=True)
    return int(re.search(r"counter packets (\d+)", out).group(1))


STRONGSWAN_CONF = """
charon {{
    load_modular = yes
    plugins {{
        include /etc/strongswan.d/charon/*.conf
    }}
    install_routes = no
    install_virtual_ip = no
    {extra}
    filelog {{
        lab {{
            path = {log}
            time_format = %s
            default = 1
            cfg = 2
            ike = 2
            enc = 1
            net = 1
            flush_line = yes
        }}
    }}
    syslog {{
        daemon {{
            default = -1
        }}
    }}
}}
"""


class CharonLab:
    def __init__(self, swanctl_conf, conf_extra="", files=None):
        self.swanctl_conf = swanctl_conf
        self.conf_extra = conf_extra
        self.files = files or {}
        self.dir = tempfile.mkdtemp(prefix="charon-lab-")
        self.log = os.path.join(self.dir, "charon.log")
        self.proc = None

    def __enter__(self):
        conf = os.path.join(self.dir, "strongswan.conf")
        with open(conf, "w") as f:
            f.write(STRONGSWAN_CONF.format(extra=self.conf_extra, log=self.log))
        swanctl_dir = os.path.join(self.dir, "swanctl")
        for sub in ("x509ca", "x509", "private", "conf.d"):
            os.makedirs(os.path.join(swanctl_dir, sub), exist_ok=True)
        for rel, data in self.files.items():
            with open(os.path.join(swanctl_dir, rel), "wb") as f:
                f.write(data)
        with open(os.path.join(swanctl_dir, "swanctl.conf"), "w") as f:
            f.write(self.swanctl_conf)
        for stale in ("/run/charon.vici", "/run/charon.pid"):
            if os.path.exists(stale):
                os.unlink(stale)
        env = dict(os.environ, STRONGSWAN_CONF=conf)
        self.env = env
        self.proc = subprocess.Popen([CHARON], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 10
        while not os.path.exists("/run/charon.vici"):
            if time.time() > deadline or self.proc.poll() is not None:
                raise RuntimeError("charon did not start; log:\n" + self.read_log())
            time.sleep(0.05)
        try:
            self._wait_for_vici()
            load = subprocess.run(["swanctl", "--load-all", "--noprompt", "--file",
                                   os.path.join(swanctl_dir, "swanctl.conf")],
                                  env=env, cwd=swanctl_dir, capture_output=True, text=True)
            if load.returncode != 0:
                raise RuntimeError("swanctl --load-all failed:\n" + load.stdout + load.stderr)
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _wait_for_vici(self):
        deadline = time.time() + 10
        while True:
            try:
                s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                s.connect("/run/charon.vici")
                s.close()
                return
            except OSError:
                if time.time() > deadline:
                    raise RuntimeError("charon's VICI socket never answered; log:\n" + self.read_log())
                time.sleep(0.05)

    def read_log(self):
        try:
            with open(self.log, errors="replace") as f:
                return f.read()
        except OSError:
            return ""

    def __exit__(self, *exc):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        if os.environ.get("IPSECDOCTOR_KEEP_LAB") != "1":
            shutil.rmtree(self.dir, ignore_errors=True)
        return False


class UdpRelay:
    """Forwards datagrams from (listen) to (target) from its own socket: a user-space NAPT.
    With delay_ms it also adds that much to every round trip (half each way)."""

    def __init__(self, listen, target, source_ip="127.0.0.2", delay_ms=0, drop=False, record=None):
        self.listen = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.listen.bind(listen)
        self.outside = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.outside.bind((source_ip, 0))
        for sock in (self.listen, self.outside):
            sock.settimeout(0.2)
        self.target = target
        self.delay = delay_ms / 2000.0
        self.drop = drop
        self.record = record  # folder: each answer from the server is saved there (fuzz seeds)
        self.recorded = 0
        self.client = None
        self.stop = False
        self.threads = [threading.Thread(target=self._in, daemon=True), threading.Thread(target=self._out, daemon=True)]

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.stop = True
        for t in self.threads:  # they wake up within the socket timeout and see `stop`
            t.join(2)
        self.listen.close()
        self.outside.close()
        return False

    def _later(self, sock, data, addr):
        if self.delay:
            threading.Timer(self.delay, lambda: self._send(sock, data, addr)).start()
        else:
            self._send(sock, data, addr)

    @staticmethod
    def _send(sock, data, addr):
        try:
            sock.sendto(data, addr)
        except OSError:
            pass

    def _in(self):
        while not self.stop:
            try:
                data, addr = self.listen.recvfrom(65535)
            except socket.timeout:
                continue
            except OSError:
                return
            if self.drop:
                continue
            self.client = addr
            self._later(self.outside, data, self.target)

    def _out(self):
        while not self.stop:
            try:
                data, _ = self.outside.recvfrom(65535)
            except socket.timeout:
                continue
            except OSError:
                return
            if self.record:
                self.recorded += 1
                with open(os.path.join(self.record, "answer-%02d.bin" % self.recorded), "wb") as f:
                    f.write(data)
            if self.client:
                self._later(self.listen, data, self.client)
