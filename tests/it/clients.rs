//! The real clients against `amisim serve`: boto3, the AWS CLI and Terraform's
//! AWS provider, and botocore's model against the one the server speaks. A test
//! whose client is missing says so in one line and passes.
use crate::common;
use common::serve::{credentials, Served};
use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

fn skip(what: &str) {
    eprintln!("skipped: {what} is not installed on this machine");
}

fn python_has(module: &str) -> bool {
    have("python3", &["-c", &format!("import {module}")])
}

fn clients_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/clients")
}

#[test]
fn boto3_runs_the_seed_story_against_the_server() {
    if !python_has("boto3") {
        return skip("python3 with boto3");
    }
    let w = World::new();
    let s = Served::start(&w, &["--speed", "600"]);
    let creds = w.run(&["accounts", "credentials", "-o", "json"]).stdout;
    let out = Command::new("python3")
        .arg(clients_dir().join("boto3_scenario.py"))
        .env("AMISIM_URL", s.url())
        .env("AMISIM_CREDENTIALS", creds)
        .env_remove("AWS_PROFILE")
        .env("AWS_CONFIG_FILE", "/dev/null")
        .env("AWS_SHARED_CREDENTIALS_FILE", "/dev/null")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "boto3 scenario failed:\n{stderr}\n{}", String::from_utf8_lossy(&out.stdout));
    // What boto3 did, the CLI sees (one world, two front ends).
    let mine = w.ok(&["describe", "--owners", "self", "--all-regions", "--account", PARTNER]);
    assert_eq!(mine["Images"][0]["Name"], "mine");
    let events = w.ok(&["events", "--all-accounts", "--op", "CopyImage"]);
    assert!(events["Events"].as_array().unwrap().iter().all(|e| e["Source"] == "api"));
    w.ok(&["doctor"]);
}

