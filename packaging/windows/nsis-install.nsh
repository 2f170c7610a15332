  ; Exported workspaces are .json files: offer Switchboard under "Open with" for them without taking
  ; over .json (per user: SHCTX is HKCU in this installer, packaging/CMakeLists.txt)
  WriteRegStr SHCTX "Software\Classes\Switchboard.Workspace" "" "Switchboard workspace"
  WriteRegStr SHCTX "Software\Classes\Switchboard.Workspace\DefaultIcon" "" "$INSTDIR\bin\switchboard.exe,0"
  WriteRegStr SHCTX "Software\Classes\Switchboard.Workspace\shell\open\command" "" '"$INSTDIR\bin\switchboard.exe" "%1"'
  WriteRegStr SHCTX "Software\Classes\.json\OpenWithProgids" "Switchboard.Workspace" ""
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
