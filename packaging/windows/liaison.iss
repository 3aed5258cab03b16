; Inno Setup 6 script: the Windows installer over the PyInstaller one-folder build.
;
; Built by packaging\windows\build.ps1, which passes the version:
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\liaison.iss
; Input:  packaging\dist\liaison\   (liaison.exe for the command line, liaison-gui.exe
;         without a console window, _internal\, licenses\; from liaison.spec)
;         packaging\build\icon\liaison.ico (build.ps1 makes it from resources\liaison.svg)
; Output: packaging\dist\liaison-setup-<version>.exe
;
; Per-user install (no administrator rights): the program goes to
; %LOCALAPPDATA%\Programs\Liaison, with a Start-menu folder. The uninstaller removes the
; program only; the person's workspace (%LOCALAPPDATA%\Liaison) and settings
; (HKCU\Software\Liaison) stay unless they tick the box that asks to remove them.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Liaison"
#define AppExe "liaison.exe"
#define GuiExe "liaison-gui.exe"
#define DistDir "..\dist\liaison"

[Setup]
AppId={{6B1F3C2E-8E4A-4C7B-9A55-2F0D1E7C4A91}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Liaison developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=liaison-setup-{#AppVersion}
SetupIconFile=..\build\icon\liaison.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#DistDir}\{#GuiExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#DistDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#DistDir}\licenses\*"; DestDir: "{app}\licenses"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#GuiExe}"
Name: "{group}\{#AppName} (demo workspace)"; Filename: "{app}\{#GuiExe}"; Parameters: "--demo"
Name: "{group}\Licences"; Filename: "{app}\licenses"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The uninstaller keeps the person's data unless a box, unticked by default, asks
  otherwise. A silent uninstall (/SILENT, /VERYSILENT) never removes it. }
var
  RemoveUserData: Boolean;

{ True to go on uninstalling; Remove says whether the box was ticked. }
function AskRemoveUserData(var Remove: Boolean): Boolean;
var
  Form: TSetupForm;
  Note: TNewStaticText;
  Box: TNewCheckBox;
  OkButton, CancelButton: TNewButton;
begin
  Remove := False;
  Form := CreateCustomForm();
  try
    Form.ClientWidth := ScaleX(440);
    Form.ClientHeight := ScaleY(170);
    Form.Caption := 'Uninstall Liaison';
    Note := TNewStaticText.Create(Form);
    Note.Parent := Form;
    Note.Left := ScaleX(16); Note.Top := ScaleY(16); Note.Width := ScaleX(408);
    Note.AutoSize := False; Note.WordWrap := True; Note.Height := ScaleY(60);
    Note.Caption := 'Liaison will be removed. Your workspace (' +
      ExpandConstant('{localappdata}\Liaison') + ') and your settings stay on this ' +
      'computer unless you tick the box below.';
    Box := TNewCheckBox.Create(Form);
    Box.Parent := Form;
    Box.Left := ScaleX(16); Box.Top := ScaleY(84); Box.Width := ScaleX(408);
    Box.Height := ScaleY(34);
    Box.Caption := 'Also delete my workspace and settings (this cannot be undone)';
    Box.Checked := False;
    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.Caption := 'Uninstall';
    OkButton.Left := Form.ClientWidth - ScaleX(184); OkButton.Top := ScaleY(130);
    OkButton.Width := ScaleX(80); OkButton.Height := ScaleY(26);
    OkButton.ModalResult := mrOk; OkButton.Default := True;
    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.Caption := 'Cancel';
    CancelButton.Left := Form.ClientWidth - ScaleX(96); CancelButton.Top := ScaleY(130);
    CancelButton.Width := ScaleX(80); CancelButton.Height := ScaleY(26);
    CancelButton.ModalResult := mrCancel; CancelButton.Cancel := True;
    Result := Form.ShowModal() = mrOk;
    Remove := Result and Box.Checked;
  finally
    Form.Free();
  end;
end;

function InitializeUninstall(): Boolean;
begin
  RemoveUserData := False;
  Result := True;
  if not UninstallSilent() then
    Result := AskRemoveUserData(RemoveUserData);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and RemoveUserData then
  begin
    DelTree(ExpandConstant('{localappdata}\Liaison'), True, True, True);
    RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, 'Software\Liaison');
  end;
end;