#[test]
fn the_aws_cli_runs_unchanged_with_endpoint_url() {
    if !have("aws", &["--version"]) {
        return skip("the AWS CLI (aws)");
    }
    let w = World::new();
    let s = Served::start(&w, &["--speed", "600"]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("credentials");
    let text = w.command().args(["accounts", "credentials"]).output().unwrap().stdout;
    std::fs::write(&file, text).unwrap();
    let aws = |args: &[&str]| {
        let out = Command::new("aws")
            .args(["--endpoint-url", &s.url(), "--region", "us-east-1", "--output", "json"])
            .args(args)
            .env("AWS_SHARED_CREDENTIALS_FILE", &file)
            .env("AWS_CONFIG_FILE", "/dev/null")
            .env("AWS_PROFILE", "amisim-111122223333")
            .env("AWS_MAX_ATTEMPTS", "1")
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, out, err) = aws(&["ec2", "describe-images", "--owners", "amazon", "--query", "Images[].Name"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("al2023-ami-2023.9.20260101.0-kernel-6.1-x86_64"), "{out}");
    let (code, out, err) = aws(&["ec2", "create-image", "--instance-id", "i-0123456789abcdef0", "--name", "x-img"]);
    // The AWS CLI's own exit code for a service error (255 in v1, 254 in v2).
    assert!(code == 255 || code == 254, "{code}: {out}{err}");
    assert_eq!(
        err.trim(),
        "An error occurred (InvalidInstanceID.NotFound) when calling the CreateImage operation: The instance ID 'i-0123456789abcdef0' does not exist",
        "the same error line as amisim's own"
    );
    let id = w.image("web", &[]);
    let (code, out, err) = aws(&[
        "ec2",
        "copy-image",
        "--source-image-id",
        &id,
        "--source-region",
        "us-east-1",
        "--name",
        "web-eu",
        "--region",
        "eu-west-1",
    ]);
    assert_eq!(code, 0, "{err}");
    let copy: serde_json::Value = serde_json::from_str(&out).unwrap();
    let copy = copy["ImageId"].as_str().unwrap();
    let (code, _, err) = aws(&["ec2", "wait", "image-available", "--image-ids", copy, "--region", "eu-west-1"]);
    assert_eq!(code, 0, "the waiter sees the copy become available: {err}");
    assert_eq!(w.describe_one(copy, &["--region", "eu-west-1"])["State"], "available");
    let (code, out, err) = aws(&["sts", "get-caller-identity", "--query", "Account", "--output", "text"]);
    assert_eq!((code, out.trim()), (0, MAIN), "{err}");
    let (code, out, _) = aws(&[
        "ec2",
        "describe-regions",
        "--region-names",
        "eu-west-1",
        "--query",
        "Regions[0].RegionName",
        "--output",
        "text",
    ]);
    assert_eq!((code, out.trim()), (0, "eu-west-1"));
}

#[test]
fn the_served_model_is_botocores() {
    if !python_has("botocore") {
        return skip("python3 with botocore");
    }
    let out = Command::new("python3").arg(clients_dir().join("trim_model.py")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let installed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let vendored: serde_json::Value = serde_json::from_str(include_str!("../../src/serve/ec2-model.json")).unwrap();
    if installed["metadata"]["botocore"] == vendored["metadata"]["botocore"] {
        assert_eq!(
            installed, vendored,
            "src/serve/ec2-model.json differs from this botocore's: rerun tests/clients/trim_model.py"
        );
        return;
    }
    // Another botocore: every shape and element name the server uses must still be there.
    for (name, shape) in vendored["shapes"].as_object().unwrap() {
        let theirs = &installed["shapes"][name];
        assert_eq!(theirs["type"], shape["type"], "{name}");
        for (member, m) in shape["members"].as_object().into_iter().flatten() {
            assert_eq!(theirs["members"][member]["locationName"], m["locationName"], "{name}.{member}");
            assert_eq!(theirs["members"][member]["shape"], m["shape"], "{name}.{member}");
        }
    }
}

/// The folder holding `registry.terraform.io/hashicorp/aws` in the machine's provider mirror.
fn provider_mirror() -> Option<PathBuf> {
    let roots = ["/opt", "/usr/local", "/usr/share", "/root", "/home"];
    for root in roots {
        let out = Command::new("find")
            .args([root, "-maxdepth", "6", "-type", "d", "-path", "*registry.terraform.io/hashicorp/aws"])
            .output()
            .ok()?;
        if let Some(line) = String::from_utf8_lossy(&out.stdout).lines().next() {
            return Path::new(line).parent()?.parent()?.parent().map(Path::to_path_buf);
        }
    }
    None
}

/// Terraform in `dir` with the machine's provider mirror and `vars` as TF_VAR_s;
/// `None` (after one skipped line) where terraform or the mirror is missing.
/// Each call runs `terraform ARGS` there: (exit code, stdout and stderr).
fn terraform(dir: &Path, vars: &[(&str, String)]) -> Option<impl Fn(&[&str]) -> (i32, String)> {
    if !have("terraform", &["version"]) {
        skip("terraform");
        return None;
    }
    let Some(mirror) = provider_mirror() else {
        skip("the Terraform AWS provider mirror (registry.terraform.io/hashicorp/aws)");
        return None;
    };
    let rc = dir.join("terraformrc");
    let config =
        format!("provider_installation {{\n  filesystem_mirror {{\n    path = \"{}\"\n  }}\n}}\n", mirror.display());
    std::fs::write(&rc, config).unwrap();
    let (dir, vars): (PathBuf, Vec<(String, String)>) =
        (dir.to_path_buf(), vars.iter().map(|(k, v)| (format!("TF_VAR_{k}"), v.clone())).collect());
    Some(move |args: &[&str]| {
        let out = Command::new("terraform")
            .args(args)
            .current_dir(&dir)
            .env("TF_CLI_CONFIG_FILE", &rc)
            .env("TF_IN_AUTOMATION", "1")
            .env("CHECKPOINT_DISABLE", "1")
            .env("AWS_EC2_METADATA_DISABLED", "true")
            .env_remove("AWS_PROFILE")
            .env_remove("AWS_SHARED_CREDENTIALS_FILE")
            .envs(vars.iter().map(|(k, v)| (k, v)))
            .output()
            .unwrap();
        let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        (out.status.code().unwrap_or(-1), all)
    })
}

/// The provider blocks both Terraform configurations start with: amisim as
/// the EC2 and STS endpoint in us-east-1 and (alias `eu`) eu-west-1.
macro_rules! terraform_providers {
    () => {
        r#"
terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

provider "aws" {
  region                      = "us-east-1"
  access_key                  = var.access_key
  secret_key                  = var.secret_key
  skip_metadata_api_check     = true
  skip_region_validation      = true
  endpoints {
    ec2 = var.endpoint
    sts = var.endpoint
  }
}

provider "aws" {
  alias                       = "eu"
  region                      = "eu-west-1"
  access_key                  = var.access_key
  secret_key                  = var.secret_key
  skip_metadata_api_check     = true
  skip_region_validation      = true
  endpoints {
    ec2 = var.endpoint
    sts = var.endpoint
  }
}

variable "endpoint" {}
variable "access_key" {}
variable "secret_key" {}
"#
    };
}

const TERRAFORM: &str = concat!(
    terraform_providers!(),
    r#"variable "partner" { default = "222233334444" }

data "aws_caller_identity" "me" {}

data "aws_ami" "web" {
  most_recent = true
  owners      = ["self"]
  filter {
    name   = "name"
    values = ["tf-web-*"]
  }
}

resource "aws_ami_copy" "eu" {
  provider          = aws.eu
  name              = "tf-web-eu"
  source_ami_id     = data.aws_ami.web.id
  source_ami_region = "us-east-1"
  encrypted         = true
  tags = { Team = "web" }
}

resource "aws_ami_launch_permission" "partner" {
  image_id   = data.aws_ami.web.id
  account_id = var.partner
}

resource "aws_instance" "eu" {
  provider      = aws.eu
  ami           = aws_ami_copy.eu.id
  instance_type = "t3.micro"
  tags = { Name = "tf-web" }
}

output "account" { value = data.aws_caller_identity.me.account_id }
output "copy" { value = aws_ami_copy.eu.id }
output "instance" { value = aws_instance.eu.id }
"#
);

#[test]
fn terraform_applies_plans_clean_and_destroys() {
    let w = World::new();
    let web = w.image("tf-web-1", &[]);
    let s = Served::start(&w, &["--speed", "3000"]);
    let (key, secret) = credentials(&w, MAIN);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("main.tf"), TERRAFORM).unwrap();
    let vars = [("endpoint", s.url()), ("access_key", key), ("secret_key", secret)];
    let Some(tf) = terraform(dir.path(), &vars) else { return };
    let (code, out) = tf(&["init", "-input=false", "-no-color"]);
    assert_eq!(code, 0, "{out}");
    let (code, out) = tf(&["apply", "-auto-approve", "-input=false", "-no-color"]);
    assert_eq!(code, 0, "apply failed:\n{out}");
    let (_, account) = tf(&["output", "-raw", "account"]);
    assert_eq!(account.trim(), MAIN);
    let (_, copy) = tf(&["output", "-raw", "copy"]);
    let (_, instance) = tf(&["output", "-raw", "instance"]);
    let copy = copy.trim();
    // The CLI's view after apply.
    let d = w.describe_one(copy, &["--region", "eu-west-1"]);
    assert_eq!(d["SourceImageId"], web.as_str());
    assert_eq!(d["BlockDeviceMappings"][0]["Ebs"]["Encrypted"], true);
    assert_eq!(d["Tags"], serde_json::json!([{ "Key": "Team", "Value": "web" }]));
    assert_eq!(w.ok(&["share", &web])["LaunchPermissions"], serde_json::json!([{ "UserId": PARTNER }]));
    let i = w.ok(&["instances", "list", instance.trim(), "--region", "eu-west-1"]);
    assert_eq!(i["Instances"][0]["ImageId"], copy);
    // A second plan finds nothing to change.
    let (code, out) = tf(&["plan", "-detailed-exitcode", "-input=false", "-no-color"]);
    assert_eq!(code, 0, "the second plan wants changes:\n{out}");
    let (code, out) = tf(&["destroy", "-auto-approve", "-input=false", "-no-color"]);
    assert_eq!(code, 0, "destroy failed:\n{out}");
    // The CLI's view after destroy: the copy deregistered, the instance terminated, permission gone.
    // (The server stops first: its clock, moving at 3000x, would change the world between two looks.)
    assert_eq!(s.stop(), 0);
    // R-ID-2: a deregistered image is an empty answer for an hour, then NotFound.
    w.ok(&["clock", "advance", "2h"]);
    w.refused(&["describe", copy, "--region", "eu-west-1"], "InvalidAMIID.NotFound");
    let i = w.ok(&["instances", "list", instance.trim(), "--region", "eu-west-1"]);
    assert_eq!(i["Instances"][0]["State"]["Name"], "terminated");
    assert_eq!(w.ok(&["share", &web])["LaunchPermissions"], serde_json::json!([]));
    w.ok(&["doctor"]);
}

/// The code blocks of README's "Use your real tools" section in a language,
/// with the documented endpoint and credentials file replaced by this test's.
fn readme_blocks(lang: &str, url: &str, credentials: &Path) -> Vec<String> {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let section = readme.split("\n## Use your real tools\n").nth(1).expect("README has the section");
    // The moto-style recipe (a subsection) has a test of its own.
    let section = section.split("\n## ").next().unwrap().split("\n### Running a moto-style").next().unwrap();
    let fence = format!("```{lang}\n");
    let blocks: Vec<String> = section
        .split(fence.as_str())
        .skip(1)
        .map(|b| {
            b.split("\n```")
                .next()
                .unwrap()
                .replace("http://127.0.0.1:5000", url)
                .replace("~/.aws/amisim-credentials", credentials.to_str().unwrap())
        })
        .collect();
    assert!(!blocks.is_empty(), "no {lang} block in README's section");
    blocks
}

/// Runs a README client block against a served test world, with `amisim` on the PATH.
fn run_readme_block(w: &World, program: &str, args: &[&str], code: &str, credentials: &Path) -> (bool, String) {
    let bin = assert_cmd::cargo::cargo_bin("amisim");
    let path = format!("{}:{}", bin.parent().unwrap().display(), std::env::var("PATH").unwrap_or_default());
    let mut child = Command::new(program)
        .args(args)
        .env("PATH", path)
        .env("AMISIM_STATE", &w.path)
        .env("AWS_SHARED_CREDENTIALS_FILE", credentials)
        .env("AWS_CONFIG_FILE", "/dev/null")
        .env("AWS_MAX_ATTEMPTS", "1")
        .env_remove("AWS_PROFILE")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), code.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.success(), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
}

#[test]
fn readme_aws_cli_lines_run_as_written() {
    if !have("aws", &["--version"]) {
        return skip("the AWS CLI (aws)");
    }
    let w = World::new();
    let s = Served::start(&w, &["--speed", "3000"]);
    let dir = tempfile::tempdir().unwrap();
    let creds = dir.path().join("amisim-credentials");
    let blocks = readme_blocks("sh", &s.url(), &creds);
    // The server is this test's own (on a free port); every other line runs as written.
    let script: String =
        blocks.join("\n").lines().filter(|l| !l.starts_with("amisim serve")).map(|l| format!("{l}\n")).collect();
    let (ok, out) = run_readme_block(&w, "bash", &["-euo", "pipefail"], &script, &creds);
    assert!(ok, "README's shell lines failed:\n{script}\n{out}");
    assert!(out.contains("al2023-ami-2023.9.20260101.0-kernel-6.1-x86_64"), "{out}");
    // The register, the wait and the encrypted copy happened, as the CLI sees them.
    let mine = w.ok(&["describe", "--owners", "self", "--all-regions"]);
    let images = mine["Images"].as_array().unwrap();
    assert_eq!(images.len(), 2, "{mine}");
    assert!(images.iter().all(|i| i["Name"] == "web-v1"));
    let copy = images.iter().find(|i| i["Region"] == "eu-west-1").unwrap();
    assert_eq!(copy["BlockDeviceMappings"][0]["Ebs"]["Encrypted"], true);
    assert!(out.contains(copy["ImageId"].as_str().unwrap()), "the last line shows the copy: {out}");
}

#[test]
fn readme_boto3_snippet_runs_as_written() {
    if !python_has("boto3") {
        return skip("python3 with boto3");
    }
    let w = World::new();
    let s = Served::start(&w, &[]);
    let dir = tempfile::tempdir().unwrap();
    let creds = dir.path().join("amisim-credentials");
    std::fs::write(&creds, w.command().args(["accounts", "credentials"]).output().unwrap().stdout).unwrap();
    let before = w.dump();
    for code in readme_blocks("python", &s.url(), &creds) {
        let (ok, out) = run_readme_block(&w, "python3", &["-"], &code, &creds);
        assert!(ok, "README's boto3 snippet failed:\n{code}\n{out}");
        assert_eq!(out, "ami-0e0e61b4803850e2b al2023-ami-2023.9.20260101.0-kernel-6.1-x86_64\nAuthFailure\n");
    }
    assert_eq!(before, w.dump(), "the refused ModifyImageAttribute changed nothing");
}

#[test]
fn readme_terraform_block_applies_as_written() {
    let w = World::new();
    let s = Served::start(&w, &[]);
    let dir = tempfile::tempdir().unwrap();
    let creds = dir.path().join("amisim-credentials");
    std::fs::write(&creds, w.command().args(["accounts", "credentials"]).output().unwrap().stdout).unwrap();
    let blocks = readme_blocks("hcl", &s.url(), &creds);
    std::fs::write(dir.path().join("main.tf"), blocks.join("\n")).unwrap();
    let Some(tf) = terraform(dir.path(), &[]) else { return };
    let (code, out) = tf(&["init", "-input=false", "-no-color"]);
    assert_eq!(code, 0, "{out}");
    let (code, out) = tf(&["apply", "-auto-approve", "-input=false", "-no-color"]);
    assert_eq!(code, 0, "{out}");
    let (_, id) = tf(&["output", "-raw", "al2023"]);
    assert_eq!(id.trim(), "ami-0e0e61b4803850e2b");
}

const TERRAFORM_BUILD: &str = concat!(
    terraform_providers!(),
    r#"variable "public_key" {}

data "aws_ami" "al2023" {
  most_recent = true
  owners      = ["amazon"]
  filter {
    name   = "name"
    values = ["al2023-ami-*-x86_64"]
  }
  filter {
    name   = "virtualization-type"
    values = ["hvm"]
  }
}

resource "aws_key_pair" "builder" {
  key_name   = "tf-builder"
  public_key = var.public_key
}

resource "aws_security_group" "builder" {
  name        = "tf-builder"
  description = "builder instances"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["203.0.113.0/24"]
  }
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_instance" "builder" {
  ami                    = data.aws_ami.al2023.id
  instance_type          = "t3.micro"
  key_name               = aws_key_pair.builder.key_name
  vpc_security_group_ids = [aws_security_group.builder.id]
}

resource "aws_ami_from_instance" "golden" {
  name               = "tf-golden"
  source_instance_id = aws_instance.builder.id
}

resource "aws_ami" "registered" {
  name                = "tf-registered"
  root_device_name    = "/dev/xvda"
  virtualization_type = "hvm"
  ena_support         = true
  ebs_block_device {
    device_name = "/dev/xvda"
    snapshot_id = one(aws_ami_from_instance.golden.ebs_block_device).snapshot_id
    volume_size = 8
  }
}

resource "aws_ami_copy" "eu" {
  provider          = aws.eu
  name              = "tf-registered-eu"
  source_ami_id     = aws_ami.registered.id
  source_ami_region = "us-east-1"
  encrypted         = true
}

output "instance" { value = aws_instance.builder.id }
output "golden" { value = aws_ami_from_instance.golden.id }
output "registered" { value = aws_ami.registered.id }
output "copy" { value = aws_ami_copy.eu.id }
output "group" { value = aws_security_group.builder.id }
"#
);

