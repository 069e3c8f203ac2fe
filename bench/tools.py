"""Wall time of a Packer build and of the Ansible playbook, against
`amisim serve --instant` and against `moto_server`, side by side.

    python3 bench/tools.py [--amisim target/release/amisim] [--runs 3] [--json]

Both servers hold moto's default images (amisim imports them with `catalog
import`, converted as tests/clients/moto_suite.py does), so the same Packer
template (amazon-ebs, communicator none, source_ami_filter on
amzn2-ami-hvm-*-x86_64-gp2, ami_regions, ami_users, tags) and the same
playbook (tests/clients/ansible_build.yml) run against each. amisim's world
has the customer-managed key the playbook's encrypted copy uses; moto does not
check keys. Prints the median wall time of each tool on each server.
Exits 2 when a tool is missing.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "clients"))
import moto_suite  # noqa: E402  (its catalog conversion and server helpers)

SOURCE = "amzn2-ami-hvm-*-x86_64-gp2"


def packer_template(endpoint):
    return {"builders": [{
        "type": "amazon-ebs", "access_key": "AKIAEXAMPLE", "secret_key": "secret", "region": "us-east-1",
        "custom_endpoint_ec2": endpoint, "skip_region_validation": True, "skip_credential_validation": True,
        "skip_metadata_api_check": True, "communicator": "none", "instance_type": "t3.micro",
        "source_ami_filter": {"filters": {"name": SOURCE, "root-device-type": "ebs"},
                              "owners": ["amazon"], "most_recent": True},
        "ami_name": "bench-{{timestamp}}-{{uuid}}", "ami_regions": ["eu-west-1"], "ami_users": ["222233334444"],
        "tags": {"Team": "web"}, "run_tags": {"Builder": "packer"},
    }]}


def time_packer(endpoint, work):
    path = os.path.join(work, "packer.json")
    with open(path, "w") as f:
        json.dump(packer_template(endpoint), f)
    env = dict(os.environ, CHECKPOINT_DISABLE="1", HOME=work)
    start = time.time()
    done = subprocess.run(["packer", "build", "-machine-readable", path], cwd=work, env=env,
                          capture_output=True, text=True)
    return time.time() - start, done.returncode == 0, last_error(done.stdout)


def time_ansible(endpoint, work, run):
    playbook = os.path.join(ROOT, "tests", "clients", "ansible_build.yml")
    env = dict(os.environ, ANSIBLE_NOCOLOR="1", ANSIBLE_HOME=work, ANSIBLE_LOCAL_TEMP=work)
    start = time.time()
    done = subprocess.run(
        ["ansible-playbook", "-i", "localhost,", playbook, "-e", f"ansible_python_interpreter={sys.executable}",
         "-e", f"endpoint={endpoint}", "-e", "access_key=AKIAEXAMPLE", "-e", "secret_key=secret",
         "-e", f"source_name={SOURCE}", "-e", "kms_key=alias/bench"],
        env=env, capture_output=True, text=True)
    return time.time() - start, done.returncode == 0, last_error(done.stdout)


def last_error(output):
    """The first line that reports a failure, shortened, for the table."""
    for line in output.splitlines():
        if ",error," in line or line.startswith("fatal:"):
            return line[:160]
    return ""


def amisim_world(binary, work, moto_pkg):
    state = os.path.join(work, "world.db")
    doc = os.path.join(work, "amis.json")
    with open(doc, "w") as f:
        json.dump(moto_suite.catalog_document(moto_pkg), f)
    run = lambda *a: subprocess.run([binary, "--state", state, *a], check=True, capture_output=True)  # noqa: E731
    run("init")
    run("catalog", "import", doc, "--region", "us-east-1")
    run("keys", "create", "--alias", "bench", "--region", "eu-west-1")
    run("keys", "grant", "alias/bench", "--grantee", "222233334444", "--region", "eu-west-1")
    return state


def measure(start_server, runs, work):
    port = moto_suite.free_port()
    with open(os.path.join(work, "server.log"), "w") as log:
        proc = start_server(port, log)
        try:
            endpoint = f"http://127.0.0.1:{port}"
            moto_suite.wait_up(endpoint + "/", proc)
            packer = [time_packer(endpoint, work) for _ in range(runs)]
            ansible = [time_ansible(endpoint, work, n) for n in range(runs)]
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    summary = lambda runs_: {  # noqa: E731
        "Seconds": statistics.median(t for t, _, _ in runs_),
        "Succeeded": all(ok for _, ok, _ in runs_),
        "Error": next((e for _, ok, e in runs_ if not ok), ""),
    }
    return {"Packer": summary(packer), "Ansible": summary(ansible)}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--amisim", default="target/release/amisim")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--json", action="store_true")
    a = p.parse_args()
    for tool in ("packer", "ansible-playbook", "moto_server"):
        if not shutil.which(tool):
            print(f"skipped: {tool} is missing", file=sys.stderr)
            sys.exit(2)
    import moto
    moto_pkg = os.path.dirname(os.path.dirname(moto.__file__))
    binary = os.path.abspath(a.amisim)
    results = {}
    with tempfile.TemporaryDirectory(prefix="amisim-tools-") as work:
        state = amisim_world(binary, work, moto_pkg)
        results["amisim"] = measure(
            lambda port, log: subprocess.Popen(
                [binary, "--state", state, "serve", "--listen", f"127.0.0.1:{port}",
                 "--any-key", "111122223333", "--instant"], stdout=log, stderr=log),
            a.runs, work)
    with tempfile.TemporaryDirectory(prefix="moto-tools-") as work:
        results["moto"] = measure(
            lambda port, log: subprocess.Popen(
                ["moto_server", "-p", str(port)], stdout=log, stderr=log,
                env=dict(os.environ, MOTO_EC2_LOAD_DEFAULT_AMIS="true")),
            a.runs, work)
    if a.json:
        print(json.dumps(results, indent=2))
        return
    cell = lambda r: f"{r['Seconds']:>7.2f}{'' if r['Succeeded'] else '!'}"  # noqa: E731
    print(f"median wall time of {a.runs} runs, seconds (! : the tool failed)")
    print(f"  {'tool':<34} {'amisim':>8} {'moto':>8}")
    for tool, label in (("Packer", "packer build (amazon-ebs)"), ("Ansible", "ansible-playbook ansible_build.yml")):
        print(f"  {label:<34} {cell(results['amisim'][tool])} {cell(results['moto'][tool])}")
    for server in ("amisim", "moto"):
        for tool in ("Packer", "Ansible"):
            if not results[server][tool]["Succeeded"]:
                print(f"  {server} {tool}: {results[server][tool]['Error']}")


if __name__ == "__main__":
    main()
