"""moto's own AMI test file, unmodified, in server mode against `amisim serve`.

    python3 tests/clients/moto_suite.py --amisim target/debug/amisim \
        --moto target/third-party/moto-5.2.1 [--server amisim|moto] [--json]

The test file and its helpers come from moto's source distribution
(`pip download --no-binary :all: --no-deps moto==5.2.1` carries `tests/`); the
repository never holds them. For amisim the world is prepared as a user would:
a fresh state file, the account 123456789012, moto's default images imported
with `amisim catalog import` (converted from moto's resource file into a
DescribeImages document), block public access off for the account, then
`amisim serve --any-key 123456789012 --instant`. moto puts the same image IDs
in every region, which AWS never does, so the file runs twice: once with the
catalog in us-east-1 and once in us-west-1. A test passes if it passes in
either run.

Every test must pass except the ones in CONTRADICTS_AWS, where moto expects
what AWS does not do; each entry carries its evidence. A listed test that
passes is reported too, so the list never goes stale.

With --server moto the same file runs against `moto_server` (one run: moto
loads its images everywhere), which is how `bench/moto_suite.py` compares the
two. Exits 0 when the outcome is as expected, 1 when not, 2 when a tool or
moto's source distribution is missing.
"""
import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET

ACCOUNT = "123456789012"
REGIONS = ["us-east-1", "us-west-1"]

# Tests where moto's expectation contradicts AWS, each with its evidence.
CONTRADICTS_AWS = {
    "test_getting_missing_ami": (
        "'ami-aabbcc' has the prefix but not 8 or 17 hex digits: AWS answers "
        "InvalidAMIID.Malformed ('The specified AMI ID is malformed', EC2 API "
        "reference, Error codes), where moto says NotFound"
    ),
    "test_deregister_image__unknown": (
        "'ami-unknown-ami' is malformed: AWS answers InvalidAMIID.Malformed "
        "(EC2 API reference, Error codes), where moto says NotFound"
    ),
    "test_ami_create_from_missing_instance": (
        "'i-abcdefg' is malformed: AWS answers InvalidInstanceID.Malformed "
        "('Ensure that you provide the full instance ID, including the i- "
        "prefix and 8 or 17 characters', EC2 API reference, Error codes)"
    ),
    "test_ami_registration": (
        "RegisterImage with a Name alone: AWS needs an ImageLocation "
        "(instance-store) or a root device with a snapshot (EBS), EC2 API "
        "reference for RegisterImage; moto registers an image from nothing"
    ),
    "test_ami_describe_images_executable_user_public": (
        "ExecutableUsers with another account's ID: 'only AMIs shared with "
        "that specific Amazon Web Services account ID are returned' (EC2 API "
        "reference, DescribeImages ExecutableUsers); moto adds public images"
    ),
    "test_ami_attribute_organizations": (
        "'someOrganizationArn' and 'ou1' are not ARNs, and an image can be "
        "shared only with the organization or OUs its owner belongs to (EC2 "
        "user guide, 'Share an AMI with organizations or OUs'); amisim has "
        "no organizations, so it refuses them as not simulated"
    ),
    "test_ami_pulls_attributes_from_instance": (
        "ModifyInstanceAttribute Kernel='test-kernel' on a running instance: "
        "AWS needs the instance stopped and an aki- ID (EC2 API reference, "
        "ModifyInstanceAttribute; user guide, 'Change the kernel'); amisim "
        "does not simulate kernels"
    ),
    "test_ami_snapshots_have_correct_owner": (
        "asserts VolumeType 'standard' for every public image: Amazon's current "
        "images (al2023) have gp3 roots, as DescribeImages shows on AWS and "
        "amisim's built-in catalog does; moto's own images say standard, and "
        "amisim keeps that for them"
    ),
}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(url, proc, seconds=60):
    end = time.time() + seconds
    while time.time() < end:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited early ({proc.returncode})")
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except urllib.error.HTTPError:
            return  # it answers, if only with an error
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"no server at {url} after {seconds} s")


