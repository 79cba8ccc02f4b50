<#
.SYNOPSIS
    Intune Remediations (or any RMM) remediation script: applies IPsec Doctor's allowed fixes for
    the error and critical findings of this PC, then checks again.

.DESCRIPTION
    For each error/critical finding of `ipsecdoctor-cli check --json`, runs the first of its
    remediations that $AllowedFixes permits: `ipsecdoctor-cli fix <id> --journal <journal> --json`.
    Every fix is journaled before it is applied, in a machine-wide journal:
        %ProgramData%\IPsecDoctor\journal.json
    (folder writable by SYSTEM and Administrators only), so a technician can list and undo them:
        ipsecdoctor-cli journal --journal C:\ProgramData\IPsecDoctor\journal.json
        ipsecdoctor-cli undo --last --journal C:\ProgramData\IPsecDoctor\journal.json
    Run as SYSTEM (the default for Intune Remediations), in 64-bit PowerShell.

    Exit codes:
      0  every error/critical finding with an allowed fix was fixed (the re-check no longer has it)
      1  something is still broken: a fix failed, or the re-check still finds it (see output)
      2  IPsec Doctor is not installed, or its check could not run

    Last line of output (shown by Intune), e.g.
      "fixed: service.policyagent.set-default-start; now worst=ok"
      "failed: service.ikeext.start (error.timeout); now worst=error"
#>
[CmdletBinding()]
param()

# Keep in step with Detect-IPsecDoctor.ps1.
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

# The journal folder must be named IPsecDoctor (the CLI refuses any other --journal path). Only
# SYSTEM and Administrators may write there: an undo replays what the journal says.
function Initialize-JournalFolder {
    $folder = Join-Path $env:ProgramData 'IPsecDoctor'
    if (-not (Test-Path -LiteralPath $folder -PathType Container)) {
        New-Item -ItemType Directory -Path $folder | Out-Null
        $acl = New-Object System.Security.AccessControl.DirectorySecurity
        $acl.SetAccessRuleProtection($true, $false)
        $inherit = [System.Security.AccessControl.InheritanceFlags]'ContainerInherit, ObjectInherit'
        $none = [System.Security.AccessControl.PropagationFlags]::None
        $allow = [System.Security.AccessControl.AccessControlType]::Allow
        foreach ($sid in @('S-1-5-18', 'S-1-5-32-544')) {  # SYSTEM, Administrators
            $id = New-Object System.Security.Principal.SecurityIdentifier($sid)
            $acl.AddAccessRule((New-Object System.Security.AccessControl.FileSystemAccessRule($id, 'FullControl', $inherit, $none, $allow)))
        }
        $users = New-Object System.Security.Principal.SecurityIdentifier('S-1-5-32-545')
        $acl.AddAccessRule((New-Object System.Security.AccessControl.FileSystemAccessRule($users, 'ReadAndExecute', $inherit, $none, $allow)))
        Set-Acl -LiteralPath $folder -AclObject $acl
    }
    return (Join-Path $folder 'journal.json')
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

function Invoke-Check([string] $Cli) {
    $check = Invoke-Cli $Cli @('check', '--json')
    if ($check.Code -ne 0 -and $check.Code -ne 1) { return $null }
    return $check.Output | ConvertFrom-Json
}

$cli = Find-IPsecDoctorCli
if (-not $cli) {
    Write-Output 'not-installed'
    exit 2
}
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8

$report = Invoke-Check $cli
if (-not $report) {
    Write-Output 'check-failed'
    exit 2
}

$journal = Initialize-JournalFolder
$fixed = @()
$failed = @()
$wanted = @()
foreach ($finding in $report.findings) {
    if ($finding.severity -notin @('error', 'critical')) { continue }
    $fix = $finding.remediations | Where-Object { Test-Allowed $_ } | Select-Object -First 1
    if (-not $fix) { continue }
    $wanted += $finding.id
    $result = Invoke-Cli $cli @('fix', $fix, '--journal', $journal, '--json')
    if ($result.Code -eq 0) {
        $fixed += $fix
        Write-Output "applied $fix for $($finding.id)"
    } else {
        $why = "exit $($result.Code)"
        try { $why = ($result.Output | ConvertFrom-Json).error.code } catch { }
        $failed += "$fix ($why)"
        Write-Output "failed $fix for $($finding.id): $why"
    }
}

# Only the re-check says whether the PC is repaired.
$after = Invoke-Check $cli
$worst = 'unknown'
$remaining = @()
if ($after) {
    $worst = $after.summary.worst
    $remaining = @($after.findings | Where-Object { $_.id -in $wanted } | ForEach-Object { $_.id })
}

$summary = @()
if ($fixed.Count -gt 0) { $summary += 'fixed: ' + ($fixed -join ', ') }
if ($failed.Count -gt 0) { $summary += 'failed: ' + ($failed -join ', ') }
if ($remaining.Count -gt 0) { $summary += 'still: ' + ($remaining -join ', ') }
if ($summary.Count -eq 0) { $summary += 'nothing to fix' }
Write-Output (($summary -join '; ') + "; now worst=$worst")
if ($failed.Count -gt 0 -or $remaining.Count -gt 0 -or -not $after) { exit 1 }
exit 0
