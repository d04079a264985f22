<#
.SYNOPSIS
  Build, sign and smoke-test careleaver_app's Windows installer (an MSI, per machine).

.DESCRIPTION
  Run from the repository's folder in PowerShell on a Windows 10/11 build machine (x64) with:
    - Python 3.11 from python.org (64-bit), on PATH as `py -3.11` (3.12 works too: it gets Qt 6.12)
    - the WiX Toolset v5 or later:  dotnet tool install --global wix
    - Windows SDK's signtool.exe (on PATH, or set $env:SIGNTOOL), and the council's code-signing
      certificate: either in the certificate store (give its SHA-1 thumbprint) or a .pfx file.

  Steps: a fresh virtual environment from the lock (hashes checked), the app installed into it,
  the frozen app built from packaging\careleaver_app.spec and smoke-tested offscreen
  (scripts\build_frozen.py), both executables signed, the MSI built and signed, and both
  signatures verified. The result is dist\careleaver_app-<version>-x64.msi.

.EXAMPLE
  .\packaging\windows\build_msi.ps1 -CertificateThumbprint 0123456789ABCDEF0123456789ABCDEF01234567
.EXAMPLE
  .\packaging\windows\build_msi.ps1 -PfxFile C:\keys\council.pfx   # asks for the .pfx password
.EXAMPLE
  .\packaging\windows\build_msi.ps1 -Unsigned   # a test build only: never deploy it
#>
param(
    [string]$CertificateThumbprint = "",
    [string]$PfxFile = "",
    [string]$TimestampUrl = "http://timestamp.digicert.com",
    [string]$Python = "py -3.11",
    [switch]$Unsigned
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$repo = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $repo

function Run([string]$what, [scriptblock]$block) {
    Write-Host "== $what"
    & $block
    if ($LASTEXITCODE -ne 0) { throw "$what failed (exit code $LASTEXITCODE)" }
}

if (-not $Unsigned -and -not $CertificateThumbprint -and -not $PfxFile) {
    throw "Give -CertificateThumbprint or -PfxFile to sign (or -Unsigned for a test build that must not be deployed)."
}
$signtool = if ($env:SIGNTOOL) { $env:SIGNTOOL } else { "signtool.exe" }
$signWith = @()
if ($CertificateThumbprint) { $signWith = @("/sha1", $CertificateThumbprint) }
elseif ($PfxFile) {
    $secure = Read-Host "Password for $PfxFile" -AsSecureString
    $plain = [Runtime.InteropServices.Marshal]::PtrToStringBSTR([Runtime.InteropServices.Marshal]::SecureStringToBSTR($secure))
    $signWith = @("/f", $PfxFile, "/p", $plain)
}
function Sign([string[]]$files, [string]$description) {
    if ($Unsigned) { return }
    Run "sign $($files -join ', ')" { & $signtool sign /fd SHA256 /tr $TimestampUrl /td SHA256 /d $description @signWith @files }
    Run "verify $($files -join ', ')" { & $signtool verify /pa /v @files }
}

# 1. A fresh environment with exactly the locked, hashed packages, then the app itself.
$venv = Join-Path $repo "build\venv-windows"
if (Test-Path $venv) { Remove-Item -Recurse -Force $venv }
Run "virtual environment" { Invoke-Expression "$Python -m venv `"$venv`"" }
$py = Join-Path $venv "Scripts\python.exe"
Run "locked requirements" { & $py -m pip install --require-hashes -r packaging\requirements-lock.txt }
Run "the app" { & $py -m pip install --no-deps --no-build-isolation . }
$version = (& $py -c "import careleaver_app; print(careleaver_app.__version__)").Trim()

# 2. The frozen app, smoke-tested offscreen (a plan PDF, a cover summary, Annex A, a screenshot).
Run "frozen app and smoke test" { & $py scripts\build_frozen.py }
$app = Join-Path $repo "dist\careleaver_app"
Sign @((Join-Path $app "careleaver-app-gui.exe"), (Join-Path $app "careleaver-app.exe")) "careleaver_app"

# 3. The MSI (per machine, stable UpgradeCode), then its signature.
$msi = Join-Path $repo "dist\careleaver_app-$version-x64.msi"
Run "MSI" { wix build packaging\windows\careleaver_app.wxs -arch x64 -d "Version=$version" -bindpath "App=$app" -o $msi }
Sign @($msi) "careleaver_app $version installer"
Write-Host "Built $msi"