def catalog_document(moto_src):
    """moto's default images as `aws ec2 describe-images --output json` prints
    them. IDs AWS could never have (ami-ekswin, …) are left out, and so is a
    second image of one owner with a name already taken (AWS keeps names
    unique per owner and region)."""
    path = os.path.join(moto_src, "moto", "ec2", "resources", "amis.json")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            amis = json.load(f)
    else:  # an installed moto carries it compressed
        import gzip
        with gzip.open(path + ".gz", "rt", encoding="utf-8") as f:
            amis = json.load(f)
    images, names = [], set()
    for a in amis:
        suffix = a["ami_id"][len("ami-"):]
        if len(suffix) not in (8, 17) or any(c not in "0123456789abcdef" for c in suffix):
            continue
        if (a["owner_id"], a["name"]) in names:
            continue
        names.add((a["owner_id"], a["name"]))
        image = {
            "ImageId": a["ami_id"],
            "Name": a["name"],
            "OwnerId": a["owner_id"],
            "Architecture": a["architecture"],
            "RootDeviceType": a["root_device_type"],
            "RootDeviceName": a["root_device_name"],
            "VirtualizationType": a["virtualization_type"],
            "Description": a["description"],
            "Public": a["public"],
        }
        if a.get("platform") == "windows":
            image["Platform"] = "windows"
            image["PlatformDetails"] = "Windows"
        if a["root_device_type"] == "ebs":
            image["BlockDeviceMappings"] = [
                {
                    "DeviceName": a["root_device_name"],
                    "Ebs": {"VolumeSize": 15, "VolumeType": "standard", "DeleteOnTermination": True},
                }
            ]
        images.append(image)
    return {"Images": images}


def amisim(binary, state, *args):
    cmd = [binary, "--state", state, *args]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {done.stderr.strip()}")


def prepare_world(binary, work, moto_src, region):
    state = os.path.join(work, f"world-{region}.db")
    doc = os.path.join(work, "moto-amis.json")
    with open(doc, "w", encoding="utf-8") as f:
        json.dump(catalog_document(moto_src), f)
    amisim(binary, state, "init")
    amisim(binary, state, "accounts", "create", "--id", ACCOUNT)
    for r in ("us-east-1", "us-west-1", "us-west-2"):
        amisim(binary, state, "--account", ACCOUNT, "--region", r, "accounts", "block-public-access", "off")
    amisim(binary, state, "--account", ACCOUNT, "--region", region, "catalog", "import", doc)
    return state


def start_amisim(binary, state, port, log):
    return subprocess.Popen(
        [binary, "--state", state, "serve", "--listen", f"127.0.0.1:{port}",
         "--any-key", ACCOUNT, "--instant"],
        stdout=log, stderr=log,
    )


def start_moto(port, log):
    exe = shutil.which("moto_server")
    if not exe:
        print("skipped: moto_server is not installed", file=sys.stderr)
        sys.exit(2)
    env = dict(os.environ, MOTO_EC2_LOAD_DEFAULT_AMIS="true")
    return subprocess.Popen([exe, "-p", str(port)], stdout=log, stderr=log, env=env)


def run_pytest(moto_src, port, work, tag):
    report = os.path.join(work, f"report-{tag}.xml")
    env = dict(
        os.environ,
        TEST_SERVER_MODE="true",
        TEST_SERVER_MODE_ENDPOINT=f"http://127.0.0.1:{port}",
        AWS_ACCESS_KEY_ID="FOOBARKEY",
        AWS_SECRET_ACCESS_KEY="FOOBARSECRET",
        AWS_DEFAULT_REGION="us-east-1",
    )
    for k in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "MOTO_AMIS_PATH"):
        env.pop(k, None)
    start = time.time()
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "--junitxml", report, "tests/test_ec2/test_amis.py"],
        cwd=moto_src, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    seconds = time.time() - start
    outcomes = {}
    for case in ET.parse(report).getroot().iter("testcase"):
        name = case.get("name")
        if case.find("skipped") is not None:
            outcome = "skipped"
        elif case.find("failure") is not None or case.find("error") is not None:
            bad = case.find("failure") if case.find("failure") is not None else case.find("error")
            outcome = "failed: " + (bad.get("message") or "").splitlines()[0][:200] if (bad.get("message") or "") else "failed"
        else:
            outcome = "passed"
        outcomes[name] = outcome
    return outcomes, seconds


