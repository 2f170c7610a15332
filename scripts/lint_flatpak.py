#!/usr/bin/env python3
"""Offline checks of the Flatpak manifest (packaging/linux/dev.switchboard.Switchboard.yml).

flatpak-builder-lint is not packaged for Debian and nothing can be fetched here, so this checks what
it would and what a build would trip over, without network:
  - the YAML parses, and its keys are flatpak-builder's (a typo such as `finish-arg` is an error);
  - id, runtime, runtime-version, sdk and command are set; the id is the desktop file's and the
    metainfo's, and the command is an executable the project installs;
  - finish-args hold no broad permissions Flathub refuses without a reason (host or home filesystem,
    the whole session or system bus, --device=all) and every --talk-name is one the app uses;
  - every module has a name, a known buildsystem and sources; git sources name a tag or commit (never
    a branch), dir sources exist, and the project's own CMake options given are ones it defines.
usage: scripts/lint_flatpak.py [MANIFEST]   (exit 1 with one line per problem)
"""
import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
TOP_KEYS = {"id", "app-id", "runtime", "runtime-version", "sdk", "command", "finish-args", "cleanup", "cleanup-commands",
            "modules", "build-options", "sdk-extensions", "add-extensions", "rename-desktop-file", "rename-icon",
            "rename-appdata-file", "copy-icon", "desktop-file-name-suffix", "separate-locales", "tags", "branch",
            "default-branch", "base", "base-version", "writable-sdk", "appstream-compose", "cleanup-platform",
            "platform-extensions", "inherit-extensions", "finish-args-remove"}
MODULE_KEYS = {"name", "buildsystem", "config-opts", "sources", "cleanup", "build-commands", "post-install", "make-args",
               "make-install-args", "builddir", "subdir", "build-options", "no-autogen", "no-make-install",
               "install-rule", "modules", "disabled", "run-tests", "test-rule", "test-commands", "ensure-writable",
               "only-arches", "skip-arches", "cleanup-platform", "x-checker-data"}
BUILDSYSTEMS = {"autotools", "cmake", "cmake-ninja", "meson", "simple", "qmake"}
SOURCE_TYPES = {"archive", "git", "bzr", "svn", "dir", "file", "script", "shell", "patch", "extra-data", "inline"}
# permissions Flathub's linter refuses (or asks a reason for)
BROAD = {"--filesystem=host", "--filesystem=host:rw", "--filesystem=home", "--filesystem=home:rw", "--socket=session-bus",
         "--socket=system-bus", "--device=all", "--socket=x11"}
# the D-Bus names the app talks to: the Secret Service (QtKeychain's libsecret backend) and KWallet
TALK_NAMES = {"org.freedesktop.secrets", "org.kde.kwalletd6", "org.kde.kwalletd5"}


def cmake_options():
    """Every option() and cache variable the project's CMake files define."""
    names = set()
    for f in ROOT.glob("**/CMakeLists.txt"):
        if "build" in f.relative_to(ROOT).parts[:1]:
            continue
        names |= set(re.findall(r"\boption\(\s*([A-Z0-9_]+)", f.read_text()))
    for f in list(ROOT.glob("**/*.cmake")) + list(ROOT.glob("**/CMakeLists.txt")):
        if f.relative_to(ROOT).parts[0] in ("build", "tests"):
            continue
        text = f.read_text(errors="replace")
        names |= set(re.findall(r"\boption\(\s*([A-Z0-9_]+)", text))
        names |= set(re.findall(r"\bset\(\s*([A-Z0-9_]+)\s+[^)]*\bCACHE\b", text))
    return names


