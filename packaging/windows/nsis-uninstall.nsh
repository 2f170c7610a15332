  DeleteRegValue SHCTX "Software\Classes\.json\OpenWithProgids" "Switchboard.Workspace"
  DeleteRegKey SHCTX "Software\Classes\Switchboard.Workspace"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
