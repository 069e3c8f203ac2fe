"""boto3 against `amisim serve`: the seed's story through the SDK people use.

Run by tests/clients.rs with AMISIM_URL and AMISIM_CREDENTIALS (the JSON of
`amisim accounts credentials -o json`). Exits non-zero on the first surprise.
"""
import json
import os
import sys
import urllib.request

import boto3
import botocore
from botocore.config import Config
from botocore.exceptions import ClientError

URL = os.environ["AMISIM_URL"]
KEYS = {c["AccountId"]: c for c in json.loads(os.environ["AMISIM_CREDENTIALS"])["Credentials"]}
MAIN, PARTNER = "111122223333", "222233334444"


def client(service, account=MAIN, region="us-east-1"):
    k = KEYS[account]
    return boto3.client(
        service,
        endpoint_url=URL,
        region_name=region,
        aws_access_key_id=k["AccessKeyId"],
        aws_secret_access_key=k["SecretAccessKey"],
        config=Config(retries={"max_attempts": 1}),
    )


def refused(code, status, fn, **kwargs):
    try:
        fn(**kwargs)
    except ClientError as e:
        got = e.response["Error"]["Code"]
        http = e.response["ResponseMetadata"]["HTTPStatusCode"]
        assert (got, http) == (code, status), f"expected {code}/{status}, got {got}/{http}: {e}"
        return e
    raise AssertionError(f"expected {code}, but the call succeeded")


ec2 = client("ec2")
eu = client("ec2", region="eu-west-1")
partner = client("ec2", PARTNER)

# STS at the same endpoint.
assert client("sts").get_caller_identity()["Account"] == MAIN
assert client("sts", PARTNER).get_caller_identity()["Account"] == PARTNER

# The public catalog, found the way Terraform's data "aws_ami" finds it.
al = ec2.describe_images(Owners=["amazon"], Filters=[{"Name": "name", "Values": ["al2023-ami-2023*"]},
                                                     {"Name": "architecture", "Values": ["x86_64"]}])["Images"]
assert len(al) == 1 and al[0]["OwnerId"] == "137112412989" and al[0]["Public"] is True, al
assert al[0]["BlockDeviceMappings"][0]["Ebs"]["VolumeSize"] == 8
assert isinstance(al[0]["CreationDate"], str)

# Register, wait (the clock follows wall time), copy encrypted to another region.
web = ec2.register_image(Name="web-v1", Architecture="x86_64", RootDeviceName="/dev/xvda",
                         BlockDeviceMappings=[{"DeviceName": "/dev/xvda", "Ebs": {"VolumeSize": 8}}],
                         TagSpecifications=[{"ResourceType": "image", "Tags": [{"Key": "team", "Value": "web"}]}])["ImageId"]
ec2.get_waiter("image_available").wait(ImageIds=[web], WaiterConfig={"Delay": 1, "MaxAttempts": 60})
img = ec2.describe_images(ImageIds=[web])["Images"][0]
assert img["State"] == "available" and img["Tags"] == [{"Key": "team", "Value": "web"}], img

copy = eu.copy_image(SourceImageId=web, SourceRegion="us-east-1", Name="web-v1", Encrypted=True, ClientToken="c1")["ImageId"]
assert eu.copy_image(SourceImageId=web, SourceRegion="us-east-1", Name="web-v1", Encrypted=True, ClientToken="c1")["ImageId"] == copy
refused("IdempotentParameterMismatch", 400, eu.copy_image, SourceImageId=web, SourceRegion="us-east-1", Name="other", ClientToken="c1")
e = refused("InvalidAMIName.Duplicate", 400, ec2.copy_image, SourceImageId=web, SourceRegion="us-east-1", Name="web-v1")
assert "already in use by AMI " + web in e.response["Error"]["Message"], e.response
eu.get_waiter("image_available").wait(ImageIds=[copy], WaiterConfig={"Delay": 1, "MaxAttempts": 120})
snap = eu.describe_images(ImageIds=[copy])["Images"][0]["BlockDeviceMappings"][0]["Ebs"]
assert snap["Encrypted"] is True and ":key/" in snap["KmsKeyId"], snap

# R-ID-4: the copy lives in eu-west-1 only.
refused("InvalidAMIID.NotFound", 400, ec2.describe_images, ImageIds=[copy])