def lint(path):
    problems = []
    try:
        doc = yaml.safe_load(path.read_text())
    except yaml.YAMLError as e:
        return [f"not YAML: {e}"]
    if not isinstance(doc, dict):
        return ["the manifest is not a mapping"]
    for key in doc:
        if key not in TOP_KEYS:
            problems.append(f"unknown key {key!r}")
    app_id = doc.get("id") or doc.get("app-id")
    for key in ("runtime", "runtime-version", "sdk", "command", "modules"):
        if not doc.get(key):
            problems.append(f"{key} is missing")
    if not app_id:
        problems.append("id is missing")
    else:
        for f in (ROOT / "packaging/linux" / f"{app_id}.desktop", ROOT / "packaging/linux" / f"{app_id}.metainfo.xml"):
            if not f.exists():
                problems.append(f"id {app_id}: {f.relative_to(ROOT)} does not exist")
        metainfo = ROOT / "packaging/linux" / f"{app_id}.metainfo.xml"
        if metainfo.exists() and f"<id>{app_id}</id>" not in metainfo.read_text():
            problems.append(f"the metainfo's <id> is not {app_id}")
    if str(doc.get("runtime", "")).startswith("org.kde.") and doc.get("sdk") != "org.kde.Sdk":
        problems.append("the KDE runtime needs sdk org.kde.Sdk")
    if not isinstance(doc.get("runtime-version", ""), str):
        problems.append("runtime-version must be a string (quote it: '6.8')")
    command = doc.get("command")
    installed = set(re.findall(r"OUTPUT_NAME\s+([a-z-]+)|add_executable\(\s*([a-z-]+)", (ROOT / "app/CMakeLists.txt").read_text() if (ROOT / "app/CMakeLists.txt").exists() else ""))
    installed = {a or b for a, b in installed}
    for sub in (ROOT / "app").glob("*/CMakeLists.txt"):
        installed |= {a or b for a, b in re.findall(r"OUTPUT_NAME\s+([a-z-]+)|add_executable\(\s*([a-z-]+)", sub.read_text())}
    if command and command not in installed:
        problems.append(f"command {command!r} is not an executable the project builds ({', '.join(sorted(installed))})")

    args = doc.get("finish-args") or []
    for a in args:
        if a in BROAD:
            problems.append(f"finish-args: {a} is broader than the app needs")
        if a.startswith("--talk-name=") and a.split("=", 1)[1] not in TALK_NAMES:
            problems.append(f"finish-args: {a}: the app does not talk to that name")
        if a.startswith("--own-name="):
            problems.append(f"finish-args: {a}: the app owns no D-Bus name")
    if "--socket=fallback-x11" in args and "--socket=wayland" not in args:
        problems.append("finish-args: --socket=fallback-x11 without --socket=wayland")
    if "--share=network" not in args:
        problems.append("finish-args: --share=network is needed (providers, the local proxy)")

    options = cmake_options()
    modules = doc.get("modules") or []
    names = []
    for i, m in enumerate(modules):
        where = f"modules[{i}]"
        if not isinstance(m, dict):
            problems.append(f"{where}: a module must be a mapping (a path to a module file is not used here)")
            continue
        names.append(m.get("name"))
        where = f"module {m.get('name', i)}"
        for key in m:
            if key not in MODULE_KEYS:
                problems.append(f"{where}: unknown key {key!r}")
        if not m.get("name"):
            problems.append(f"{where}: name is missing")
        if m.get("buildsystem", "autotools") not in BUILDSYSTEMS:
            problems.append(f"{where}: unknown buildsystem {m.get('buildsystem')!r}")
        opts = m.get("config-opts") or []
        if not all(isinstance(o, str) for o in opts):
            problems.append(f"{where}: config-opts must be strings")
        sources = m.get("sources") or []
        if not sources:
            problems.append(f"{where}: no sources")
        for s in sources:
            t = s.get("type") if isinstance(s, dict) else None
            if t not in SOURCE_TYPES:
                problems.append(f"{where}: unknown source type {t!r}")
                continue
            if t == "git":
                if not s.get("url"):
                    problems.append(f"{where}: a git source needs url")
                if not (s.get("tag") or s.get("commit")):
                    problems.append(f"{where}: a git source names a tag or a commit (a branch moves)")
                if s.get("branch"):
                    problems.append(f"{where}: a git source must not follow a branch")
            if t in ("archive", "file") and s.get("url") and not (s.get("sha256") or s.get("sha512")):
                problems.append(f"{where}: an {t} needs a sha256")
            if t == "dir" and not (path.parent / s.get("path", "")).resolve().is_dir():
                problems.append(f"{where}: dir {s.get('path')!r} does not exist next to the manifest")
            if t == "dir" and (path.parent / s.get("path", "")).resolve() == ROOT:
                for o in opts:
                    name = re.match(r"-D([A-Z0-9_]+)", o)
                    if name and not name.group(1).startswith("CMAKE_") and name.group(1) not in options:
                        problems.append(f"{where}: {o}: the project has no option {name.group(1)}")
    if len(names) != len(set(names)):
        problems.append("two modules have the same name")
    if names and names[-1] != "switchboard":
        problems.append("the app's own module must come last")
    return problems


def main():
    path = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "packaging/linux/dev.switchboard.Switchboard.yml").resolve()
    problems = lint(path)
    for p in problems:
        print(f"{path.name}: {p}")
    if problems:
        return 1
    print(f"{path.name}: clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
