#!/usr/bin/env bash
# Build the one-folder app: compile the translations (.ts -> .qm), then PyInstaller.
# Needs the project installed with its packaging extra: pip install -e '.[package]'
set -euo pipefail
cd "$(dirname "$0")/.."
lrelease="$(python -c 'import PySide6, pathlib; print(pathlib.Path(next(iter(PySide6.__path__))) / "lrelease")')"
for ts in resources/i18n/*.ts; do
  "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "${DIST:-dist}" --workpath "${WORK:-build}" packaging/tallyapp.spec
echo "built ${DIST:-dist}/tallyapp"
