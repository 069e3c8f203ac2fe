"""The same boto3 client, the same work, against `amisim serve`, `moto_server` and a canned server.

    python3 bench/vs_moto.py [--amisim target/release/amisim] [--calls 300] [--json]

Starts both servers on free loopback ports (amisim on a fresh state file in a
temporary directory), warms each up, then times one boto3 client making, one
call after another: DescribeImages by ID, DescribeImages by name filter,
CopyImage (cross-region) and RunInstances. Prints the mean per call on each
server and the ratio, twice: the whole boto3 call, which includes boto3's own
work on the client side (building, signing, parsing XML: the same for both),
and the HTTP exchange alone (request out to whole answer in: the server's
share, as the wire sees it).

The third server is the client's own floor: a socket in another process that
answers each request at once with the answer amisim gave to the same
operation (recorded during amisim's run), doing no work at all. The ratio of
amisim to it is what amisim adds to a boto3 call; the goal is at most 1.3x.
Exits 1 if a call fails, 2 if a server or tool is missing.
"""
import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

try:
    import boto3
    from botocore.config import Config
except ImportError:
    print("skipped: boto3 is not installed", file=sys.stderr)
    sys.exit(2)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(url, seconds=30):
    end = time.time() + seconds
    while time.time() < end:
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except urllib.error.HTTPError:
            return  # it answers, if only with an error
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"{url} did not come up in {seconds} s")


WIRE = []  # the HTTP exchange of each call, ms: request out to whole answer in
ANSWERS = {}  # the last answer amisim gave to each action: the canned server's replies


def client(url, key, secret, region):
    c = boto3.client(
        "ec2",
        endpoint_url=url,
        region_name=region,
        aws_access_key_id=key,
        aws_secret_access_key=secret,
        config=Config(retries={"max_attempts": 1}),
    )
    send = c._endpoint._send

    def timed_send(request):
        t = time.perf_counter()
        r = send(request)  # reads the whole body for non-streaming operations
        WIRE.append((time.perf_counter() - t) * 1000)
        body = request.body.decode() if isinstance(request.body, bytes) else (request.body or "")
        action = dict(p.split("=", 1) for p in body.split("&") if "=" in p).get("Action")
        if action and r.status_code == 200:
            ANSWERS[action] = r.content.decode()
        return r

    c._endpoint._send = timed_send
    return c


def timed(n, fn):
    """Per-call wall times in ms of n calls of fn(i)."""
    out = []
    for i in range(n):
        t = time.perf_counter()
        fn(i)
        out.append((time.perf_counter() - t) * 1000)
    return out


def workloads(us, eu, image_id, name, tag):
    return [
        ("DescribeImages by ID", lambda i: us.describe_images(ImageIds=[image_id])),
        ("DescribeImages by name", lambda i: us.describe_images(
            Owners=["self"], Filters=[{"Name": "name", "Values": [name]}])),
        ("CopyImage cross-region", lambda i: eu.copy_image(
            SourceImageId=image_id, SourceRegion="us-east-1", Name=f"vs-moto-{tag}-{i}")),
        ("RunInstances", lambda i: us.run_instances(ImageId=image_id, MinCount=1, MaxCount=1)),
    ]


def fill(us, images):
    """The same world on both sides: `images` more images of the caller's own."""
    for i in range(images):
        us.register_image(Name=f"vs-moto-fill-{i}", Architecture="x86_64", RootDeviceName="/dev/xvda",
                          BlockDeviceMappings=[{"DeviceName": "/dev/xvda", "Ebs": {"VolumeSize": 8}}])


def measure(us, eu, image_id, name, calls):
    # Warm up: connections, the client's model, the server's caches.
    for _, fn in workloads(us, eu, image_id, name, "warm"):
        for i in range(5):
            fn(i)
    rows = {}
    for op, fn in workloads(us, eu, image_id, name, "run"):
        WIRE.clear()
        ms = timed(calls, fn)
        rows[op] = {"MeanMs": statistics.mean(ms), "P50Ms": statistics.median(ms),
                    "WireMeanMs": statistics.mean(WIRE)}
    return rows