/// Terraform builds with an instance, a key pair and a security group, images
/// the instance, registers an image from that image's root snapshot and copies
/// it encrypted to another region: each image EBS-backed with the right root
/// device, a second plan clean, destroy leaves no image (issue 18).
#[test]
fn terraform_builds_registers_from_a_snapshot_and_destroys() {
    let w = World::new();
    w.ok(&["init"]);
    let s = Served::start(&w, &["--speed", "3000"]);
    let (key, secret) = credentials(&w, MAIN);
    let public = amisim::keygen::make(amisim::keygen::KeyType::Ed25519).unwrap().public_key;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("main.tf"), TERRAFORM_BUILD).unwrap();
    let vars = [("endpoint", s.url()), ("access_key", key), ("secret_key", secret), ("public_key", public)];
    let Some(tf) = terraform(dir.path(), &vars) else { return };
    let (code, out) = tf(&["init", "-input=false", "-no-color"]);
    assert_eq!(code, 0, "{out}");
    let (code, out) = tf(&["apply", "-auto-approve", "-input=false", "-no-color"]);
    assert_eq!(code, 0, "apply failed:\n{out}");
    let output = |name: &str| tf(&["output", "-raw", name]).1.trim().to_string();
    let (instance, golden, registered, copy, group) =
        (output("instance"), output("golden"), output("registered"), output("copy"), output("group"));
    let i = w.ok(&["instances", "list", &instance]);
    assert_eq!(i["Instances"][0]["KeyName"], "tf-builder");
    assert_eq!(i["Instances"][0]["SecurityGroups"][0]["GroupId"], group.as_str());
    let golden_image = w.describe_one(&golden, &[]);
    let root_snapshot = golden_image["BlockDeviceMappings"][0]["Ebs"]["SnapshotId"].clone();
    let r = w.describe_one(&registered, &[]);
    assert_eq!(r["RootDeviceType"], "ebs");
    assert_eq!(r["RootDeviceName"], "/dev/xvda");
    assert_eq!(r["BlockDeviceMappings"][0]["Ebs"]["SnapshotId"], root_snapshot, "backed by the golden image's root");
    let c = w.describe_one(&copy, &["--region", "eu-west-1"]);
    assert_eq!(c["RootDeviceType"], "ebs");
    assert_eq!(c["BlockDeviceMappings"][0]["Ebs"]["Encrypted"], true);
    let g = w.ok(&["security-groups", "list", &group]);
    assert_eq!(g["SecurityGroups"][0]["IpPermissions"][0]["FromPort"], 22);
    // A second plan finds nothing to change.
    let (code, out) = tf(&["plan", "-detailed-exitcode", "-input=false", "-no-color"]);
    assert_eq!(code, 0, "the second plan wants changes:\n{out}");
    let (code, out) = tf(&["destroy", "-auto-approve", "-input=false", "-no-color"]);
    assert_eq!(code, 0, "destroy failed:\n{out}");
    assert_eq!(s.stop(), 0);
    w.ok(&["clock", "advance", "2h"]);
    for (id, region) in [(&golden, "us-east-1"), (&registered, "us-east-1"), (&copy, "eu-west-1")] {
        w.refused(&["describe", id, "--region", region], "InvalidAMIID.NotFound");
    }
    assert!(w.ok(&["key-pairs", "list"])["KeyPairs"].as_array().unwrap().is_empty());
    assert_eq!(w.ok(&["security-groups", "list"])["SecurityGroups"].as_array().unwrap().len(), 1, "default only");
    w.ok(&["doctor"]);
}
