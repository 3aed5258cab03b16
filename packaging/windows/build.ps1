# Build the Windows installer on a Windows build host (see packaging/README.md).
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs: Python 3.11 x64 (the `py` launcher), Inno Setup 6 (ISCC.exe). Steps:
#   1. venv packaging\build\venv from packaging\requirements.lock (hash-checked wheels);
#   2. PyInstaller one-folder build into packaging\dist\liaison (prints every component's
#      version, fills licenses\);
#   3. the built program's own `liaison.exe --version` and `liaison.exe self-test`;
#   4. the icon (resources\liaison.svg -> packaging\build\icon\liaison.ico);
#   5. Inno Setup: packaging\dist\liaison-setup-<version>.exe.
param(
    [string]$Python = "py",
    [string[]]$PythonArgs = @("-3.11"),
    [string]$Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
)
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root
$Build = Join-Path $Root "packaging\build"
$Dist = Join-Path $Root "packaging\dist"
$Venv = Join-Path $Build "venv"
$VenvPy = Join-Path $Venv "Scripts\python.exe"
$Started = Get-Date

function Step($text) { Write-Host "`n==== $text ($([int]((Get-Date) - $Started).TotalSeconds) s so far)" }
function Check($what) { if ($LASTEXITCODE -ne 0) { throw "$what failed (exit $LASTEXITCODE)" } }

Step "venv from the lock"
& $Python @PythonArgs -c "import sys; assert sys.version_info[:2] == (3, 11), 'the lock is for Python 3.11'"
Check "Python 3.11"
if (-not (Test-Path $VenvPy)) {
    & $Python @PythonArgs -m venv $Venv; Check "venv"
}
& $VenvPy -m pip install -q --disable-pip-version-check --require-hashes --only-binary ":all:" `
    -r packaging\requirements.lock
Check "pip install --require-hashes"
& $VenvPy -m pip check; Check "pip check"

Step "PyInstaller"
& (Join-Path $Venv "Scripts\pyinstaller.exe") --noconfirm --clean --log-level WARN `
    --distpath $Dist --workpath (Join-Path $Build "pyinstaller") packaging\liaison.spec
Check "PyInstaller"
$Exe = Join-Path $Dist "liaison\liaison.exe"
$SizeMB = [int]((Get-ChildItem (Join-Path $Dist "liaison") -Recurse | Measure-Object Length -Sum).Sum / 1MB)
Write-Host "PyInstaller folder: $SizeMB MB"

Step "smoke test of the built folder"
& $Exe --version; Check "liaison --version"
& $Exe self-test; Check "liaison self-test"

Step "icon"
$IconDir = Join-Path $Build "icon"
& $VenvPy packaging\render_icons.py $IconDir 16 24 32 48 64 128 256; Check "render_icons"
& $VenvPy -c @"
from PIL import Image
import sys
folder = sys.argv[1]
Image.open(folder + r'\256.png').save(folder + r'\liaison.ico',
    sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
"@ $IconDir
Check "liaison.ico"

Step "Inno Setup"
if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 not found at $Iscc (pass -Iscc PATH)" }
$Version = (& $VenvPy -c "import sys; sys.path.insert(0, 'app'); import liaison; print(liaison.__version__)").Trim()
& $Iscc "/DAppVersion=$Version" packaging\windows\liaison.iss; Check "ISCC"
$Setup = Join-Path $Dist "liaison-setup-$Version.exe"
Write-Host "installer: $Setup ($([int]((Get-Item $Setup).Length / 1MB)) MB)"
Step "done"
