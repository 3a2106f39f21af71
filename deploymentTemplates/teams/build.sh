#!/usr/bin/env bash
# Builds the Teams app package (a zip of manifest.json and the two icons) for one bot registration.
#   bash deploymentTemplates/teams/build.sh BOT_ID [APP_VERSION] [OUTPUT_ZIP]
# BOT_ID is the Azure Bot's Microsoft App ID (a GUID). The Teams app id is BOT_ID too unless APP_ID is set in
# the environment. Upload the zip in Teams (Apps > Manage your apps > Upload an app) or the Teams admin center.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'

BOT_ID=${1:-}
APP_VERSION=${2:-1.0.0}
OUTPUT=${3:-$here/../../artifacts/teams/chatbot-teams-app.zip}
APP_ID=${APP_ID:-$BOT_ID}

if [[ ! $BOT_ID =~ $guid ]]; then
    echo "usage: build.sh BOT_ID [APP_VERSION] [OUTPUT_ZIP] - BOT_ID must be the bot's Microsoft App ID (a GUID)" >&2
    exit 2
fi
if [[ ! $APP_ID =~ $guid ]]; then
    echo "APP_ID must be a GUID (it defaults to BOT_ID)" >&2
    exit 2
fi
if [[ ! $APP_VERSION =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
    echo "APP_VERSION must look like 1.0.0" >&2
    exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed -e "s/\${BOT_ID}/$BOT_ID/g" -e "s/\${APP_ID}/$APP_ID/g" -e "s/\${APP_VERSION}/$APP_VERSION/g" \
    "$here/manifest.template.json" > "$work/manifest.json"
cp "$here/color.png" "$here/outline.png" "$work/"

mkdir -p "$(dirname "$OUTPUT")"
rm -f "$OUTPUT"
python3 - "$OUTPUT" "$work" <<'PY'
import os, sys, zipfile
output, work = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(output, 'w', zipfile.ZIP_DEFLATED) as package:
    for name in ('manifest.json', 'color.png', 'outline.png'):
        package.write(os.path.join(work, name), name)
PY
echo "$OUTPUT"