def amisim_side(exe, calls, images):
    tmp = tempfile.mkdtemp(prefix="vs-moto-")
    state = os.path.join(tmp, "state.db")
    env = dict(os.environ, AMISIM_STATE=state)
    subprocess.run([exe, "init"], env=env, check=True, capture_output=True)
    creds = json.loads(subprocess.run([exe, "-o", "json", "accounts", "credentials", "111122223333"],
                                      env=env, check=True, capture_output=True).stdout)["Credentials"][0]
    port = free_port()
    server = subprocess.Popen([exe, "serve", "--listen", f"127.0.0.1:{port}", "--speed", "0"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        server.stdout.readline()  # the ready line
        url = f"http://127.0.0.1:{port}"
        us = client(url, creds["AccessKeyId"], creds["SecretAccessKey"], "us-east-1")
        eu = client(url, creds["AccessKeyId"], creds["SecretAccessKey"], "eu-west-1")
        fill(us, images)
        image_id, name = register(us, exe, env)
        return measure(us, eu, image_id, name, calls)
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(tmp, ignore_errors=True)


def register(us, exe=None, env=None):
    """An available image of the caller's own, to copy and launch."""
    image_id = us.register_image(Name="vs-moto-base", Architecture="x86_64", RootDeviceName="/dev/xvda",
                                 BlockDeviceMappings=[{"DeviceName": "/dev/xvda",
                                                       "Ebs": {"VolumeSize": 8}}])["ImageId"]
    if exe:  # amisim's clock is frozen (--speed 0): move it so the image is available
        subprocess.run([exe, "clock", "advance", "1h"], env=env, check=True, capture_output=True)
    return image_id, "vs-moto-base"


def moto_side(calls, images):
    if not shutil.which("moto_server"):
        print("skipped: moto_server is not installed", file=sys.stderr)
        sys.exit(2)
    port = free_port()
    server = subprocess.Popen(["moto_server", "-p", str(port)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_up(url + "/moto-api/")
        us = client(url, "testing", "testing", "us-east-1")
        eu = client(url, "testing", "testing", "eu-west-1")
        fill(us, images)
        image_id, name = register(us)
        return measure(us, eu, image_id, name, calls)
    finally:
        server.terminate()
        server.wait()


def canned_serve(port, answers_file):
    """The canned server's process: one connection at a time, keep-alive,
    each request answered with the recorded answer to its Action."""
    with open(answers_file) as f:
        answers = {k: v.encode() for k, v in json.load(f).items()}
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen(16)
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=canned_connection, args=(conn, answers), daemon=True).start()


def canned_connection(conn, answers):
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    buf = b""
    while True:
        while b"\r\n\r\n" not in buf:
            chunk = conn.recv(65536)
            if not chunk:
                conn.close()
                return
            buf += chunk
        head, buf = buf.split(b"\r\n\r\n", 1)
        length = 0
        for line in head.split(b"\r\n")[1:]:
            k, _, v = line.partition(b":")
            if k.strip().lower() == b"content-length":
                length = int(v.strip())
        while len(buf) < length:
            chunk = conn.recv(65536)
            if not chunk:
                conn.close()
                return
            buf += chunk
        body, buf = buf[:length], buf[length:]
        action = b""
        for pair in body.split(b"&"):
            if pair.startswith(b"Action="):
                action = pair[len(b"Action="):]
        answer = answers.get(action.decode(), b"<Response/>")
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/xml;charset=UTF-8\r\nContent-Length: "
                     + str(len(answer)).encode() + b"\r\n\r\n" + answer)


def canned_side(calls):
    tmp = tempfile.mkdtemp(prefix="vs-canned-")
    answers = os.path.join(tmp, "answers.json")
    with open(answers, "w") as f:
        json.dump(ANSWERS, f)
    port = free_port()
    server = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--canned-serve", str(port), answers])
    try:
        url = f"http://127.0.0.1:{port}"
        end = time.time() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.time() > end:
                    raise
                time.sleep(0.05)
        us = client(url, "testing", "testing", "us-east-1")
        eu = client(url, "testing", "testing", "eu-west-1")
        return measure(us, eu, "ami-0123456789abcdef0", "vs-moto-base", calls)
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--canned-serve":
        canned_serve(int(sys.argv[2]), sys.argv[3])
        return
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--amisim", default=os.environ.get("AMISIM_BIN", "target/release/amisim"))
    p.add_argument("--calls", type=int, default=300, help="timed calls per operation and server")
    p.add_argument("--images", type=int, default=1000, help="images registered on each server first")
    p.add_argument("--json", action="store_true")
    a = p.parse_args()
    if not os.path.exists(a.amisim):
        print(f"skipped: no amisim binary at {a.amisim} (cargo build --release first)", file=sys.stderr)
        sys.exit(2)
    ours = amisim_side(a.amisim, a.calls, a.images)
    floor = canned_side(a.calls)
    theirs = moto_side(a.calls, a.images)
    rows = [{"Operation": op, "AmisimMeanMs": ours[op]["MeanMs"], "AmisimP50Ms": ours[op]["P50Ms"],
             "MotoMeanMs": theirs[op]["MeanMs"], "MotoP50Ms": theirs[op]["P50Ms"],
             "Faster": theirs[op]["MeanMs"] / ours[op]["MeanMs"],
             "AmisimWireMeanMs": ours[op]["WireMeanMs"], "MotoWireMeanMs": theirs[op]["WireMeanMs"],
             "WireFaster": theirs[op]["WireMeanMs"] / ours[op]["WireMeanMs"],
             "CannedMeanMs": floor[op]["MeanMs"], "OverFloor": ours[op]["MeanMs"] / floor[op]["MeanMs"]}
            for op in ours]
    if a.json:
        print(json.dumps({"Calls": a.calls, "Images": a.images, "Operations": rows}, indent=2))
        return
    print(f"boto3 {boto3.__version__}, {a.images} images of the caller's on each server, {a.calls} calls per"
          " operation, one client, one call at a time")
    print("  per call through boto3 (mean ms), and of that the HTTP exchange (request out, whole answer in):")
    print(f"  {'operation':<24} {'amisim':>8} {'moto':>8} {'faster':>7}   {'amisim':>8} {'moto':>8} {'faster':>7}")
    for r in rows:
        print(f"  {r['Operation']:<24} {r['AmisimMeanMs']:>8.2f} {r['MotoMeanMs']:>8.2f} {r['Faster']:>6.1f}x"
              f"   {r['AmisimWireMeanMs']:>8.2f} {r['MotoWireMeanMs']:>8.2f} {r['WireFaster']:>6.1f}x")
    print("  amisim against the client's floor (a canned server answering at once; goal at most 1.3x):")
    print(f"  {'operation':<24} {'amisim':>8} {'canned':>8} {'ratio':>7}")
    for r in rows:
        print(f"  {r['Operation']:<24} {r['AmisimMeanMs']:>8.2f} {r['CannedMeanMs']:>8.2f} {r['OverFloor']:>6.2f}x")


if __name__ == "__main__":
    main()
