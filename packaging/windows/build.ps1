<#
.SYNOPSIS
  Windows build: dist\Amtstagebuch\ (PyInstaller onedir) and
  dist\Amtstagebuch-<version>-setup.exe (Inno Setup), then a smoke run.

.DESCRIPTION
  Needs, on 64-bit Windows 10/11:
    - Python 3.11 x64 from https://www.python.org/downloads/windows/ (the "py"
      launcher is installed with it) – or pass -Python C:\path\to\python.exe
    - Git for Windows (for the commit time, SOURCE_DATE_EPOCH)
    - Inno Setup 6.3 or newer from https://jrsoftware.org/isdl.php
      (or `winget install JRSoftware.InnoSetup`); ISCC.exe is looked up on PATH,
      in "Program Files (x86)\Inno Setup 6" and in "%LOCALAPPDATA%\Programs\Inno Setup 6",
      or pass -Iscc C:\path\to\ISCC.exe
  No admin rights are needed, neither for building nor for installing.

  Run from anywhere in the checkout:
    powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1

  The same steps as packaging/linux/build.sh: a fresh venv in build\bundle-venv with
  packaging\requirements-build.txt, the project without further dependencies,
  SOURCE_DATE_EPOCH from the last commit, PYTHONHASHSEED=0, pyinstaller with
  packaging\amtstagebuch.spec.
#>
[CmdletBinding()]
param(
    [string]$Python = "",
    [string]$Iscc = "",
    [switch]$SkipInstaller
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
# Text piped to the programs (check reads UTF-8 lines) and read back from them.
$OutputEncoding = [System.Text.UTF8Encoding]::new($false)
[Console]::OutputEncoding = [System.Text.UTF8Encoding]::new($false)

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

function Invoke-Native {
    # Runs a program and stops the build if it fails (PowerShell does not by itself).
    param([Parameter(Mandatory)][string]$Exe, [string[]]$Arguments = @())
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') endete mit Code $LASTEXITCODE" }
}

# --- Python and the build venv ------------------------------------------------------
$Venv = Join-Path $Root "build\bundle-venv"
$VenvPython = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $VenvPython)) {
    if ($Python) { Invoke-Native $Python @("-m", "venv", $Venv) }
    else { Invoke-Native "py" @("-3.11", "-m", "venv", $Venv) }
}
$pip = @("-m", "pip", "install", "-q", "--disable-pip-version-check")
Invoke-Native $VenvPython ($pip + @("-r", "packaging\requirements-build.txt"))
Invoke-Native $VenvPython ($pip + @("--no-deps", "--no-build-isolation", "--force-reinstall", "."))
if (Test-Path "build\lib") { Remove-Item -Recurse -Force "build\lib" }  # setuptools' staging copy

# --- reproducibility ------------------------------------------------------------------
if (-not $env:SOURCE_DATE_EPOCH) {
    $env:SOURCE_DATE_EPOCH = (& git log -1 --format=%ct).Trim()
    if ($LASTEXITCODE -ne 0 -or -not $env:SOURCE_DATE_EPOCH) { throw "git log -1 --format=%ct ging nicht" }
}
$env:PYTHONHASHSEED = "0"
# The program's modules stored, not deflated, in the bundle's archive: the first window
# comes 5-7 ms sooner (no inflating of ~180 modules), for 19 MB more on disk; the
# download and the installer are compressed anyway (tests/benchmarks/startup.py).
$env:PYINSTALLER_ZLIB_COMPRESSION_LEVEL = "0"
$stamp = [DateTimeOffset]::FromUnixTimeSeconds([long]$env:SOURCE_DATE_EPOCH).UtcDateTime
$version = (& $VenvPython -c "import app; print(app.__version__)").Trim()
Write-Host "Amtstagebuch $version, SOURCE_DATE_EPOCH=$($env:SOURCE_DATE_EPOCH) ($($stamp.ToString('u')))"

# --- PyInstaller: dist\Amtstagebuch\ ---------------------------------------------------
if (Test-Path "dist\Amtstagebuch") { Remove-Item -Recurse -Force "dist\Amtstagebuch" }
Invoke-Native (Join-Path $Venv "Scripts\pyinstaller.exe") @(
    "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "dist", "--workpath", "build\pyinstaller", "packaging\amtstagebuch.spec")
$Cli = Join-Path $Root "dist\Amtstagebuch\amtstagebuch-cli.exe"
foreach ($exe in @("dist\Amtstagebuch\Amtstagebuch.exe", $Cli)) {
    if (-not (Test-Path $exe)) { throw "$exe fehlt nach PyInstaller" }
}

# --- smoke run of the bundle, outside the source tree ----------------------------------
# demo writes a throwaway diary into a temp folder; like every program start it notes
# that diary's save counter in %LOCALAPPDATA%\Amtstagebuch\gesehene-staende.json
# (harmless: an id no real diary has). The window (Amtstagebuch.exe --demo) is not
# started here: it needs a person to look at it (see README, "Installer bauen").
$smoke = Join-Path ([IO.Path]::GetTempPath()) ("amtstagebuch-smoke-" + [guid]::NewGuid().ToString("N"))
New-Item -ItemType Directory $smoke | Out-Null
Push-Location $smoke
try {
    $said = (& $Cli --version | Out-String).Trim()
    if ($LASTEXITCODE -ne 0 -or $said -ne "amtstagebuch $version") { throw "--version sagt '$said'" }
    Invoke-Native $Cli @("demo", (Join-Path $smoke "tagebuch"))
    $note = '{"id": 1, "text": "Die Sachbearbeiterin hat meinen Kontoauszug kopiert und ich soll ungeschwärzt abgeben."}'
    $flags = ($note | & $Cli check --json | Out-String)
    if ($LASTEXITCODE -ne 0 -or $flags -notmatch '"kontoauszuege"') { throw "check erkennt nichts: $flags" }
    $report = ("demo" | & $Cli verify --passphrase-stdin (Join-Path $smoke "tagebuch") | Out-String)
    if ($LASTEXITCODE -ne 0) { throw "verify: $report" }
    Write-Host $report
    Write-Host "Smoke-Test des Bundles: in Ordnung"
}
finally {
    Pop-Location
    Remove-Item -Recurse -Force $smoke -ErrorAction SilentlyContinue
}

if ($SkipInstaller) { return }

# --- Inno Setup: dist\Amtstagebuch-<version>-setup.exe ---------------------------------
if (-not $Iscc) {
    $found = Get-Command "ISCC.exe" -ErrorAction SilentlyContinue
    $candidates = @(
        $(if ($found) { $found.Source }),
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
    ) | Where-Object { $_ -and (Test-Path $_) }
    if (-not $candidates) { throw "ISCC.exe (Inno Setup 6) nicht gefunden; -Iscc C:\...\ISCC.exe angeben" }
    $Iscc = @($candidates)[0]
}
Invoke-Native $Iscc @(
    "/Q",
    "/DAppVersion=$version",
    "/DTouchDate=$($stamp.ToString('yyyy-MM-dd'))",
    "/DTouchTime=$($stamp.ToString('HH:mm:ss'))",
    "packaging\windows\amtstagebuch.iss")
$setup = Join-Path $Root "dist\Amtstagebuch-$version-setup.exe"
if (-not (Test-Path $setup)) { throw "$setup fehlt nach ISCC" }
$size = [math]::Round((Get-Item $setup).Length / 1MB, 1)
Write-Host "Installer: $setup ($size MB)"
