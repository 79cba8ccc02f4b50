// Built only by architecture.include-up-fails: the logs parser reaching into the IKE parser, a
// layer beside it that it does not depend on. This file must never compile.
#include "ipsecdoctor/ike/probe.h"