# Cross-account: shared, but without the storage the partner cannot copy (R-CPY-5).
ec2.modify_image_attribute(ImageId=web, LaunchPermission={"Add": [{"UserId": PARTNER}]})
perms = ec2.describe_image_attribute(ImageId=web, Attribute="launchPermission")["LaunchPermissions"]
assert perms == [{"UserId": PARTNER}], perms
refused("InvalidRequest", 400, partner.copy_image, SourceImageId=web, SourceRegion="us-east-1", Name="mine")
sid = img["BlockDeviceMappings"][0]["Ebs"]["SnapshotId"]
ec2.modify_snapshot_attribute(SnapshotId=sid, Attribute="createVolumePermission", OperationType="add", UserIds=[PARTNER])
mine = partner.copy_image(SourceImageId=web, SourceRegion="us-east-1", Name="mine")["ImageId"]
assert partner.describe_images(ImageIds=[mine])["Images"][0]["OwnerId"] == PARTNER

# Billing products (R-CPY-6): Windows cannot be copied into another account.
win = ec2.describe_images(Owners=["amazon"], Filters=[{"Name": "platform", "Values": ["windows"]}])["Images"][0]
assert win["Platform"] == "windows" and win["UsageOperation"] == "RunInstances:0002", win
refused("InvalidRequest", 400, ec2.copy_image, SourceImageId=win["ImageId"], SourceRegion="us-east-1", Name="my-windows")

# Launch, with tags and a client token, then the instance paginator.
r = ec2.run_instances(ImageId=web, MinCount=3, MaxCount=3, InstanceType="t3.micro", ClientToken="r1",
                      TagSpecifications=[{"ResourceType": "instance", "Tags": [{"Key": "Name", "Value": "web"}]}])
ids = [i["InstanceId"] for i in r["Instances"]]
assert len(ids) == 3 and r["Instances"][0]["State"] == {"Code": 0, "Name": "pending"}, r["Instances"][0]
ec2.get_waiter("instance_running").wait(InstanceIds=ids, WaiterConfig={"Delay": 1, "MaxAttempts": 60})
pages = ec2.get_paginator("describe_instances").paginate(PaginationConfig={"PageSize": 5})
seen = [i["InstanceId"] for p in pages for res in p["Reservations"] for i in res["Instances"]]
assert seen == ids, seen
inst = ec2.describe_instances(InstanceIds=[ids[0]])["Reservations"][0]["Instances"][0]
assert inst["Placement"]["AvailabilityZone"].startswith("us-east-1") and inst["VpcId"].startswith("vpc-"), inst
assert inst["Tags"] == [{"Key": "Name", "Value": "web"}]
vpcs = ec2.describe_vpcs()["Vpcs"]
assert [v["VpcId"] for v in vpcs] == [inst["VpcId"]] and vpcs[0]["IsDefault"]
refused("AuthFailure", 400, client("ec2", "333344445555").run_instances, ImageId=web, MinCount=1, MaxCount=1)
ec2.terminate_instances(InstanceIds=ids)

# Image paginator with a page size, across every image the caller may launch.
names = [i["Name"] for p in ec2.get_paginator("describe_images").paginate(Owners=["self"], PaginationConfig={"PageSize": 1}) for i in p["Images"]]
assert names == ["web-v1"], names

# Refusals through botocore carry the CLI's codes.
refused("InvalidAMIID.Malformed", 400, ec2.describe_images, ImageIds=["ami-nope"])
refused("DryRunOperation", 412, ec2.deregister_image, ImageId=web, DryRun=True)
refused("OperationNotPermitted", 400, ec2.modify_image_attribute, ImageId=web, LaunchPermission={"Add": [{"Group": "all"}]})

# A presigned URL (SigV4 in the query string) works with a plain GET. botocore
# signs for the operation's method (POST) unless told GET, as AWS would insist.
url = ec2.generate_presigned_url("describe_regions", Params={"RegionNames": ["eu-west-1"]}, ExpiresIn=60, HttpMethod="GET")
body = urllib.request.urlopen(url).read().decode()
assert "<regionName>eu-west-1</regionName>" in body, body
bad = url.replace("X-Amz-Signature=", "X-Amz-Signature=0")
try:
    urllib.request.urlopen(bad)
    raise AssertionError("a changed presigned signature was accepted")
except urllib.error.HTTPError as e:
    assert e.code == 403 and "SignatureDoesNotMatch" in e.read().decode()

# Deregister with the snapshots.
out = ec2.deregister_image(ImageId=web, DeleteAssociatedSnapshots=True)
assert out["Return"] is True and out["DeleteSnapshotResults"][0]["ReturnCode"] == "success", out
print(f"boto3 {boto3.__version__} / botocore {botocore.__version__}: scenario passed")
