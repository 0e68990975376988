; Amtstagebuch – Windows installer (Inno Setup 6.3 or newer, Unicode).
; Saved as UTF-8 with BOM, so Inno reads the umlauts in [CustomMessages] right.
;
; Inno Setup comes from https://jrsoftware.org/isdl.php (free; tested recipe for
; 6.4.x; GitHub's windows-latest image has it at
; "C:\Program Files (x86)\Inno Setup 6\ISCC.exe"; elsewhere `winget install
; JRSoftware.InnoSetup` or `choco install innosetup`).
;
; Do not compile this by hand: packaging\windows\build.ps1 builds
; dist\Amtstagebuch\ with PyInstaller first and then calls
;
;   ISCC.exe /DAppVersion=0.1.0 /DTouchDate=2026-12-07 /DTouchTime=13:04:15 ^
;            packaging\windows\amtstagebuch.iss
;
; which writes dist\Amtstagebuch-<version>-setup.exe. All relative paths below are
; relative to this file (packaging\windows\), Inno's default SourceDir.
;
; Where things live on the user's PC:
;   program  {app} = {userpf}\Amtstagebuch = %LOCALAPPDATA%\Programs\Amtstagebuch
;            (PrivilegesRequired=lowest makes {autopf} the per-user folder; no admin
;            rights, no UAC prompt).
;   diary    %LOCALAPPDATA%\Amtstagebuch  (app/paths.py: platformdirs.user_data_dir(
;            "Amtstagebuch", appauthor=False); on Windows user_config_dir is the same
;            folder, so the pointer file tagebuch-ort.json and gesehene-staende.json
;            are there too) – or any folder the user picked in the first-run wizard.
;   The two are siblings under %LOCALAPPDATA%: "Programs\Amtstagebuch" can never
;   equal or contain "Amtstagebuch". The directory page is hidden so the user cannot
;   pick another folder, and PrepareToInstall below refuses a folder given with
;   /DIR= that is, contains or lies inside the diary folder or holds a diary.
;
; The uninstaller removes only what this installer put into {app} (Inno logs every
; installed file) and then {app} itself if it is empty. There is deliberately no
; [UninstallDelete] and no "filesandordirs" anywhere: even a diary that somebody
; moved into {app} by hand would survive – only the program goes.

#ifndef AppVersion
  #error AppVersion fehlt: ISCC.exe /DAppVersion=0.1.0 amtstagebuch.iss (build.ps1 tut das)
#endif
; SOURCE_DATE_EPOCH of the last commit, as UTC date and time (build.ps1 sets them);
; every installed file gets this time stamp, so two builds of one commit hold the
; same file times.
#ifndef TouchDate
  #define TouchDate "none"
#endif
#ifndef TouchTime
  #define TouchTime "none"
#endif

#define AppName "Amtstagebuch"
#define AppExe "Amtstagebuch.exe"
#define Root "..\.."

[Setup]
; fixed forever: Windows recognises updates and the uninstaller by it
; (uuid5(NAMESPACE_DNS, "amtstagebuch.de"))
AppId={{E26389E0-C168-5D11-997C-3DEE5815B423}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Amtstagebuch
AppCopyright=GPL-3.0-or-later
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} Setup

; per-user, never admin; no dialog offering "for all users"
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableDirPage=yes
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=no

; Qt 6 runs on 64-bit Windows 10 1809 or newer only
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763

LicenseFile={#Root}\app\resources\lizenzen\GPL-3.0.txt
; If app\resources\lizenzen\ is not there yet, this line is where ISCC stops: the
; licence texts are part of issue 15 (Help → Über Amtstagebuch) and land with it.

SetupIconFile={#Root}\app\resources\icon\amtstagebuch.ico
; the diary icon at the top right of the wizard (BMP: Inno 6.4 shows no PNG there);
; scripts/make_icons.py renders both sizes, Inno picks the one for the screen's scaling
WizardSmallImageFile=setup-55.bmp,setup-110.bmp
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes
RestartApplications=no

OutputDir={#Root}\dist
OutputBaseFilename=Amtstagebuch-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes

; reproducible as far as Inno allows: UTC file times, all of them the commit time
TimeStampsInUTC=yes
TouchDate={#TouchDate}
TouchTime={#TouchTime}

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
de.DiaryStays=Amtstagebuch wurde entfernt. Ihr Tagebuch ist nicht gelöscht.%nEs liegt weiter in:%n%1%n(oder in dem Ordner, den Sie beim ersten Start gewählt haben).%nWenn Sie es nicht mehr brauchen, können Sie diesen Ordner selbst löschen.
en.DiaryStays=Amtstagebuch has been removed. Your diary has not been deleted.%nIt is still in:%n%1%n(or in the folder you chose at the first start).%nIf you no longer need it, you can delete that folder yourself.
de.NotIntoDiary=In diesen Ordner kann Amtstagebuch nicht installiert werden, weil dort Ihr Tagebuch liegt oder liegen wird:%n%1%nBitte wählen Sie einen anderen Ordner.
en.NotIntoDiary=Amtstagebuch cannot be installed into this folder because your diary is or will be there:%n%1%nPlease choose a different folder.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the PyInstaller onedir bundle: Amtstagebuch.exe (window), amtstagebuch-cli.exe
; (command line) and their shared _internal\
Source: "{#Root}\dist\Amtstagebuch\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs touch

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The diary folder as app/paths.py computes it on Windows. }
function DiaryDir(): String;
begin
  Result := ExpandConstant('{localappdata}\Amtstagebuch');
end;

{ Folder names compared without case and with one trailing backslash. }
function NormalPath(const Path: String): String;
begin
  Result := AnsiLowercase(AddBackslash(ExpandFileName(Path)));
end;

{ True when Inner is Outer or lies somewhere below it. }
function SameOrInside(const Inner, Outer: String): Boolean;
begin
  Result := Copy(NormalPath(Inner), 1, Length(NormalPath(Outer))) = NormalPath(Outer);
end;

{ The diary folder that AppDir would clash with, or '' if none: the default diary
  folder when AppDir is it, lies in it or contains it; AppDir itself when a diary
  (a folder the user chose in the first-run wizard) is already there. }
function DiaryClash(const AppDir: String): String;
begin
  Result := '';
  if SameOrInside(AppDir, DiaryDir()) or SameOrInside(DiaryDir(), AppDir) then
    Result := DiaryDir()
  else if FileExists(AddBackslash(AppDir) + 'tagebuch.amtb') then
    Result := RemoveBackslashUnlessRoot(AppDir);
end;

{ Runs before any file is copied, also for /DIR= on the command line and /SILENT.
  A non-empty result stops the installation with that message (exit code 7). }
function PrepareToInstall(var NeedsRestart: Boolean): String;
var
  Clash: String;
begin
  Result := '';
  Clash := DiaryClash(ExpandConstant('{app}'));
  if Clash <> '' then
    Result := FmtMessage(CustomMessage('NotIntoDiary'), [Clash]);
end;

{ After the uninstaller is done: say where the diary still is (not in silent mode). }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('DiaryStays'), [DiaryDir()]), mbInformation, MB_OK);
end;
