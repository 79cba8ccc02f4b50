<#
.SYNOPSIS
    Intune Remediations (or any RMM) detection script: does this PC have an IPsec VPN problem
    that IPsec Doctor can fix?

.DESCRIPTION
    Runs the installed `ipsecdoctor-cli check --json` and reads its findings (ids and severities,
    never localized text). Upload it as the detection script of a remediation, with
    Remediate-IPsecDoctor.ps1 as the remediation script; run it as SYSTEM, in 64-bit PowerShell.

    Exit codes (what Intune acts on):
      0  nothing to fix here: no error or critical finding that an allowed fix repairs
         (also when IPsec Doctor is not installed, or its check could not run: see the output)
      1  at least one error/critical finding has an allowed fix: Intune runs the remediation

    The last line of output is what Intune shows in its "detection output" column, e.g.
      "fixable: service.policyagent.disabled (service.policyagent.set-default-start)"
      "ok: worst=warning service.sstpsvc.stopped"
      "not-installed" | "check-failed: exit 3 error.access-denied"

    $AllowedFixes must match the list in Remediate-IPsecDoctor.ps1. The fix ids are those of
    `ipsecdoctor-cli --help` (service.<bfe|ikeext|policyagent|sstpsvc|rasman>.<action>).
#>
[CmdletBinding()]
param()

# Fixes the fleet may apply without a person: put a service back to its Windows default start
# type, or start it. Restarts and "automatic" start types are left to a technician.
$AllowedFixes = @('service.*.set-default-start', 'service.*.start')

$ErrorActionPreference = 'Stop'

function Find-IPsecDoctorCli {
    $dir = $null
    try {
        $dir = (Get-ItemProperty -Path 'HKLM:\Software\IPsec Doctor' -Name InstallDir -ErrorAction Stop).InstallDir
    } catch {
        $dir = Join-Path $env:ProgramFiles 'IPsec Doctor\'
    }
    $cli = Join-Path $dir 'bin\ipsecdoctor-cli.exe'
    if (Test-Path -LiteralPath $cli -PathType Leaf) { return $cli }
    return $null
}

function Test-Allowed([string] $FixId) {
    foreach ($pattern in $AllowedFixes) {
        if ($FixId -like $pattern) { return $true }
    }
    return $false
}

# Runs the CLI; returns its stdout as one string and its exit code. Windows PowerShell 5.1 turns a
# native program's stderr lines into errors, which 'Stop' would make fatal: relaxed around the call.
function Invoke-Cli([string] $Cli, [string[]] $Arguments) {
    $saved = $ErrorActionPreference
    $ErrorActionPreference = 'Continue'
    try {
        $out = & $Cli @Arguments 2>$null
        $code = $LASTEXITCODE
    } finally {
        $ErrorActionPreference = $saved
    }
    return @{ Output = ($out -join "`n"); Code = $code }
}

$cli = Find-IPsecDoctorCli
if (-not $cli) {
    Write-Output 'not-installed'
    exit 0
}

# The CLI writes UTF-8; ids are ASCII, but keep any French text intact in the logs.
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8
$check = Invoke-Cli $cli @('check', '--json')
if ($check.Code -ne 0 -and $check.Code -ne 1) {
    $detail = ''
    try { $detail = ($check.Output | ConvertFrom-Json).error.code } catch { }
    Write-Output "check-failed: exit $($check.Code) $detail"
    exit 0
}
$report = $check.Output | ConvertFrom-Json

$fixable = @()
$problems = @()
foreach ($finding in $report.findings) {
    if ($finding.severity -notin @('error', 'critical', 'warning')) { continue }
    $problems += $finding.id
    if ($finding.severity -notin @('error', 'critical')) { continue }
    $fix = $finding.remediations | Where-Object { Test-Allowed $_ } | Select-Object -First 1
    if ($fix) { $fixable += "$($finding.id) ($fix)" }
}

if ($fixable.Count -gt 0) {
    Write-Output ("fixable: " + ($fixable -join ', '))
    exit 1
}
Write-Output ("ok: worst=$($report.summary.worst) " + ($problems -join ', ')).Trim()
exit 0