def one_run(args, work, tag, region):
    port = free_port()
    with open(os.path.join(work, f"server-{tag}.log"), "w") as log:
        if args.server == "moto":
            proc = start_moto(port, log)
        else:
            state = prepare_world(args.amisim, work, args.moto, region)
            proc = start_amisim(args.amisim, state, port, log)
        try:
            wait_up(f"http://127.0.0.1:{port}/", proc)
            return run_pytest(args.moto, port, work, tag)
        finally:
            proc.terminate()
            proc.wait(timeout=30)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--amisim", default="target/debug/amisim")
    p.add_argument("--moto", required=True, help="moto's unpacked source distribution")
    p.add_argument("--server", choices=["amisim", "moto"], default="amisim")
    p.add_argument("--json", action="store_true")
    args = p.parse_args()
    test_file = os.path.join(args.moto, "tests", "test_ec2", "test_amis.py")
    if not os.path.isfile(test_file):
        print(f"skipped: {test_file} is missing (moto's source distribution)", file=sys.stderr)
        sys.exit(2)
    try:
        import pytest  # noqa: F401
    except ImportError:
        print("skipped: pytest is not installed", file=sys.stderr)
        sys.exit(2)
    args.amisim = os.path.abspath(args.amisim)
    args.moto = os.path.abspath(args.moto)

    work = tempfile.mkdtemp(prefix="amisim-moto-suite-")
    runs = {}
    seconds = {}
    try:
        regions = REGIONS if args.server == "amisim" else ["all"]
        for region in regions:
            runs[region], seconds[region] = one_run(args, work, region, region)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    names = sorted(set().union(*runs.values()))
    result = {"server": args.server, "seconds": seconds, "tests": {}}
    passed = skipped = failed = allowed = stale = 0
    for name in names:
        per_run = {r: runs[r].get(name, "absent") for r in runs}
        outcomes = set(per_run.values())
        if "passed" in outcomes:
            verdict = "passed"
        elif outcomes == {"skipped"}:
            verdict = "skipped"
        else:
            verdict = "failed"
        if args.server == "amisim" and name in CONTRADICTS_AWS:
            if verdict == "passed":
                verdict = "passes, but listed as contradicting AWS"
                stale += 1
            else:
                verdict = "contradicts AWS"
                allowed += 1
        elif verdict == "passed":
            passed += 1
        elif verdict == "skipped":
            skipped += 1
        else:
            failed += 1
        result["tests"][name] = {"verdict": verdict, "runs": per_run}
    result["summary"] = {
        "passed": passed, "skipped": skipped, "failed": failed,
        "contradicts_aws": allowed, "stale_allow_list": stale,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for name, t in result["tests"].items():
            if t["verdict"] != "passed":
                print(f"{t['verdict']:>12}  {name}")
                if t["verdict"] == "failed":
                    for r, o in t["runs"].items():
                        print(f"{'':>14}{r}: {o}")
        s = result["summary"]
        wall = " + ".join(f"{v:.1f} s" for v in seconds.values())
        print(f"{s['passed']} passed, {s['failed']} failed, {s['contradicts_aws']} contradict AWS, "
              f"{s['skipped']} skipped ({wall})")
    sys.exit(0 if failed == 0 and stale == 0 else 1)


if __name__ == "__main__":
    main()
