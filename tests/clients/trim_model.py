"""Writes the part of botocore's EC2 model that `amisim serve` speaks.

The server encodes and decodes by this model (src/serve/ec2-model.json), so its
XML element names and nesting are botocore's own. Run with the installed
botocore to refresh the file; tests/serve_model.rs checks that it still matches.

    python3 tests/clients/trim_model.py > src/serve/ec2-model.json
"""
import gzip
import json
import os
import sys

import botocore

# Keep in step with src/serve/actions.rs (a test checks both ways).
OPERATIONS = """
DescribeImages CreateImage RegisterImage CopyImage DeregisterImage DescribeImageAttribute
ModifyImageAttribute ResetImageAttribute EnableImageDeprecation DisableImageDeprecation
EnableImageDeregistrationProtection DisableImageDeregistrationProtection EnableImage DisableImage
EnableImageBlockPublicAccess DisableImageBlockPublicAccess GetImageBlockPublicAccessState
DescribeSnapshots CopySnapshot DeleteSnapshot DescribeSnapshotAttribute ModifySnapshotAttribute
ModifySnapshotTier RestoreSnapshotTier CreateTags DeleteTags DescribeTags RunInstances
DescribeInstances StartInstances StopInstances TerminateInstances DescribeInstanceAttribute
ModifyInstanceAttribute DescribeInstanceTypes DescribeInstanceCreditSpecifications
GetInstanceUefiData DescribeVolumes DescribeRegions DescribeAvailabilityZones
DescribeAccountAttributes DescribeVpcs DescribeSubnets DescribeInstanceStatus DescribeNetworkInterfaces
CreateKeyPair ImportKeyPair DescribeKeyPairs DeleteKeyPair CreateSecurityGroup
DescribeSecurityGroups DeleteSecurityGroup AuthorizeSecurityGroupIngress
AuthorizeSecurityGroupEgress RevokeSecurityGroupIngress RevokeSecurityGroupEgress
""".split()

DROP = {"documentation", "deprecated", "deprecatedMessage", "box", "sensitive", "pattern"}


def strip(x):
    if isinstance(x, dict):
        return {k: strip(v) for k, v in x.items() if k not in DROP}
    if isinstance(x, list):
        return [strip(v) for v in x]
    return x


def load():
    base = os.path.join(os.path.dirname(botocore.__file__), "data", "ec2", "2016-11-15", "service-2.json")
    if os.path.exists(base):
        with open(base) as f:
            return json.load(f)
    with gzip.open(base + ".gz") as f:
        return json.load(f)


def trim(model):
    shapes = model["shapes"]
    seen = set()

    def walk(name):
        if name in seen:
            return
        seen.add(name)
        shape = shapes[name]
        for member in shape.get("members", {}).values():
            walk(member["shape"])
        if "member" in shape:
            walk(shape["member"]["shape"])
        if "key" in shape:
            walk(shape["key"]["shape"])
            walk(shape["value"]["shape"])

    operations = {}
    for op in OPERATIONS:
        o = model["operations"][op]
        operations[op] = {k: o[k]["shape"] for k in ("input", "output") if k in o}
        for k in ("input", "output"):
            if k in o:
                walk(o[k]["shape"])
    return {
        "metadata": {"apiVersion": model["metadata"]["apiVersion"], "botocore": botocore.__version__},
        "operations": operations,
        "shapes": {name: strip(shapes[name]) for name in sorted(seen)},
    }


if __name__ == "__main__":
    json.dump(trim(load()), sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")
