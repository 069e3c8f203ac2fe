#!/usr/bin/env bash
# The seed's story, end to end: create in us-east-1, copy to eu-west-1,
# encrypt on copy, the refused decrypt, cross-account sharing and copying,
# and the Windows billing-product path. Runs on a world of its own,
# target/seed-tour.db, which it resets first with `amisim init --force`; your
# default world is never touched. With AMISIM_STATE set, it runs (and resets)
# that file instead.
#
#   bash examples/seed-tour.sh            # builds with cargo, then runs
#   AMISIM=/path/to/amisim bash examples/seed-tour.sh
#   AMISIM_STATE=/tmp/tour.db bash examples/seed-tour.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${AMISIM:-}" ]; then
  if [ ! -x target/release/amisim ]; then
    echo "building amisim (first run, a few minutes)…" >&2
  fi
  cargo build --release
  AMISIM=./target/release/amisim
fi
if [ -z "${AMISIM_STATE:-}" ]; then
  mkdir -p target
  export AMISIM_STATE="$PWD/target/seed-tour.db"
fi
# On stderr, so the tour's own output is the same wherever its world lives.
echo "The tour's world: $AMISIM_STATE (reset now; look around afterwards with AMISIM_STATE=$AMISIM_STATE $AMISIM describe --owners self --all-regions)" >&2
a() { "$AMISIM" -o json "$@"; }
q() { "$AMISIM" -o text "$@"; }
step() { printf '\n== %s\n' "$*"; }
expect_refusal() { # prints the error line; fails the tour if the call succeeds
  if out=$("$AMISIM" -o json "$@" 2>&1); then echo "unexpected success: $out" >&2; exit 1; fi
  echo "$out"
}
MAIN=111122223333 PARTNER=222233334444

step "A new world"
a init --force --query '{Seed: Seed, Now: Now}'

step "1. Create web-v1 in us-east-1 and wait until it is available"
WEB=$(q create --name web-v1 --root-size 8 --description "web tier" --wait --query ImageId)
a describe "$WEB" --query 'Images[0].{ImageId: ImageId, Name: Name, State: State, Snapshot: BlockDeviceMappings[0].Ebs.SnapshotId}'

step "2. Copy it to eu-west-1: a new ID and new snapshots; the same name is fine in another region"
EU=$(q copy --source-image-id "$WEB" --source-region us-east-1 --region eu-west-1 --name web-v1 --wait --query ImageId)
a describe "$EU" --region eu-west-1 --query 'Images[0].{ImageId: ImageId, Region: Region, SourceImageId: SourceImageId, Snapshot: BlockDeviceMappings[0].Ebs.SnapshotId}'

step "3. Encrypt on copy (unencrypted -> encrypted)"
ENC=$(q copy --source-image-id "$WEB" --source-region us-east-1 --name web-v1-encrypted --encrypted --wait --query ImageId)
a describe "$ENC" --query 'Images[0].BlockDeviceMappings[0].Ebs.{Encrypted: Encrypted, KmsKeyId: KmsKeyId}'

step "4. Encrypted -> unencrypted is refused"
expect_refusal copy --source-image-id "$ENC" --source-region us-east-1 --name web-v1-plain --unencrypted

step "5. Share web-v1 with the partner account"
a share "$WEB" --add "$PARTNER"

step "6. The partner launches it..."
a launch "$WEB" --account "$PARTNER" --count 2 --wait --query 'Instances[].{InstanceId: InstanceId, OwnerId: OwnerId}'
step "   ...but cannot copy it until the snapshots are shared"
expect_refusal copy --source-image-id "$WEB" --source-region us-east-1 --name partner-web --account "$PARTNER"
a share "$WEB" --add "$PARTNER" --with-snapshots --query LaunchPermissions
PCOPY=$(q copy --source-image-id "$WEB" --source-region us-east-1 --name partner-web --account "$PARTNER" --wait --query ImageId)
a describe "$PCOPY" --account "$PARTNER" --query 'Images[0].{ImageId: ImageId, OwnerId: OwnerId, SourceImageId: SourceImageId}'

step "7. The Windows catalog image cannot be copied by a non-owner..."
WIN=$(q describe --owners amazon --filter Name=platform,Values=windows --query 'Images[0].ImageId')
expect_refusal copy --source-image-id "$WIN" --source-region us-east-1 --name my-windows
step "   ...but launch, then create from the instance, works and keeps the billing product"
I=$(q launch "$WIN" --wait --query 'Instances[0].InstanceId')
MINE=$(q create --instance-id "$I" --name my-windows --wait --query ImageId)
a describe "$MINE" --query 'Images[0].{ImageId: ImageId, OwnerId: OwnerId, BillingProducts: BillingProducts, SourceInstanceId: SourceInstanceId}'

step "Your images in every region"
"$AMISIM" -o table describe --owners self --all-regions
