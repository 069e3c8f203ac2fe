#compdef amisim

autoload -U is-at-least

_amisim() {
    typeset -A opt_args
    typeset -a _arguments_options
    local ret=1

    if is-at-least 5.2; then
        _arguments_options=(-s -S -C)
    else
        _arguments_options=(-s -C)
    fi

    local context curcontext="$curcontext" state line
    _arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_amisim_commands" \
"*::: :->amisim" \
&& ret=0
    case $state in
    (amisim)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'--name=[Image name\: 3-128 letters, digits, spaces and ()\[\]./-'\''@_ ; unique per account and region]:NAME:_default' \
'--instance-id=[Create from this instance of yours (CreateImage); otherwise register a new root volume]:INSTANCE_ID:_default' \
'--root-size=[Root volume size in GiB (RegisterImage; default 8)]:GIB:_default' \
'*--volume=[Another EBS volume, DEVICE=GIB (repeatable), e.g. /dev/sdb=20]:DEV=GIB:_default' \
'(--instance-id --instance-store)--root-snapshot=[Register from an existing snapshot of yours, or shared with you\: the image is backed by it]:SNAP:_default' \
'--root-device-name=[The root device (RegisterImage; default /dev/xvda)]:DEVICE:_default' \
'--kms-key-id=[KMS key ID, ARN or alias/NAME in this region (needs --encrypted)]:KEY:_default' \
'--architecture=[x86_64 or arm64 (RegisterImage; default x86_64)]:ARCHITECTURE:_default' \
'--description=[Description of the image, at most 255 characters]:DESCRIPTION:_default' \
'*--tag=[KEY=VALUE (repeatable)]:KEY=VALUE:_default' \
'--timeout=[Give up waiting after this long (virtual time), e.g. 30m]:DURATION:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--instance-store[Instance-store backed\: a root template in object storage, no snapshots]' \
'--encrypted[Encrypt the snapshots (default key\: your aws/ebs key in the region)]' \
'--no-reboot[Accepted for AWS CLI familiarity; the simulated instance is not rebooted either way]' \
'--wait[Advance the virtual clock until the resource settles]' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(copy)
_arguments "${_arguments_options[@]}" : \
'--source-image-id=[The image to copy]:AMI:_default' \
'--source-region=[Where the source image lives (the copy lands in --region)]:REGION:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'--name=[Name of the new image, free in the destination region]:NAME:_default' \
'--description=[Defaults to the source'\''s description]:DESCRIPTION:_default' \
'--kms-key-id=[KMS key in the destination region (needs --encrypted)]:KEY:_default' \
'*--tag=[Tag the new image, KEY=VALUE (repeatable)]:KEY=VALUE:_default' \
'--client-token=[Idempotency token\: the same token and parameters give the same answer, once]:TOKEN:_default' \
'--timeout=[Give up waiting after this long (virtual time), e.g. 30m]:DURATION:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--encrypted[Encrypt the copy (default key\: your aws/ebs in the destination)]' \
'--unencrypted[Ask for an unencrypted copy (refused for encrypted sources)]' \
'--no-encrypted[Ask for an unencrypted copy (refused for encrypted sources)]' \
'--copy-tags[Copy the source'\''s tags too]' \
'--inject-failure[Rehearse a failure\: the copy settles as \`failed\`]' \
'--wait[Advance the virtual clock until the resource settles]' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(share)
_arguments "${_arguments_options[@]}" : \
'*--add=[Grant launch permission to accounts (several values or repeated)]:ACCOUNT:_default' \
'*--remove=[Remove launch permission from accounts]:ACCOUNT:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--public[Share with everyone (group all)]' \
'--private[Remove the group all (accounts stay)]' \
'--with-snapshots[Also grant (or revoke) createVolumePermission on the backing snapshots]' \
'(--add --remove --public --private --with-snapshots)--reset[Remove every launch permission (ResetImageAttribute); snapshots keep theirs]' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':image_id -- The image (yours):_default' \
&& ret=0
;;
(launch)
_arguments "${_arguments_options[@]}" : \
'--image-id=[The image to launch, as the AWS CLI spells it]:AMI:_default' \
'--count=[How many instances (1-100)]:COUNT:_default' \
'--instance-count=[How many instances (1-100)]:COUNT:_default' \
'--instance-type=[Default\: t3.micro for x86_64, t4g.micro for arm64]:INSTANCE_TYPE:_default' \
'--root-size=[Root volume size in GiB (at least the snapshot'\''s)]:GIB:_default' \
'*--tag=[Tag the instances, KEY=VALUE (repeatable)]:KEY=VALUE:_default' \
'--client-token=[Idempotency token\: the same token and parameters give the same answer, once]:TOKEN:_default' \
'--key-name=[A key pair of yours in the region (amisim key-pairs)]:NAME:_default' \
'*--security-group-id=[Security groups by ID, repeatable (default\: the default VPC'\''s default group)]:SG:_default' \
'--subnet-id=[A default subnet of the region (its zone places the instances)]:SUBNET:_default' \
'--timeout=[Give up waiting after this long (virtual time), e.g. 30m]:DURATION:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--disable-api-termination[Protect the instances from termination (disableApiTermination)]' \
'--wait[Advance the virtual clock until the resource settles]' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
'::image_id -- The image to launch:_default' \
&& ret=0
;;
(tag)
_arguments "${_arguments_options[@]}" : \
'*--remove=[Tag keys to delete]:KEY:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':resource_id -- An image, snapshot or instance of yours:_default' \
'*::tags -- KEY=VALUE pairs:_default' \
&& ret=0
;;
(deregister)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--delete-associated-snapshots[Delete the snapshots too (otherwise they stay, and keep billing)]' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':image_id -- The image (ami-…):_default' \
&& ret=0
;;
(protect)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--with-cooldown[Keep protection for 24 hours after it is turned off]' \
'--off[Turn protection off]' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':image_id -- The image (ami-…):_default' \
&& ret=0
;;
(deprecate)
_arguments "${_arguments_options[@]}" : \
'--at=[RFC 3339 time (UTC)]:TIME:_default' \
'--in=[A duration from now, e.g. 30d]:DURATION:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--cancel[Remove the deprecation time]' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':image_id -- The image (ami-…):_default' \
&& ret=0
;;
(modify)
_arguments "${_arguments_options[@]}" : \
'--description=[The new description (at most 255 characters; empty removes it)]:TEXT:_default' \
'--imds-support=[Require IMDSv2 of instances launched from the image (v2.0; one-way)]:VERSION:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':image_id -- The image (yours):_default' \
&& ret=0
;;
(disable)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':image_id -- The image (ami-…):_default' \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':image_id -- The image (ami-…):_default' \
&& ret=0
;;
(cleanup)
_arguments "${_arguments_options[@]}" : \
'--keep-last=[Keep the newest N images of each family (Family tag, or the name without its version)]:N:_default' \
'--older-than=[Only images older than this may go, e.g. 90d]:DURATION:_default' \
'*--exclude-tag=[Never remove images with this tag (KEY or KEY=VALUE; repeatable)]:TAG:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--apply[Deregister the candidates and delete their snapshots (and orphaned snapshots)]' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(init)
_arguments "${_arguments_options[@]}" : \
'--seed=[Seed of the deterministic IDs]:SEED:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--force[Replace an existing amisim world (or an empty file) with a new one]' \
'--overwrite-foreign[Replace the file even if it is not an amisim world (another program'\''s file is lost)]' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(describe)
_arguments "${_arguments_options[@]}" : \
'*--image-ids=[Image IDs, as the AWS CLI spells it (several values or repeated)]:AMI:_default' \
'*--owners=[self, amazon, aws-marketplace or account IDs]:OWNER:_default' \
'*--executable-users=[self, all, or account IDs with explicit launch permission]:USER:_default' \
'*--filter=[Name=KEY,Values=V1,V2 with * and ? wildcards (several values or repeated)]:Name=K,Values=V:(Name=architecture,Values= Name=block-device-mapping.delete-on-termination,Values= Name=block-device-mapping.device-name,Values= Name=block-device-mapping.snapshot-id,Values= Name=block-device-mapping.volume-size,Values= Name=block-device-mapping.volume-type,Values= Name=block-device-mapping.encrypted,Values= Name=boot-mode,Values= Name=creation-date,Values= Name=deprecation-time,Values= Name=description,Values= Name=ena-support,Values= Name=free-tier-eligible,Values= Name=hypervisor,Values= Name=image-allowed,Values= Name=image-id,Values= Name=image-type,Values= Name=imds-support,Values= Name=is-public,Values= Name=kernel-id,Values= Name=manifest-location,Values= Name=name,Values= Name=owner-alias,Values= Name=owner-id,Values= Name=platform,Values= Name=platform-details,Values= Name=product-code,Values= Name=product-code.type,Values= Name=ramdisk-id,Values= Name=root-device-name,Values= Name=root-device-type,Values= Name=source-image-id,Values= Name=source-image-region,Values= Name=source-instance-id,Values= Name=state,Values= Name=state-reason-code,Values= Name=state-reason-message,Values= Name=sriov-net-support,Values= Name=tag-key,Values= Name=usage-operation,Values= Name=virtualization-type,Values=)' \
'*--filters=[Name=KEY,Values=V1,V2 with * and ? wildcards (several values or repeated)]:Name=K,Values=V:(Name=architecture,Values= Name=block-device-mapping.delete-on-termination,Values= Name=block-device-mapping.device-name,Values= Name=block-device-mapping.snapshot-id,Values= Name=block-device-mapping.volume-size,Values= Name=block-device-mapping.volume-type,Values= Name=block-device-mapping.encrypted,Values= Name=boot-mode,Values= Name=creation-date,Values= Name=deprecation-time,Values= Name=description,Values= Name=ena-support,Values= Name=free-tier-eligible,Values= Name=hypervisor,Values= Name=image-allowed,Values= Name=image-id,Values= Name=image-type,Values= Name=imds-support,Values= Name=is-public,Values= Name=kernel-id,Values= Name=manifest-location,Values= Name=name,Values= Name=owner-alias,Values= Name=owner-id,Values= Name=platform,Values= Name=platform-details,Values= Name=product-code,Values= Name=product-code.type,Values= Name=ramdisk-id,Values= Name=root-device-name,Values= Name=root-device-type,Values= Name=source-image-id,Values= Name=source-image-region,Values= Name=source-instance-id,Values= Name=state,Values= Name=state-reason-code,Values= Name=state-reason-message,Values= Name=sriov-net-support,Values= Name=tag-key,Values= Name=usage-operation,Values= Name=virtualization-type,Values=)' \
'--max-results=[At most this many results; the answer'\''s NextToken fetches the rest]:N:_default' \
'--next-token=[Continue a listing where a previous page ended]:TOKEN:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--include-deprecated[Show other accounts'\'' deprecated images too]' \
'--include-disabled[Show your disabled images too]' \
'--all-regions[Look in every region]' \
'--dry-run[]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
'*::image_ids -- Image IDs (each must be visible to you):_default' \
&& ret=0
;;
(attribute)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':image_id -- The image (yours):_default' \
':attribute -- description, launchPermission, blockDeviceMapping, productCodes, bootMode, deregistrationProtection, lastLaunchedTime, kernel, ramdisk, sriovNetSupport, …:_default' \
&& ret=0
;;
(explain)
_arguments "${_arguments_options[@]}" : \
'--action=[The operation to ask about]:ACTION:(launch copy share describe)' \
'--as=[The account to ask about (default\: --account)]:ACCOUNT:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':image_id -- The image (ami-…):_default' \
&& ret=0
;;
(cost)
_arguments "${_arguments_options[@]}" : \
'--by=[How to group the lines]:BY:(account region cause resource)' \
'--since=[Start of the period (RFC 3339; default\: the world'\''s start)]:TIME:_default' \
'--until=[End of the period (RFC 3339; default\: the virtual now)]:TIME:_default' \
'(--since --until)--forecast=[Forecast a planned distribution\: the cost report of a pipeline file'\''s plan]:PLAN:_files' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--all-accounts[Every account, not only the caller]' \
'--dry-run[]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(events)
_arguments "${_arguments_options[@]}" : \
'--op=[Only this operation (e.g. CopyImage)]:NAME:_default' \
'--outcome=[ok or error]:OUTCOME:(ok error)' \
'--since=[Only events at or after this time (RFC 3339)]:TIME:_default' \
'--resource=[Only events about this resource\: an ID the call made or named]:ID:_default' \
'--limit=[The latest N events]:LIMIT:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--all-accounts[Every account'\''s events]' \
'--dry-run[]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(lineage)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':image_id -- The image (ami-…):_default' \
&& ret=0
;;
(regions)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(doctor)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--full[Run SQLite'\''s full integrity_check instead of quick_check]' \
'--dry-run[]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(serve)
_arguments "${_arguments_options[@]}" : \
'--listen=[Address to listen on\: loopback by default; port 0 picks a free one]:ADDR:_default' \
'--speed=[Virtual seconds per wall-clock second while serving (0 freezes the clock)]:N:_default' \
'--any-key=[Accept any access key without checking its signature, acting as ACCOUNT (loopback only)]:ACCOUNT:_default' \
'--threads=[Connections to the state file, each lent to one request at a time]:N:_default' \
'--max-connections=[Open connections at most; at the cap the one idle longest is closed to make room]:N:_default' \
'--header-timeout=[Seconds a request'\''s headers may take to arrive (its body gets this plus 1 s per 8 KiB)]:SECS:_default' \
'--idle-timeout=[Seconds an idle keep-alive connection stays open]:SECS:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--instant[Complete every time-based transition at once, for suites written against mocks; the clock does not jump]' \
'--test-hooks[Serve POST /moto-api/reset, which puts the world back as it was when serving began (loopback only)]' \
'--allow-remote[Allow a --listen address beyond loopback (every user account must have rotated its keys)]' \
'--log[One line per request on stderr\: time, status, action, account, latency, request ID]' \
'--dry-run[]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(bench)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_amisim__subcmd__bench_commands" \
"*::: :->bench" \
&& ret=0

    case $state in
    (bench)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-bench-command-$line[1]:"
        case $line[1] in
            (seed)
_arguments "${_arguments_options[@]}" : \
'--images=[How many images to add]:IMAGES:_default' \
'--accounts=[Over how many accounts]:ACCOUNTS:_default' \
'--regions=[Over how many regions]:REGIONS:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(run)
_arguments "${_arguments_options[@]}" : \
'*--sizes=[World sizes, in images]:SIZES:_default' \
'--runs=[Whole-process runs per operation]:RUNS:_default' \
'--iterations=[In-process iterations of the create→copy→share→launch→describe drill]:ITERATIONS:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(serve)
_arguments "${_arguments_options[@]}" : \
'*--sizes=[World sizes, in images]:SIZES:_default' \
'--connections=[Concurrent keep-alive connections]:CONNECTIONS:_default' \
'--requests=[Requests per read operation (writes make a quarter as many)]:REQUESTS:_default' \
'--child=[Internal\: measure the world at --state in this process, write JSON to FILE]:FILE:_files' \
'*--sample=[Internal\: the image the child'\''s requests are about, and its name]:ID:_default:ID:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_amisim__subcmd__bench__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-bench-help-command-$line[1]:"
        case $line[1] in
            (seed)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(run)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(serve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(man)
_arguments "${_arguments_options[@]}" : \
'--dir=[Directory to write the pages into (default\: print amisim.1 to stdout)]:DIR:_files -/' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(completions)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':shell -- The shell\: bash, zsh, fish, elvish or powershell:(bash elvish fish powershell zsh)' \
&& ret=0
;;
(wait)
_arguments "${_arguments_options[@]}" : \
'--timeout=[Give up after this much virtual time]:DURATION:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':waiter -- What to wait for:(image-available instance-running)' \
'*::ids -- Image or instance IDs, per the waiter:_default' \
&& ret=0
;;
(catalog)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_amisim__subcmd__catalog_commands" \
"*::: :->catalog" \
&& ret=0

    case $state in
    (catalog)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-catalog-command-$line[1]:"
        case $line[1] in
            (import)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':file -- `{\"Images\"\: \[...\]}` as `aws ec2 describe-images --output json` prints it:_files' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_amisim__subcmd__catalog__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-catalog-help-command-$line[1]:"
        case $line[1] in
            (import)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(instances)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_amisim__subcmd__instances_commands" \
"*::: :->instances" \
&& ret=0

    case $state in
    (instances)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-instances-command-$line[1]:"
        case $line[1] in
            (terminate)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
'*::ids -- Instance IDs (i-…):_default' \
&& ret=0
;;
(stop)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
'*::ids -- Instance IDs (i-…):_default' \
&& ret=0
;;
(start)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
'*::ids -- Instance IDs (i-…):_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--filter=[Name=KEY,Values=V1,V2 (instance-state-name, image-id, instance-type, tag\:KEY, …)]:Name=K,Values=V:(Name=architecture,Values= Name=availability-zone,Values= Name=block-device-mapping.attach-time,Values= Name=block-device-mapping.delete-on-termination,Values= Name=block-device-mapping.device-name,Values= Name=block-device-mapping.status,Values= Name=block-device-mapping.volume-id,Values= Name=client-token,Values= Name=image-id,Values= Name=instance-id,Values= Name=instance-state-code,Values= Name=instance-state-name,Values= Name=instance-type,Values= Name=instance.group-id,Values= Name=instance.group-name,Values= Name=key-name,Values= Name=launch-time,Values= Name=owner-id,Values= Name=platform-details,Values= Name=private-dns-name,Values= Name=private-ip-address,Values= Name=product-code,Values= Name=reservation-id,Values= Name=root-device-name,Values= Name=root-device-type,Values= Name=subnet-id,Values= Name=tag-key,Values= Name=tenancy,Values= Name=usage-operation,Values= Name=vpc-id,Values=)' \
'*--filters=[Name=KEY,Values=V1,V2 (instance-state-name, image-id, instance-type, tag\:KEY, …)]:Name=K,Values=V:(Name=architecture,Values= Name=availability-zone,Values= Name=block-device-mapping.attach-time,Values= Name=block-device-mapping.delete-on-termination,Values= Name=block-device-mapping.device-name,Values= Name=block-device-mapping.status,Values= Name=block-device-mapping.volume-id,Values= Name=client-token,Values= Name=image-id,Values= Name=instance-id,Values= Name=instance-state-code,Values= Name=instance-state-name,Values= Name=instance-type,Values= Name=instance.group-id,Values= Name=instance.group-name,Values= Name=key-name,Values= Name=launch-time,Values= Name=owner-id,Values= Name=platform-details,Values= Name=private-dns-name,Values= Name=private-ip-address,Values= Name=product-code,Values= Name=reservation-id,Values= Name=root-device-name,Values= Name=root-device-type,Values= Name=subnet-id,Values= Name=tag-key,Values= Name=tenancy,Values= Name=usage-operation,Values= Name=vpc-id,Values=)' \
'--max-results=[At most this many results; the answer'\''s NextToken fetches the rest]:N:_default' \
'--next-token=[Continue a listing where a previous page ended]:TOKEN:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
'*::ids -- Instance IDs (default\: every instance you can see in the region):_default' \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--all[Instances in every state, not only running ones (IncludeAllInstances)]' \
'--dry-run[]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
'*::ids -- Instance IDs (default\: every instance of yours in the region):_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_amisim__subcmd__instances__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-instances-help-command-$line[1]:"
        case $line[1] in
            (terminate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(stop)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(start)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(snapshots)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_amisim__subcmd__snapshots_commands" \
"*::: :->snapshots" \
&& ret=0

    case $state in
    (snapshots)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-snapshots-command-$line[1]:"
        case $line[1] in
            (share)
_arguments "${_arguments_options[@]}" : \
'*--add=[Accounts (or all) to grant]:ACCOUNT:_default' \
'*--remove=[Accounts (or all) to revoke]:ACCOUNT:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The snapshot (snap-…):_default' \
&& ret=0
;;
(copy)
_arguments "${_arguments_options[@]}" : \
'--source-region=[The region the snapshot is in]:REGION:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'--kms-key-id=[KMS key in the destination region (needs --encrypted)]:KEY:_default' \
'--description=[Description of the new snapshot]:DESCRIPTION:_default' \
'*--tag=[Tag the new snapshot, KEY=VALUE (repeatable)]:KEY=VALUE:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--encrypted[Encrypt the copy (needed to copy an unencrypted snapshot into an encrypted one)]' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The snapshot (snap-…):_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The snapshot (snap-…):_default' \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The snapshot (snap-…):_default' \
&& ret=0
;;
(restore)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The snapshot (snap-…):_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--owners=[self, amazon or account IDs]:OWNER:_default' \
'*--restorable-by=[Snapshots these accounts may create volumes from\: self, all or account IDs]:USER:_default' \
'*--filter=[Name=KEY,Values=V1,V2 (owner-id, status, storage-tier, encrypted, volume-size, tag\:KEY)]:Name=K,Values=V:(Name=description,Values= Name=encrypted,Values= Name=owner-alias,Values= Name=owner-id,Values= Name=progress,Values= Name=snapshot-id,Values= Name=start-time,Values= Name=status,Values= Name=storage-tier,Values= Name=tag-key,Values= Name=transfer-type,Values= Name=volume-id,Values= Name=volume-size,Values=)' \
'*--filters=[Name=KEY,Values=V1,V2 (owner-id, status, storage-tier, encrypted, volume-size, tag\:KEY)]:Name=K,Values=V:(Name=description,Values= Name=encrypted,Values= Name=owner-alias,Values= Name=owner-id,Values= Name=progress,Values= Name=snapshot-id,Values= Name=start-time,Values= Name=status,Values= Name=storage-tier,Values= Name=tag-key,Values= Name=transfer-type,Values= Name=volume-id,Values= Name=volume-size,Values=)' \
'--max-results=[At most this many results; the answer'\''s NextToken fetches the rest]:N:_default' \
'--next-token=[Continue a listing where a previous page ended]:TOKEN:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
'*::ids -- Snapshot IDs (default\: the snapshots you can see):_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_amisim__subcmd__snapshots__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-snapshots-help-command-$line[1]:"
        case $line[1] in
            (share)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(copy)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(restore)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(keys)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_amisim__subcmd__keys_commands" \
"*::: :->keys" \
&& ret=0

    case $state in
    (keys)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-keys-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'--alias=[alias/NAME or NAME]:ALIAS:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(grant)
_arguments "${_arguments_options[@]}" : \
'--grantee=[The account the grant is for (12 digits)]:ACCOUNT:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':key -- The key\: key ID, ARN or alias/NAME:_default' \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
'--grantee=[The account the grant is for (12 digits)]:ACCOUNT:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':key -- The key\: key ID, ARN or alias/NAME:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_amisim__subcmd__keys__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-keys-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(grant)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(accounts)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_amisim__subcmd__accounts_commands" \
"*::: :->accounts" \
&& ret=0

    case $state in
    (accounts)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-accounts-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'--id=[12 digits (default\: a new deterministic ID)]:ID:_default' \
'--name=[A name for the account (default\: account- and its last four digits)]:NAME:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(block-public-access)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
'::setting -- on or off (none\: show the current state):(on off)' \
&& ret=0
;;
(credentials)
_arguments "${_arguments_options[@]}" : \
'--rotate=[Replace ACCOUNT'\''s pair with a fresh random one, kept in the world; the old pair stops working at once]:ACCOUNT:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
'::of -- One user account (default\: every one):_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_amisim__subcmd__accounts__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-accounts-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(block-public-access)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(credentials)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(marketplace)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_amisim__subcmd__marketplace_commands" \
"*::: :->marketplace" \
&& ret=0

    case $state in
    (marketplace)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-marketplace-command-$line[1]:"
        case $line[1] in
            (subscribe)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':product -- The product code (prod-…), as marketplace list shows it:_default' \
&& ret=0
;;
(publish)
_arguments "${_arguments_options[@]}" : \
'--price=[USD per instance-hour]:PRICE:_default' \
'--name=[Product name (default\: the image name)]:NAME:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':image_id -- The image to sell (ami-…), yours and available:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_amisim__subcmd__marketplace__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-marketplace-help-command-$line[1]:"
        case $line[1] in
            (subscribe)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(publish)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(clock)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_amisim__subcmd__clock_commands" \
"*::: :->clock" \
&& ret=0

    case $state in
    (clock)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-clock-command-$line[1]:"
        case $line[1] in
            (advance)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':by -- How far\: an integer and a unit, e.g. 90s, 30m, 2h, 7d:_default' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_amisim__subcmd__clock__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-clock-help-command-$line[1]:"
        case $line[1] in
            (advance)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(pipeline)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_amisim__subcmd__pipeline_commands" \
"*::: :->pipeline" \
&& ret=0

    case $state in
    (pipeline)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-pipeline-command-$line[1]:"
        case $line[1] in
            (apply)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':file -- The pipeline file (YAML, kind\: pipeline):_files' \
&& ret=0
;;
(plan)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--strict[Exit 254 when a refusal is foreseen]' \
'--dry-run[]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':file -- The pipeline file (YAML, kind\: pipeline):_files' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_amisim__subcmd__pipeline__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-pipeline-help-command-$line[1]:"
        case $line[1] in
            (apply)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(plan)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(key-pairs)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_amisim__subcmd__key-pairs_commands" \
"*::: :->key-pairs" \
&& ret=0

    case $state in
    (key-pairs)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-key-pairs-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'--type=[rsa (2048 bits, PEM) or ed25519 (OpenSSH format)]:KEY_TYPE:(rsa ed25519)' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- The key'\''s name, unique in the account and region:_default' \
&& ret=0
;;
(import)
_arguments "${_arguments_options[@]}" : \
'--public-key-file=[An OpenSSH public key file (ssh-rsa or ssh-ed25519)]:FILE:_files' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- The key'\''s name, unique in the account and region:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- The key'\''s name:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--public-key[Show each public key too]' \
'--dry-run[]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
'*::names -- Key names (each must exist):_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_amisim__subcmd__key-pairs__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-key-pairs-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(import)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(security-groups)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_amisim__subcmd__security-groups_commands" \
"*::: :->security-groups" \
&& ret=0

    case $state in
    (security-groups)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-security-groups-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'--description=[What the group is for (required, as on AWS)]:DESCRIPTION:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- The group'\''s name, unique in the VPC:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':group_id -- The group'\''s ID (sg-…):_default' \
&& ret=0
;;
(authorize)
_arguments "${_arguments_options[@]}" : \
'--protocol=[tcp, udp, icmp, icmpv6 or all]:PROTOCOL:_default' \
'--port=[A port or a range, FROM-TO (tcp and udp)]:PORT[-PORT]:_default' \
'--cidr=[An IPv4 or IPv6 CIDR the rule allows]:CIDR:_default' \
'--source-group=[A security group the rule allows]:SG:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--egress[Outbound traffic (egress) rather than inbound]' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':group_id -- The group'\''s ID (sg-…):_default' \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
'--protocol=[tcp, udp, icmp, icmpv6 or all]:PROTOCOL:_default' \
'--port=[A port or a range, FROM-TO (tcp and udp)]:PORT[-PORT]:_default' \
'--cidr=[An IPv4 or IPv6 CIDR the rule allows]:CIDR:_default' \
'--source-group=[A security group the rule allows]:SG:_default' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--egress[Outbound traffic (egress) rather than inbound]' \
'--dry-run[Check every rule, change nothing]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':group_id -- The group'\''s ID (sg-…):_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
'*::ids -- Group IDs (each must exist):_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_amisim__subcmd__security-groups__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-security-groups-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(authorize)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(drill)
_arguments "${_arguments_options[@]}" : \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'--dry-run[]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_amisim__subcmd__drill_commands" \
"*::: :->drill" \
&& ret=0

    case $state in
    (drill)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-drill-command-$line[1]:"
        case $line[1] in
            (run)
_arguments "${_arguments_options[@]}" : \
'--junit=[Write a JUnit XML report for CI systems]:OUT:_files' \
'--keep-state=[Keep the drill'\''s world in this state file (one drill file only)]:PATH:_files' \
'--state=[The SQLite world file \[env\: AMISIM_STATE\] \[default\: <data dir>/amisim/state.db\]]:PATH:_files' \
'--account=[Who is calling \[env\: AMISIM_ACCOUNT\] \[default\: 111122223333\]]:ID:((111122223333\:"main"
222233334444\:"partner"
333344445555\:"sandbox"))' \
'--region=[Where the call is made \[env\: AMISIM_REGION\] \[default\: us-east-1\]]:CODE:((us-east-1\:"US East (N. Virginia)"
us-east-2\:"US East (Ohio)"
us-west-1\:"US West (N. California)"
us-west-2\:"US West (Oregon)"
af-south-1\:"Africa (Cape Town)"
ap-east-1\:"Asia Pacific (Hong Kong)"
ap-east-2\:"Asia Pacific (Taipei)"
ap-south-1\:"Asia Pacific (Mumbai)"
ap-south-2\:"Asia Pacific (Hyderabad)"
ap-southeast-1\:"Asia Pacific (Singapore)"
ap-southeast-2\:"Asia Pacific (Sydney)"
ap-southeast-3\:"Asia Pacific (Jakarta)"
ap-southeast-4\:"Asia Pacific (Melbourne)"
ap-southeast-5\:"Asia Pacific (Malaysia)"
ap-southeast-7\:"Asia Pacific (Thailand)"
ap-northeast-1\:"Asia Pacific (Tokyo)"
ap-northeast-2\:"Asia Pacific (Seoul)"
ap-northeast-3\:"Asia Pacific (Osaka)"
ca-central-1\:"Canada (Central)"
ca-west-1\:"Canada West (Calgary)"
eu-central-1\:"Europe (Frankfurt)"
eu-central-2\:"Europe (Zurich)"
eu-west-1\:"Europe (Ireland)"
eu-west-2\:"Europe (London)"
eu-west-3\:"Europe (Paris)"
eu-south-1\:"Europe (Milan)"
eu-south-2\:"Europe (Spain)"
eu-north-1\:"Europe (Stockholm)"
il-central-1\:"Israel (Tel Aviv)"
me-south-1\:"Middle East (Bahrain)"
me-central-1\:"Middle East (UAE)"
mx-central-1\:"Mexico (Central)"
sa-east-1\:"South America (Sao Paulo)"))' \
'-o+[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--output=[table, json, yaml or text \[default\: table on a terminal, json otherwise; env AMISIM_OUTPUT\]]:FMT:(table json yaml text)' \
'--query=[JMESPath expression over the JSON output, as in the AWS CLI]:EXPR:_default' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
'*::files -- Drill files (YAML, `kind\: drill`):_files' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_amisim__subcmd__drill__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-drill-help-command-$line[1]:"
        case $line[1] in
            (run)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_amisim__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(copy)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(share)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(launch)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(tag)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(deregister)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(protect)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(deprecate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(modify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(disable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(cleanup)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(init)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(describe)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(attribute)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(explain)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(cost)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(events)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(lineage)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(regions)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(doctor)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(serve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(bench)
_arguments "${_arguments_options[@]}" : \
":: :_amisim__subcmd__help__subcmd__bench_commands" \
"*::: :->bench" \
&& ret=0

    case $state in
    (bench)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-help-bench-command-$line[1]:"
        case $line[1] in
            (seed)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(run)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(serve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(man)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(completions)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(wait)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(catalog)
_arguments "${_arguments_options[@]}" : \
":: :_amisim__subcmd__help__subcmd__catalog_commands" \
"*::: :->catalog" \
&& ret=0

    case $state in
    (catalog)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-help-catalog-command-$line[1]:"
        case $line[1] in
            (import)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(instances)
_arguments "${_arguments_options[@]}" : \
":: :_amisim__subcmd__help__subcmd__instances_commands" \
"*::: :->instances" \
&& ret=0

    case $state in
    (instances)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-help-instances-command-$line[1]:"
        case $line[1] in
            (terminate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(stop)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(start)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(snapshots)
_arguments "${_arguments_options[@]}" : \
":: :_amisim__subcmd__help__subcmd__snapshots_commands" \
"*::: :->snapshots" \
&& ret=0

    case $state in
    (snapshots)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-help-snapshots-command-$line[1]:"
        case $line[1] in
            (share)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(copy)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(restore)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(keys)
_arguments "${_arguments_options[@]}" : \
":: :_amisim__subcmd__help__subcmd__keys_commands" \
"*::: :->keys" \
&& ret=0

    case $state in
    (keys)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-help-keys-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(grant)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(accounts)
_arguments "${_arguments_options[@]}" : \
":: :_amisim__subcmd__help__subcmd__accounts_commands" \
"*::: :->accounts" \
&& ret=0

    case $state in
    (accounts)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-help-accounts-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(block-public-access)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(credentials)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(marketplace)
_arguments "${_arguments_options[@]}" : \
":: :_amisim__subcmd__help__subcmd__marketplace_commands" \
"*::: :->marketplace" \
&& ret=0

    case $state in
    (marketplace)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-help-marketplace-command-$line[1]:"
        case $line[1] in
            (subscribe)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(publish)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(clock)
_arguments "${_arguments_options[@]}" : \
":: :_amisim__subcmd__help__subcmd__clock_commands" \
"*::: :->clock" \
&& ret=0

    case $state in
    (clock)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-help-clock-command-$line[1]:"
        case $line[1] in
            (advance)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(pipeline)
_arguments "${_arguments_options[@]}" : \
":: :_amisim__subcmd__help__subcmd__pipeline_commands" \
"*::: :->pipeline" \
&& ret=0

    case $state in
    (pipeline)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-help-pipeline-command-$line[1]:"
        case $line[1] in
            (apply)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(plan)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(key-pairs)
_arguments "${_arguments_options[@]}" : \
":: :_amisim__subcmd__help__subcmd__key-pairs_commands" \
"*::: :->key-pairs" \
&& ret=0

    case $state in
    (key-pairs)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-help-key-pairs-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(import)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(security-groups)
_arguments "${_arguments_options[@]}" : \
":: :_amisim__subcmd__help__subcmd__security-groups_commands" \
"*::: :->security-groups" \
&& ret=0

    case $state in
    (security-groups)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-help-security-groups-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(authorize)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(drill)
_arguments "${_arguments_options[@]}" : \
":: :_amisim__subcmd__help__subcmd__drill_commands" \
"*::: :->drill" \
&& ret=0

    case $state in
    (drill)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:amisim-help-drill-command-$line[1]:"
        case $line[1] in
            (run)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
}

(( $+functions[_amisim_commands] )) ||
_amisim_commands() {
    local commands; commands=(
'create:Create an image from an instance (CreateImage) or a new root volume (RegisterImage)' \
'copy:Copy an image within or across regions and accounts (CopyImage)' \
'share:Show or change who may launch an image (ModifyImageAttribute)' \
'launch:Launch instances from an image (RunInstances)' \
'tag:Add or remove tags on an image, snapshot or instance (CreateTags)' \
'deregister:Remove an image; its snapshots stay (and bill) unless asked (DeregisterImage)' \
'protect:Turn deregistration protection on or off' \
'deprecate:Set or cancel an image'\''s deprecation time' \
'modify:Change your image'\''s description (ModifyImageAttribute)' \
'disable:Disable an image\: nobody launches or copies it, launch permissions go' \
'enable:Enable a disabled image again (launch permissions stay removed)' \
'cleanup:Which of your images and snapshots could go, why, and what it saves; --apply does it' \
'init:Start a new world in the state file' \
'describe:List the images you can see\: yours, shared with you, public (DescribeImages)' \
'attribute:Show one attribute of your image (DescribeImageAttribute)' \
'explain:Say whether an account may launch, copy, share or see an image, and how to fix it' \
'cost:What the world has cost\: storage, transfer, software fees' \
'events:The audit log of calls, successful and refused' \
'lineage:An image'\''s ancestors and descendants across regions and accounts' \
'regions:The regions of the world, every commercial one (DescribeRegions)' \
'doctor:Check the world'\''s invariants (integrity, snapshots, permissions, names, ledger); exit 1 on problems' \
'serve:Serve the world as an EC2 endpoint for the AWS CLI, boto3, Terraform' \
'bench:Benchmarks\: seed a big world, measure every core operation' \
'man:Write man pages (amisim.1 and one per subcommand)' \
'completions:Print a shell completion script (bash, zsh, fish, elvish, powershell)' \
'wait:Advance the clock until images are available or instances running' \
'catalog:Real public images with their own IDs\: import a DescribeImages document, list them' \
'instances:List, stop, start and terminate instances' \
'snapshots:List and share EBS snapshots' \
'keys:KMS keys\: list, create, grant, revoke' \
'accounts:Accounts of the world and their block public access' \
'marketplace:Paid products\: list and subscribe' \
'clock:The virtual clock\: show, advance' \
'pipeline:Golden image pipelines\: plan (changes nothing) and apply (idempotent)' \
'key-pairs:EC2 key pairs for instances\: list, create, import, delete' \
'security-groups:Security groups of the default VPC\: list, create, delete, authorize, revoke' \
'drill:Run provisioning drills\: YAML files of amisim steps with expectations' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim commands' commands "$@"
}
(( $+functions[_amisim__subcmd__accounts_commands] )) ||
_amisim__subcmd__accounts_commands() {
    local commands; commands=(
'create:Add a user account, with its aws/ebs keys and block public access on (CreateAccount)' \
'block-public-access:Show, or turn on or off, image block public access for your account in the region' \
'credentials:Access key pairs for \`amisim serve\`, as an AWS credentials file (-o json\: records)' \
'list:Every account of the world, system owners included (ListAccounts)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim accounts commands' commands "$@"
}
(( $+functions[_amisim__subcmd__accounts__subcmd__block-public-access_commands] )) ||
_amisim__subcmd__accounts__subcmd__block-public-access_commands() {
    local commands; commands=()
    _describe -t commands 'amisim accounts block-public-access commands' commands "$@"
}
(( $+functions[_amisim__subcmd__accounts__subcmd__create_commands] )) ||
_amisim__subcmd__accounts__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'amisim accounts create commands' commands "$@"
}
(( $+functions[_amisim__subcmd__accounts__subcmd__credentials_commands] )) ||
_amisim__subcmd__accounts__subcmd__credentials_commands() {
    local commands; commands=()
    _describe -t commands 'amisim accounts credentials commands' commands "$@"
}
(( $+functions[_amisim__subcmd__accounts__subcmd__help_commands] )) ||
_amisim__subcmd__accounts__subcmd__help_commands() {
    local commands; commands=(
'create:Add a user account, with its aws/ebs keys and block public access on (CreateAccount)' \
'block-public-access:Show, or turn on or off, image block public access for your account in the region' \
'credentials:Access key pairs for \`amisim serve\`, as an AWS credentials file (-o json\: records)' \
'list:Every account of the world, system owners included (ListAccounts)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim accounts help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__accounts__subcmd__help__subcmd__block-public-access_commands] )) ||
_amisim__subcmd__accounts__subcmd__help__subcmd__block-public-access_commands() {
    local commands; commands=()
    _describe -t commands 'amisim accounts help block-public-access commands' commands "$@"
}
(( $+functions[_amisim__subcmd__accounts__subcmd__help__subcmd__create_commands] )) ||
_amisim__subcmd__accounts__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'amisim accounts help create commands' commands "$@"
}
(( $+functions[_amisim__subcmd__accounts__subcmd__help__subcmd__credentials_commands] )) ||
_amisim__subcmd__accounts__subcmd__help__subcmd__credentials_commands() {
    local commands; commands=()
    _describe -t commands 'amisim accounts help credentials commands' commands "$@"
}
(( $+functions[_amisim__subcmd__accounts__subcmd__help__subcmd__help_commands] )) ||
_amisim__subcmd__accounts__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'amisim accounts help help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__accounts__subcmd__help__subcmd__list_commands] )) ||
_amisim__subcmd__accounts__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'amisim accounts help list commands' commands "$@"
}
(( $+functions[_amisim__subcmd__accounts__subcmd__list_commands] )) ||
_amisim__subcmd__accounts__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'amisim accounts list commands' commands "$@"
}
(( $+functions[_amisim__subcmd__attribute_commands] )) ||
_amisim__subcmd__attribute_commands() {
    local commands; commands=()
    _describe -t commands 'amisim attribute commands' commands "$@"
}
(( $+functions[_amisim__subcmd__bench_commands] )) ||
_amisim__subcmd__bench_commands() {
    local commands; commands=(
'seed:Fill the state file with a realistic world of N images' \
'run:Measure every core operation at several world sizes (release build recommended)' \
'serve:Drive \`amisim serve\` over real HTTP with keep-alive connections at several world sizes' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim bench commands' commands "$@"
}
(( $+functions[_amisim__subcmd__bench__subcmd__help_commands] )) ||
_amisim__subcmd__bench__subcmd__help_commands() {
    local commands; commands=(
'seed:Fill the state file with a realistic world of N images' \
'run:Measure every core operation at several world sizes (release build recommended)' \
'serve:Drive \`amisim serve\` over real HTTP with keep-alive connections at several world sizes' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim bench help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__bench__subcmd__help__subcmd__help_commands] )) ||
_amisim__subcmd__bench__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'amisim bench help help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__bench__subcmd__help__subcmd__run_commands] )) ||
_amisim__subcmd__bench__subcmd__help__subcmd__run_commands() {
    local commands; commands=()
    _describe -t commands 'amisim bench help run commands' commands "$@"
}
(( $+functions[_amisim__subcmd__bench__subcmd__help__subcmd__seed_commands] )) ||
_amisim__subcmd__bench__subcmd__help__subcmd__seed_commands() {
    local commands; commands=()
    _describe -t commands 'amisim bench help seed commands' commands "$@"
}
(( $+functions[_amisim__subcmd__bench__subcmd__help__subcmd__serve_commands] )) ||
_amisim__subcmd__bench__subcmd__help__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'amisim bench help serve commands' commands "$@"
}
(( $+functions[_amisim__subcmd__bench__subcmd__run_commands] )) ||
_amisim__subcmd__bench__subcmd__run_commands() {
    local commands; commands=()
    _describe -t commands 'amisim bench run commands' commands "$@"
}
(( $+functions[_amisim__subcmd__bench__subcmd__seed_commands] )) ||
_amisim__subcmd__bench__subcmd__seed_commands() {
    local commands; commands=()
    _describe -t commands 'amisim bench seed commands' commands "$@"
}
(( $+functions[_amisim__subcmd__bench__subcmd__serve_commands] )) ||
_amisim__subcmd__bench__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'amisim bench serve commands' commands "$@"
}
(( $+functions[_amisim__subcmd__catalog_commands] )) ||
_amisim__subcmd__catalog_commands() {
    local commands; commands=(
'import:Add real public images, with their own IDs, from a DescribeImages JSON document' \
'list:The images \`catalog import\` added, in every region' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim catalog commands' commands "$@"
}
(( $+functions[_amisim__subcmd__catalog__subcmd__help_commands] )) ||
_amisim__subcmd__catalog__subcmd__help_commands() {
    local commands; commands=(
'import:Add real public images, with their own IDs, from a DescribeImages JSON document' \
'list:The images \`catalog import\` added, in every region' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim catalog help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__catalog__subcmd__help__subcmd__help_commands] )) ||
_amisim__subcmd__catalog__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'amisim catalog help help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__catalog__subcmd__help__subcmd__import_commands] )) ||
_amisim__subcmd__catalog__subcmd__help__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'amisim catalog help import commands' commands "$@"
}
(( $+functions[_amisim__subcmd__catalog__subcmd__help__subcmd__list_commands] )) ||
_amisim__subcmd__catalog__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'amisim catalog help list commands' commands "$@"
}
(( $+functions[_amisim__subcmd__catalog__subcmd__import_commands] )) ||
_amisim__subcmd__catalog__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'amisim catalog import commands' commands "$@"
}
(( $+functions[_amisim__subcmd__catalog__subcmd__list_commands] )) ||
_amisim__subcmd__catalog__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'amisim catalog list commands' commands "$@"
}
(( $+functions[_amisim__subcmd__cleanup_commands] )) ||
_amisim__subcmd__cleanup_commands() {
    local commands; commands=()
    _describe -t commands 'amisim cleanup commands' commands "$@"
}
(( $+functions[_amisim__subcmd__clock_commands] )) ||
_amisim__subcmd__clock_commands() {
    local commands; commands=(
'advance:Move the virtual clock forward; pending work settles' \
'show:The virtual now' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim clock commands' commands "$@"
}
(( $+functions[_amisim__subcmd__clock__subcmd__advance_commands] )) ||
_amisim__subcmd__clock__subcmd__advance_commands() {
    local commands; commands=()
    _describe -t commands 'amisim clock advance commands' commands "$@"
}
(( $+functions[_amisim__subcmd__clock__subcmd__help_commands] )) ||
_amisim__subcmd__clock__subcmd__help_commands() {
    local commands; commands=(
'advance:Move the virtual clock forward; pending work settles' \
'show:The virtual now' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim clock help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__clock__subcmd__help__subcmd__advance_commands] )) ||
_amisim__subcmd__clock__subcmd__help__subcmd__advance_commands() {
    local commands; commands=()
    _describe -t commands 'amisim clock help advance commands' commands "$@"
}
(( $+functions[_amisim__subcmd__clock__subcmd__help__subcmd__help_commands] )) ||
_amisim__subcmd__clock__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'amisim clock help help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__clock__subcmd__help__subcmd__show_commands] )) ||
_amisim__subcmd__clock__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'amisim clock help show commands' commands "$@"
}
(( $+functions[_amisim__subcmd__clock__subcmd__show_commands] )) ||
_amisim__subcmd__clock__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'amisim clock show commands' commands "$@"
}
(( $+functions[_amisim__subcmd__completions_commands] )) ||
_amisim__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'amisim completions commands' commands "$@"
}
(( $+functions[_amisim__subcmd__copy_commands] )) ||
_amisim__subcmd__copy_commands() {
    local commands; commands=()
    _describe -t commands 'amisim copy commands' commands "$@"
}
(( $+functions[_amisim__subcmd__cost_commands] )) ||
_amisim__subcmd__cost_commands() {
    local commands; commands=()
    _describe -t commands 'amisim cost commands' commands "$@"
}
(( $+functions[_amisim__subcmd__create_commands] )) ||
_amisim__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'amisim create commands' commands "$@"
}
(( $+functions[_amisim__subcmd__deprecate_commands] )) ||
_amisim__subcmd__deprecate_commands() {
    local commands; commands=()
    _describe -t commands 'amisim deprecate commands' commands "$@"
}
(( $+functions[_amisim__subcmd__deregister_commands] )) ||
_amisim__subcmd__deregister_commands() {
    local commands; commands=()
    _describe -t commands 'amisim deregister commands' commands "$@"
}
(( $+functions[_amisim__subcmd__describe_commands] )) ||
_amisim__subcmd__describe_commands() {
    local commands; commands=()
    _describe -t commands 'amisim describe commands' commands "$@"
}
(( $+functions[_amisim__subcmd__disable_commands] )) ||
_amisim__subcmd__disable_commands() {
    local commands; commands=()
    _describe -t commands 'amisim disable commands' commands "$@"
}
(( $+functions[_amisim__subcmd__doctor_commands] )) ||
_amisim__subcmd__doctor_commands() {
    local commands; commands=()
    _describe -t commands 'amisim doctor commands' commands "$@"
}
(( $+functions[_amisim__subcmd__drill_commands] )) ||
_amisim__subcmd__drill_commands() {
    local commands; commands=(
'run:Run drill files, each on a fresh world' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim drill commands' commands "$@"
}
(( $+functions[_amisim__subcmd__drill__subcmd__help_commands] )) ||
_amisim__subcmd__drill__subcmd__help_commands() {
    local commands; commands=(
'run:Run drill files, each on a fresh world' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim drill help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__drill__subcmd__help__subcmd__help_commands] )) ||
_amisim__subcmd__drill__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'amisim drill help help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__drill__subcmd__help__subcmd__run_commands] )) ||
_amisim__subcmd__drill__subcmd__help__subcmd__run_commands() {
    local commands; commands=()
    _describe -t commands 'amisim drill help run commands' commands "$@"
}
(( $+functions[_amisim__subcmd__drill__subcmd__run_commands] )) ||
_amisim__subcmd__drill__subcmd__run_commands() {
    local commands; commands=()
    _describe -t commands 'amisim drill run commands' commands "$@"
}
(( $+functions[_amisim__subcmd__enable_commands] )) ||
_amisim__subcmd__enable_commands() {
    local commands; commands=()
    _describe -t commands 'amisim enable commands' commands "$@"
}
(( $+functions[_amisim__subcmd__events_commands] )) ||
_amisim__subcmd__events_commands() {
    local commands; commands=()
    _describe -t commands 'amisim events commands' commands "$@"
}
(( $+functions[_amisim__subcmd__explain_commands] )) ||
_amisim__subcmd__explain_commands() {
    local commands; commands=()
    _describe -t commands 'amisim explain commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help_commands] )) ||
_amisim__subcmd__help_commands() {
    local commands; commands=(
'create:Create an image from an instance (CreateImage) or a new root volume (RegisterImage)' \
'copy:Copy an image within or across regions and accounts (CopyImage)' \
'share:Show or change who may launch an image (ModifyImageAttribute)' \
'launch:Launch instances from an image (RunInstances)' \
'tag:Add or remove tags on an image, snapshot or instance (CreateTags)' \
'deregister:Remove an image; its snapshots stay (and bill) unless asked (DeregisterImage)' \
'protect:Turn deregistration protection on or off' \
'deprecate:Set or cancel an image'\''s deprecation time' \
'modify:Change your image'\''s description (ModifyImageAttribute)' \
'disable:Disable an image\: nobody launches or copies it, launch permissions go' \
'enable:Enable a disabled image again (launch permissions stay removed)' \
'cleanup:Which of your images and snapshots could go, why, and what it saves; --apply does it' \
'init:Start a new world in the state file' \
'describe:List the images you can see\: yours, shared with you, public (DescribeImages)' \
'attribute:Show one attribute of your image (DescribeImageAttribute)' \
'explain:Say whether an account may launch, copy, share or see an image, and how to fix it' \
'cost:What the world has cost\: storage, transfer, software fees' \
'events:The audit log of calls, successful and refused' \
'lineage:An image'\''s ancestors and descendants across regions and accounts' \
'regions:The regions of the world, every commercial one (DescribeRegions)' \
'doctor:Check the world'\''s invariants (integrity, snapshots, permissions, names, ledger); exit 1 on problems' \
'serve:Serve the world as an EC2 endpoint for the AWS CLI, boto3, Terraform' \
'bench:Benchmarks\: seed a big world, measure every core operation' \
'man:Write man pages (amisim.1 and one per subcommand)' \
'completions:Print a shell completion script (bash, zsh, fish, elvish, powershell)' \
'wait:Advance the clock until images are available or instances running' \
'catalog:Real public images with their own IDs\: import a DescribeImages document, list them' \
'instances:List, stop, start and terminate instances' \
'snapshots:List and share EBS snapshots' \
'keys:KMS keys\: list, create, grant, revoke' \
'accounts:Accounts of the world and their block public access' \
'marketplace:Paid products\: list and subscribe' \
'clock:The virtual clock\: show, advance' \
'pipeline:Golden image pipelines\: plan (changes nothing) and apply (idempotent)' \
'key-pairs:EC2 key pairs for instances\: list, create, import, delete' \
'security-groups:Security groups of the default VPC\: list, create, delete, authorize, revoke' \
'drill:Run provisioning drills\: YAML files of amisim steps with expectations' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__accounts_commands] )) ||
_amisim__subcmd__help__subcmd__accounts_commands() {
    local commands; commands=(
'create:Add a user account, with its aws/ebs keys and block public access on (CreateAccount)' \
'block-public-access:Show, or turn on or off, image block public access for your account in the region' \
'credentials:Access key pairs for \`amisim serve\`, as an AWS credentials file (-o json\: records)' \
'list:Every account of the world, system owners included (ListAccounts)' \
    )
    _describe -t commands 'amisim help accounts commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__accounts__subcmd__block-public-access_commands] )) ||
_amisim__subcmd__help__subcmd__accounts__subcmd__block-public-access_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help accounts block-public-access commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__accounts__subcmd__create_commands] )) ||
_amisim__subcmd__help__subcmd__accounts__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help accounts create commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__accounts__subcmd__credentials_commands] )) ||
_amisim__subcmd__help__subcmd__accounts__subcmd__credentials_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help accounts credentials commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__accounts__subcmd__list_commands] )) ||
_amisim__subcmd__help__subcmd__accounts__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help accounts list commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__attribute_commands] )) ||
_amisim__subcmd__help__subcmd__attribute_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help attribute commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__bench_commands] )) ||
_amisim__subcmd__help__subcmd__bench_commands() {
    local commands; commands=(
'seed:Fill the state file with a realistic world of N images' \
'run:Measure every core operation at several world sizes (release build recommended)' \
'serve:Drive \`amisim serve\` over real HTTP with keep-alive connections at several world sizes' \
    )
    _describe -t commands 'amisim help bench commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__bench__subcmd__run_commands] )) ||
_amisim__subcmd__help__subcmd__bench__subcmd__run_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help bench run commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__bench__subcmd__seed_commands] )) ||
_amisim__subcmd__help__subcmd__bench__subcmd__seed_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help bench seed commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__bench__subcmd__serve_commands] )) ||
_amisim__subcmd__help__subcmd__bench__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help bench serve commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__catalog_commands] )) ||
_amisim__subcmd__help__subcmd__catalog_commands() {
    local commands; commands=(
'import:Add real public images, with their own IDs, from a DescribeImages JSON document' \
'list:The images \`catalog import\` added, in every region' \
    )
    _describe -t commands 'amisim help catalog commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__catalog__subcmd__import_commands] )) ||
_amisim__subcmd__help__subcmd__catalog__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help catalog import commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__catalog__subcmd__list_commands] )) ||
_amisim__subcmd__help__subcmd__catalog__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help catalog list commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__cleanup_commands] )) ||
_amisim__subcmd__help__subcmd__cleanup_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help cleanup commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__clock_commands] )) ||
_amisim__subcmd__help__subcmd__clock_commands() {
    local commands; commands=(
'advance:Move the virtual clock forward; pending work settles' \
'show:The virtual now' \
    )
    _describe -t commands 'amisim help clock commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__clock__subcmd__advance_commands] )) ||
_amisim__subcmd__help__subcmd__clock__subcmd__advance_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help clock advance commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__clock__subcmd__show_commands] )) ||
_amisim__subcmd__help__subcmd__clock__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help clock show commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__completions_commands] )) ||
_amisim__subcmd__help__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help completions commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__copy_commands] )) ||
_amisim__subcmd__help__subcmd__copy_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help copy commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__cost_commands] )) ||
_amisim__subcmd__help__subcmd__cost_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help cost commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__create_commands] )) ||
_amisim__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help create commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__deprecate_commands] )) ||
_amisim__subcmd__help__subcmd__deprecate_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help deprecate commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__deregister_commands] )) ||
_amisim__subcmd__help__subcmd__deregister_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help deregister commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__describe_commands] )) ||
_amisim__subcmd__help__subcmd__describe_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help describe commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__disable_commands] )) ||
_amisim__subcmd__help__subcmd__disable_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help disable commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__doctor_commands] )) ||
_amisim__subcmd__help__subcmd__doctor_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help doctor commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__drill_commands] )) ||
_amisim__subcmd__help__subcmd__drill_commands() {
    local commands; commands=(
'run:Run drill files, each on a fresh world' \
    )
    _describe -t commands 'amisim help drill commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__drill__subcmd__run_commands] )) ||
_amisim__subcmd__help__subcmd__drill__subcmd__run_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help drill run commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__enable_commands] )) ||
_amisim__subcmd__help__subcmd__enable_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help enable commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__events_commands] )) ||
_amisim__subcmd__help__subcmd__events_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help events commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__explain_commands] )) ||
_amisim__subcmd__help__subcmd__explain_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help explain commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__help_commands] )) ||
_amisim__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__init_commands] )) ||
_amisim__subcmd__help__subcmd__init_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help init commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__instances_commands] )) ||
_amisim__subcmd__help__subcmd__instances_commands() {
    local commands; commands=(
'terminate:Terminate instances (TerminateInstances)' \
'stop:Stop EBS-backed instances (StopInstances)' \
'start:Start stopped instances (StartInstances)' \
'list:List your instances in the region, terminated ones included (DescribeInstances)' \
'status:Status checks of running instances; --all for every state (DescribeInstanceStatus)' \
    )
    _describe -t commands 'amisim help instances commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__instances__subcmd__list_commands] )) ||
_amisim__subcmd__help__subcmd__instances__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help instances list commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__instances__subcmd__start_commands] )) ||
_amisim__subcmd__help__subcmd__instances__subcmd__start_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help instances start commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__instances__subcmd__status_commands] )) ||
_amisim__subcmd__help__subcmd__instances__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help instances status commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__instances__subcmd__stop_commands] )) ||
_amisim__subcmd__help__subcmd__instances__subcmd__stop_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help instances stop commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__instances__subcmd__terminate_commands] )) ||
_amisim__subcmd__help__subcmd__instances__subcmd__terminate_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help instances terminate commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__key-pairs_commands] )) ||
_amisim__subcmd__help__subcmd__key-pairs_commands() {
    local commands; commands=(
'create:Make a key pair; its private key is printed once, never kept (CreateKeyPair)' \
'import:Import the public half of a key you made (ImportKeyPair)' \
'delete:Delete a key pair; a name that does not exist is no error, as on AWS (DeleteKeyPair)' \
'list:Your key pairs in the region (DescribeKeyPairs)' \
    )
    _describe -t commands 'amisim help key-pairs commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__key-pairs__subcmd__create_commands] )) ||
_amisim__subcmd__help__subcmd__key-pairs__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help key-pairs create commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__key-pairs__subcmd__delete_commands] )) ||
_amisim__subcmd__help__subcmd__key-pairs__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help key-pairs delete commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__key-pairs__subcmd__import_commands] )) ||
_amisim__subcmd__help__subcmd__key-pairs__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help key-pairs import commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__key-pairs__subcmd__list_commands] )) ||
_amisim__subcmd__help__subcmd__key-pairs__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help key-pairs list commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__keys_commands] )) ||
_amisim__subcmd__help__subcmd__keys_commands() {
    local commands; commands=(
'create:Create a customer-managed key (CreateKey)' \
'grant:Let another account use a key of yours (CreateGrant)' \
'revoke:Take a grant back (RevokeGrant)' \
'list:Your keys in the region, and keys granted to you (ListKeys)' \
    )
    _describe -t commands 'amisim help keys commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__keys__subcmd__create_commands] )) ||
_amisim__subcmd__help__subcmd__keys__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help keys create commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__keys__subcmd__grant_commands] )) ||
_amisim__subcmd__help__subcmd__keys__subcmd__grant_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help keys grant commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__keys__subcmd__list_commands] )) ||
_amisim__subcmd__help__subcmd__keys__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help keys list commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__keys__subcmd__revoke_commands] )) ||
_amisim__subcmd__help__subcmd__keys__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help keys revoke commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__launch_commands] )) ||
_amisim__subcmd__help__subcmd__launch_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help launch commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__lineage_commands] )) ||
_amisim__subcmd__help__subcmd__lineage_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help lineage commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__man_commands] )) ||
_amisim__subcmd__help__subcmd__man_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help man commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__marketplace_commands] )) ||
_amisim__subcmd__help__subcmd__marketplace_commands() {
    local commands; commands=(
'subscribe:Subscribe to a product so you can launch its images' \
'publish:Sell an image of yours\: a new product code; buyers subscribe and launch' \
'list:Products and whether you subscribe (DescribeProducts)' \
    )
    _describe -t commands 'amisim help marketplace commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__marketplace__subcmd__list_commands] )) ||
_amisim__subcmd__help__subcmd__marketplace__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help marketplace list commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__marketplace__subcmd__publish_commands] )) ||
_amisim__subcmd__help__subcmd__marketplace__subcmd__publish_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help marketplace publish commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__marketplace__subcmd__subscribe_commands] )) ||
_amisim__subcmd__help__subcmd__marketplace__subcmd__subscribe_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help marketplace subscribe commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__modify_commands] )) ||
_amisim__subcmd__help__subcmd__modify_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help modify commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__pipeline_commands] )) ||
_amisim__subcmd__help__subcmd__pipeline_commands() {
    local commands; commands=(
'apply:Build, distribute and age out the golden image; running it again changes nothing' \
'plan:Show what apply would do, the refusals it foresees and the cost forecast; changes nothing' \
    )
    _describe -t commands 'amisim help pipeline commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__pipeline__subcmd__apply_commands] )) ||
_amisim__subcmd__help__subcmd__pipeline__subcmd__apply_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help pipeline apply commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__pipeline__subcmd__plan_commands] )) ||
_amisim__subcmd__help__subcmd__pipeline__subcmd__plan_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help pipeline plan commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__protect_commands] )) ||
_amisim__subcmd__help__subcmd__protect_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help protect commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__regions_commands] )) ||
_amisim__subcmd__help__subcmd__regions_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help regions commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__security-groups_commands] )) ||
_amisim__subcmd__help__subcmd__security-groups_commands() {
    local commands; commands=(
'create:Make a group in the default VPC; it allows all traffic out (CreateSecurityGroup)' \
'delete:Delete a group no instance uses (DeleteSecurityGroup)' \
'authorize:Allow traffic in, or out with --egress (AuthorizeSecurityGroupIngress/Egress)' \
'revoke:Take a rule away (RevokeSecurityGroupIngress/Egress)' \
'list:Your security groups in the region, the default VPC'\''s default group first (DescribeSecurityGroups)' \
    )
    _describe -t commands 'amisim help security-groups commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__security-groups__subcmd__authorize_commands] )) ||
_amisim__subcmd__help__subcmd__security-groups__subcmd__authorize_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help security-groups authorize commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__security-groups__subcmd__create_commands] )) ||
_amisim__subcmd__help__subcmd__security-groups__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help security-groups create commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__security-groups__subcmd__delete_commands] )) ||
_amisim__subcmd__help__subcmd__security-groups__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help security-groups delete commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__security-groups__subcmd__list_commands] )) ||
_amisim__subcmd__help__subcmd__security-groups__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help security-groups list commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__security-groups__subcmd__revoke_commands] )) ||
_amisim__subcmd__help__subcmd__security-groups__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help security-groups revoke commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__serve_commands] )) ||
_amisim__subcmd__help__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help serve commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__share_commands] )) ||
_amisim__subcmd__help__subcmd__share_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help share commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__snapshots_commands] )) ||
_amisim__subcmd__help__subcmd__snapshots_commands() {
    local commands; commands=(
'share:Show or change createVolumePermission (ModifySnapshotAttribute)' \
'copy:Copy a snapshot into --region (CopySnapshot)' \
'delete:Delete a snapshot no registered image uses (DeleteSnapshot)' \
'archive:Move a snapshot to the archive tier\: cheaper, unusable until restored' \
'restore:Restore an archived snapshot to the standard tier, permanently (\$0.03/GiB)' \
'list:List snapshots you own or may create volumes from (DescribeSnapshots)' \
    )
    _describe -t commands 'amisim help snapshots commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__snapshots__subcmd__archive_commands] )) ||
_amisim__subcmd__help__subcmd__snapshots__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help snapshots archive commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__snapshots__subcmd__copy_commands] )) ||
_amisim__subcmd__help__subcmd__snapshots__subcmd__copy_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help snapshots copy commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__snapshots__subcmd__delete_commands] )) ||
_amisim__subcmd__help__subcmd__snapshots__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help snapshots delete commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__snapshots__subcmd__list_commands] )) ||
_amisim__subcmd__help__subcmd__snapshots__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help snapshots list commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__snapshots__subcmd__restore_commands] )) ||
_amisim__subcmd__help__subcmd__snapshots__subcmd__restore_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help snapshots restore commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__snapshots__subcmd__share_commands] )) ||
_amisim__subcmd__help__subcmd__snapshots__subcmd__share_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help snapshots share commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__tag_commands] )) ||
_amisim__subcmd__help__subcmd__tag_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help tag commands' commands "$@"
}
(( $+functions[_amisim__subcmd__help__subcmd__wait_commands] )) ||
_amisim__subcmd__help__subcmd__wait_commands() {
    local commands; commands=()
    _describe -t commands 'amisim help wait commands' commands "$@"
}
(( $+functions[_amisim__subcmd__init_commands] )) ||
_amisim__subcmd__init_commands() {
    local commands; commands=()
    _describe -t commands 'amisim init commands' commands "$@"
}
(( $+functions[_amisim__subcmd__instances_commands] )) ||
_amisim__subcmd__instances_commands() {
    local commands; commands=(
'terminate:Terminate instances (TerminateInstances)' \
'stop:Stop EBS-backed instances (StopInstances)' \
'start:Start stopped instances (StartInstances)' \
'list:List your instances in the region, terminated ones included (DescribeInstances)' \
'status:Status checks of running instances; --all for every state (DescribeInstanceStatus)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim instances commands' commands "$@"
}
(( $+functions[_amisim__subcmd__instances__subcmd__help_commands] )) ||
_amisim__subcmd__instances__subcmd__help_commands() {
    local commands; commands=(
'terminate:Terminate instances (TerminateInstances)' \
'stop:Stop EBS-backed instances (StopInstances)' \
'start:Start stopped instances (StartInstances)' \
'list:List your instances in the region, terminated ones included (DescribeInstances)' \
'status:Status checks of running instances; --all for every state (DescribeInstanceStatus)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim instances help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__instances__subcmd__help__subcmd__help_commands] )) ||
_amisim__subcmd__instances__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'amisim instances help help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__instances__subcmd__help__subcmd__list_commands] )) ||
_amisim__subcmd__instances__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'amisim instances help list commands' commands "$@"
}
(( $+functions[_amisim__subcmd__instances__subcmd__help__subcmd__start_commands] )) ||
_amisim__subcmd__instances__subcmd__help__subcmd__start_commands() {
    local commands; commands=()
    _describe -t commands 'amisim instances help start commands' commands "$@"
}
(( $+functions[_amisim__subcmd__instances__subcmd__help__subcmd__status_commands] )) ||
_amisim__subcmd__instances__subcmd__help__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'amisim instances help status commands' commands "$@"
}
(( $+functions[_amisim__subcmd__instances__subcmd__help__subcmd__stop_commands] )) ||
_amisim__subcmd__instances__subcmd__help__subcmd__stop_commands() {
    local commands; commands=()
    _describe -t commands 'amisim instances help stop commands' commands "$@"
}
(( $+functions[_amisim__subcmd__instances__subcmd__help__subcmd__terminate_commands] )) ||
_amisim__subcmd__instances__subcmd__help__subcmd__terminate_commands() {
    local commands; commands=()
    _describe -t commands 'amisim instances help terminate commands' commands "$@"
}
(( $+functions[_amisim__subcmd__instances__subcmd__list_commands] )) ||
_amisim__subcmd__instances__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'amisim instances list commands' commands "$@"
}
(( $+functions[_amisim__subcmd__instances__subcmd__start_commands] )) ||
_amisim__subcmd__instances__subcmd__start_commands() {
    local commands; commands=()
    _describe -t commands 'amisim instances start commands' commands "$@"
}
(( $+functions[_amisim__subcmd__instances__subcmd__status_commands] )) ||
_amisim__subcmd__instances__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'amisim instances status commands' commands "$@"
}
(( $+functions[_amisim__subcmd__instances__subcmd__stop_commands] )) ||
_amisim__subcmd__instances__subcmd__stop_commands() {
    local commands; commands=()
    _describe -t commands 'amisim instances stop commands' commands "$@"
}
(( $+functions[_amisim__subcmd__instances__subcmd__terminate_commands] )) ||
_amisim__subcmd__instances__subcmd__terminate_commands() {
    local commands; commands=()
    _describe -t commands 'amisim instances terminate commands' commands "$@"
}
(( $+functions[_amisim__subcmd__key-pairs_commands] )) ||
_amisim__subcmd__key-pairs_commands() {
    local commands; commands=(
'create:Make a key pair; its private key is printed once, never kept (CreateKeyPair)' \
'import:Import the public half of a key you made (ImportKeyPair)' \
'delete:Delete a key pair; a name that does not exist is no error, as on AWS (DeleteKeyPair)' \
'list:Your key pairs in the region (DescribeKeyPairs)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim key-pairs commands' commands "$@"
}
(( $+functions[_amisim__subcmd__key-pairs__subcmd__create_commands] )) ||
_amisim__subcmd__key-pairs__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'amisim key-pairs create commands' commands "$@"
}
(( $+functions[_amisim__subcmd__key-pairs__subcmd__delete_commands] )) ||
_amisim__subcmd__key-pairs__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'amisim key-pairs delete commands' commands "$@"
}
(( $+functions[_amisim__subcmd__key-pairs__subcmd__help_commands] )) ||
_amisim__subcmd__key-pairs__subcmd__help_commands() {
    local commands; commands=(
'create:Make a key pair; its private key is printed once, never kept (CreateKeyPair)' \
'import:Import the public half of a key you made (ImportKeyPair)' \
'delete:Delete a key pair; a name that does not exist is no error, as on AWS (DeleteKeyPair)' \
'list:Your key pairs in the region (DescribeKeyPairs)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim key-pairs help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__key-pairs__subcmd__help__subcmd__create_commands] )) ||
_amisim__subcmd__key-pairs__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'amisim key-pairs help create commands' commands "$@"
}
(( $+functions[_amisim__subcmd__key-pairs__subcmd__help__subcmd__delete_commands] )) ||
_amisim__subcmd__key-pairs__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'amisim key-pairs help delete commands' commands "$@"
}
(( $+functions[_amisim__subcmd__key-pairs__subcmd__help__subcmd__help_commands] )) ||
_amisim__subcmd__key-pairs__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'amisim key-pairs help help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__key-pairs__subcmd__help__subcmd__import_commands] )) ||
_amisim__subcmd__key-pairs__subcmd__help__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'amisim key-pairs help import commands' commands "$@"
}
(( $+functions[_amisim__subcmd__key-pairs__subcmd__help__subcmd__list_commands] )) ||
_amisim__subcmd__key-pairs__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'amisim key-pairs help list commands' commands "$@"
}
(( $+functions[_amisim__subcmd__key-pairs__subcmd__import_commands] )) ||
_amisim__subcmd__key-pairs__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'amisim key-pairs import commands' commands "$@"
}
(( $+functions[_amisim__subcmd__key-pairs__subcmd__list_commands] )) ||
_amisim__subcmd__key-pairs__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'amisim key-pairs list commands' commands "$@"
}
(( $+functions[_amisim__subcmd__keys_commands] )) ||
_amisim__subcmd__keys_commands() {
    local commands; commands=(
'create:Create a customer-managed key (CreateKey)' \
'grant:Let another account use a key of yours (CreateGrant)' \
'revoke:Take a grant back (RevokeGrant)' \
'list:Your keys in the region, and keys granted to you (ListKeys)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim keys commands' commands "$@"
}
(( $+functions[_amisim__subcmd__keys__subcmd__create_commands] )) ||
_amisim__subcmd__keys__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'amisim keys create commands' commands "$@"
}
(( $+functions[_amisim__subcmd__keys__subcmd__grant_commands] )) ||
_amisim__subcmd__keys__subcmd__grant_commands() {
    local commands; commands=()
    _describe -t commands 'amisim keys grant commands' commands "$@"
}
(( $+functions[_amisim__subcmd__keys__subcmd__help_commands] )) ||
_amisim__subcmd__keys__subcmd__help_commands() {
    local commands; commands=(
'create:Create a customer-managed key (CreateKey)' \
'grant:Let another account use a key of yours (CreateGrant)' \
'revoke:Take a grant back (RevokeGrant)' \
'list:Your keys in the region, and keys granted to you (ListKeys)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim keys help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__keys__subcmd__help__subcmd__create_commands] )) ||
_amisim__subcmd__keys__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'amisim keys help create commands' commands "$@"
}
(( $+functions[_amisim__subcmd__keys__subcmd__help__subcmd__grant_commands] )) ||
_amisim__subcmd__keys__subcmd__help__subcmd__grant_commands() {
    local commands; commands=()
    _describe -t commands 'amisim keys help grant commands' commands "$@"
}
(( $+functions[_amisim__subcmd__keys__subcmd__help__subcmd__help_commands] )) ||
_amisim__subcmd__keys__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'amisim keys help help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__keys__subcmd__help__subcmd__list_commands] )) ||
_amisim__subcmd__keys__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'amisim keys help list commands' commands "$@"
}
(( $+functions[_amisim__subcmd__keys__subcmd__help__subcmd__revoke_commands] )) ||
_amisim__subcmd__keys__subcmd__help__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'amisim keys help revoke commands' commands "$@"
}
(( $+functions[_amisim__subcmd__keys__subcmd__list_commands] )) ||
_amisim__subcmd__keys__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'amisim keys list commands' commands "$@"
}
(( $+functions[_amisim__subcmd__keys__subcmd__revoke_commands] )) ||
_amisim__subcmd__keys__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'amisim keys revoke commands' commands "$@"
}
(( $+functions[_amisim__subcmd__launch_commands] )) ||
_amisim__subcmd__launch_commands() {
    local commands; commands=()
    _describe -t commands 'amisim launch commands' commands "$@"
}
(( $+functions[_amisim__subcmd__lineage_commands] )) ||
_amisim__subcmd__lineage_commands() {
    local commands; commands=()
    _describe -t commands 'amisim lineage commands' commands "$@"
}
(( $+functions[_amisim__subcmd__man_commands] )) ||
_amisim__subcmd__man_commands() {
    local commands; commands=()
    _describe -t commands 'amisim man commands' commands "$@"
}
(( $+functions[_amisim__subcmd__marketplace_commands] )) ||
_amisim__subcmd__marketplace_commands() {
    local commands; commands=(
'subscribe:Subscribe to a product so you can launch its images' \
'publish:Sell an image of yours\: a new product code; buyers subscribe and launch' \
'list:Products and whether you subscribe (DescribeProducts)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim marketplace commands' commands "$@"
}
(( $+functions[_amisim__subcmd__marketplace__subcmd__help_commands] )) ||
_amisim__subcmd__marketplace__subcmd__help_commands() {
    local commands; commands=(
'subscribe:Subscribe to a product so you can launch its images' \
'publish:Sell an image of yours\: a new product code; buyers subscribe and launch' \
'list:Products and whether you subscribe (DescribeProducts)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim marketplace help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__marketplace__subcmd__help__subcmd__help_commands] )) ||
_amisim__subcmd__marketplace__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'amisim marketplace help help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__marketplace__subcmd__help__subcmd__list_commands] )) ||
_amisim__subcmd__marketplace__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'amisim marketplace help list commands' commands "$@"
}
(( $+functions[_amisim__subcmd__marketplace__subcmd__help__subcmd__publish_commands] )) ||
_amisim__subcmd__marketplace__subcmd__help__subcmd__publish_commands() {
    local commands; commands=()
    _describe -t commands 'amisim marketplace help publish commands' commands "$@"
}
(( $+functions[_amisim__subcmd__marketplace__subcmd__help__subcmd__subscribe_commands] )) ||
_amisim__subcmd__marketplace__subcmd__help__subcmd__subscribe_commands() {
    local commands; commands=()
    _describe -t commands 'amisim marketplace help subscribe commands' commands "$@"
}
(( $+functions[_amisim__subcmd__marketplace__subcmd__list_commands] )) ||
_amisim__subcmd__marketplace__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'amisim marketplace list commands' commands "$@"
}
(( $+functions[_amisim__subcmd__marketplace__subcmd__publish_commands] )) ||
_amisim__subcmd__marketplace__subcmd__publish_commands() {
    local commands; commands=()
    _describe -t commands 'amisim marketplace publish commands' commands "$@"
}
(( $+functions[_amisim__subcmd__marketplace__subcmd__subscribe_commands] )) ||
_amisim__subcmd__marketplace__subcmd__subscribe_commands() {
    local commands; commands=()
    _describe -t commands 'amisim marketplace subscribe commands' commands "$@"
}
(( $+functions[_amisim__subcmd__modify_commands] )) ||
_amisim__subcmd__modify_commands() {
    local commands; commands=()
    _describe -t commands 'amisim modify commands' commands "$@"
}
(( $+functions[_amisim__subcmd__pipeline_commands] )) ||
_amisim__subcmd__pipeline_commands() {
    local commands; commands=(
'apply:Build, distribute and age out the golden image; running it again changes nothing' \
'plan:Show what apply would do, the refusals it foresees and the cost forecast; changes nothing' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim pipeline commands' commands "$@"
}
(( $+functions[_amisim__subcmd__pipeline__subcmd__apply_commands] )) ||
_amisim__subcmd__pipeline__subcmd__apply_commands() {
    local commands; commands=()
    _describe -t commands 'amisim pipeline apply commands' commands "$@"
}
(( $+functions[_amisim__subcmd__pipeline__subcmd__help_commands] )) ||
_amisim__subcmd__pipeline__subcmd__help_commands() {
    local commands; commands=(
'apply:Build, distribute and age out the golden image; running it again changes nothing' \
'plan:Show what apply would do, the refusals it foresees and the cost forecast; changes nothing' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim pipeline help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__pipeline__subcmd__help__subcmd__apply_commands] )) ||
_amisim__subcmd__pipeline__subcmd__help__subcmd__apply_commands() {
    local commands; commands=()
    _describe -t commands 'amisim pipeline help apply commands' commands "$@"
}
(( $+functions[_amisim__subcmd__pipeline__subcmd__help__subcmd__help_commands] )) ||
_amisim__subcmd__pipeline__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'amisim pipeline help help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__pipeline__subcmd__help__subcmd__plan_commands] )) ||
_amisim__subcmd__pipeline__subcmd__help__subcmd__plan_commands() {
    local commands; commands=()
    _describe -t commands 'amisim pipeline help plan commands' commands "$@"
}
(( $+functions[_amisim__subcmd__pipeline__subcmd__plan_commands] )) ||
_amisim__subcmd__pipeline__subcmd__plan_commands() {
    local commands; commands=()
    _describe -t commands 'amisim pipeline plan commands' commands "$@"
}
(( $+functions[_amisim__subcmd__protect_commands] )) ||
_amisim__subcmd__protect_commands() {
    local commands; commands=()
    _describe -t commands 'amisim protect commands' commands "$@"
}
(( $+functions[_amisim__subcmd__regions_commands] )) ||
_amisim__subcmd__regions_commands() {
    local commands; commands=()
    _describe -t commands 'amisim regions commands' commands "$@"
}
(( $+functions[_amisim__subcmd__security-groups_commands] )) ||
_amisim__subcmd__security-groups_commands() {
    local commands; commands=(
'create:Make a group in the default VPC; it allows all traffic out (CreateSecurityGroup)' \
'delete:Delete a group no instance uses (DeleteSecurityGroup)' \
'authorize:Allow traffic in, or out with --egress (AuthorizeSecurityGroupIngress/Egress)' \
'revoke:Take a rule away (RevokeSecurityGroupIngress/Egress)' \
'list:Your security groups in the region, the default VPC'\''s default group first (DescribeSecurityGroups)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim security-groups commands' commands "$@"
}
(( $+functions[_amisim__subcmd__security-groups__subcmd__authorize_commands] )) ||
_amisim__subcmd__security-groups__subcmd__authorize_commands() {
    local commands; commands=()
    _describe -t commands 'amisim security-groups authorize commands' commands "$@"
}
(( $+functions[_amisim__subcmd__security-groups__subcmd__create_commands] )) ||
_amisim__subcmd__security-groups__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'amisim security-groups create commands' commands "$@"
}
(( $+functions[_amisim__subcmd__security-groups__subcmd__delete_commands] )) ||
_amisim__subcmd__security-groups__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'amisim security-groups delete commands' commands "$@"
}
(( $+functions[_amisim__subcmd__security-groups__subcmd__help_commands] )) ||
_amisim__subcmd__security-groups__subcmd__help_commands() {
    local commands; commands=(
'create:Make a group in the default VPC; it allows all traffic out (CreateSecurityGroup)' \
'delete:Delete a group no instance uses (DeleteSecurityGroup)' \
'authorize:Allow traffic in, or out with --egress (AuthorizeSecurityGroupIngress/Egress)' \
'revoke:Take a rule away (RevokeSecurityGroupIngress/Egress)' \
'list:Your security groups in the region, the default VPC'\''s default group first (DescribeSecurityGroups)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim security-groups help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__security-groups__subcmd__help__subcmd__authorize_commands] )) ||
_amisim__subcmd__security-groups__subcmd__help__subcmd__authorize_commands() {
    local commands; commands=()
    _describe -t commands 'amisim security-groups help authorize commands' commands "$@"
}
(( $+functions[_amisim__subcmd__security-groups__subcmd__help__subcmd__create_commands] )) ||
_amisim__subcmd__security-groups__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'amisim security-groups help create commands' commands "$@"
}
(( $+functions[_amisim__subcmd__security-groups__subcmd__help__subcmd__delete_commands] )) ||
_amisim__subcmd__security-groups__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'amisim security-groups help delete commands' commands "$@"
}
(( $+functions[_amisim__subcmd__security-groups__subcmd__help__subcmd__help_commands] )) ||
_amisim__subcmd__security-groups__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'amisim security-groups help help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__security-groups__subcmd__help__subcmd__list_commands] )) ||
_amisim__subcmd__security-groups__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'amisim security-groups help list commands' commands "$@"
}
(( $+functions[_amisim__subcmd__security-groups__subcmd__help__subcmd__revoke_commands] )) ||
_amisim__subcmd__security-groups__subcmd__help__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'amisim security-groups help revoke commands' commands "$@"
}
(( $+functions[_amisim__subcmd__security-groups__subcmd__list_commands] )) ||
_amisim__subcmd__security-groups__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'amisim security-groups list commands' commands "$@"
}
(( $+functions[_amisim__subcmd__security-groups__subcmd__revoke_commands] )) ||
_amisim__subcmd__security-groups__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'amisim security-groups revoke commands' commands "$@"
}
(( $+functions[_amisim__subcmd__serve_commands] )) ||
_amisim__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'amisim serve commands' commands "$@"
}
(( $+functions[_amisim__subcmd__share_commands] )) ||
_amisim__subcmd__share_commands() {
    local commands; commands=()
    _describe -t commands 'amisim share commands' commands "$@"
}
(( $+functions[_amisim__subcmd__snapshots_commands] )) ||
_amisim__subcmd__snapshots_commands() {
    local commands; commands=(
'share:Show or change createVolumePermission (ModifySnapshotAttribute)' \
'copy:Copy a snapshot into --region (CopySnapshot)' \
'delete:Delete a snapshot no registered image uses (DeleteSnapshot)' \
'archive:Move a snapshot to the archive tier\: cheaper, unusable until restored' \
'restore:Restore an archived snapshot to the standard tier, permanently (\$0.03/GiB)' \
'list:List snapshots you own or may create volumes from (DescribeSnapshots)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim snapshots commands' commands "$@"
}
(( $+functions[_amisim__subcmd__snapshots__subcmd__archive_commands] )) ||
_amisim__subcmd__snapshots__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'amisim snapshots archive commands' commands "$@"
}
(( $+functions[_amisim__subcmd__snapshots__subcmd__copy_commands] )) ||
_amisim__subcmd__snapshots__subcmd__copy_commands() {
    local commands; commands=()
    _describe -t commands 'amisim snapshots copy commands' commands "$@"
}
(( $+functions[_amisim__subcmd__snapshots__subcmd__delete_commands] )) ||
_amisim__subcmd__snapshots__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'amisim snapshots delete commands' commands "$@"
}
(( $+functions[_amisim__subcmd__snapshots__subcmd__help_commands] )) ||
_amisim__subcmd__snapshots__subcmd__help_commands() {
    local commands; commands=(
'share:Show or change createVolumePermission (ModifySnapshotAttribute)' \
'copy:Copy a snapshot into --region (CopySnapshot)' \
'delete:Delete a snapshot no registered image uses (DeleteSnapshot)' \
'archive:Move a snapshot to the archive tier\: cheaper, unusable until restored' \
'restore:Restore an archived snapshot to the standard tier, permanently (\$0.03/GiB)' \
'list:List snapshots you own or may create volumes from (DescribeSnapshots)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'amisim snapshots help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__snapshots__subcmd__help__subcmd__archive_commands] )) ||
_amisim__subcmd__snapshots__subcmd__help__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'amisim snapshots help archive commands' commands "$@"
}
(( $+functions[_amisim__subcmd__snapshots__subcmd__help__subcmd__copy_commands] )) ||
_amisim__subcmd__snapshots__subcmd__help__subcmd__copy_commands() {
    local commands; commands=()
    _describe -t commands 'amisim snapshots help copy commands' commands "$@"
}
(( $+functions[_amisim__subcmd__snapshots__subcmd__help__subcmd__delete_commands] )) ||
_amisim__subcmd__snapshots__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'amisim snapshots help delete commands' commands "$@"
}
(( $+functions[_amisim__subcmd__snapshots__subcmd__help__subcmd__help_commands] )) ||
_amisim__subcmd__snapshots__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'amisim snapshots help help commands' commands "$@"
}
(( $+functions[_amisim__subcmd__snapshots__subcmd__help__subcmd__list_commands] )) ||
_amisim__subcmd__snapshots__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'amisim snapshots help list commands' commands "$@"
}
(( $+functions[_amisim__subcmd__snapshots__subcmd__help__subcmd__restore_commands] )) ||
_amisim__subcmd__snapshots__subcmd__help__subcmd__restore_commands() {
    local commands; commands=()
    _describe -t commands 'amisim snapshots help restore commands' commands "$@"
}
(( $+functions[_amisim__subcmd__snapshots__subcmd__help__subcmd__share_commands] )) ||
_amisim__subcmd__snapshots__subcmd__help__subcmd__share_commands() {
    local commands; commands=()
    _describe -t commands 'amisim snapshots help share commands' commands "$@"
}
(( $+functions[_amisim__subcmd__snapshots__subcmd__list_commands] )) ||
_amisim__subcmd__snapshots__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'amisim snapshots list commands' commands "$@"
}
(( $+functions[_amisim__subcmd__snapshots__subcmd__restore_commands] )) ||
_amisim__subcmd__snapshots__subcmd__restore_commands() {
    local commands; commands=()
    _describe -t commands 'amisim snapshots restore commands' commands "$@"
}
(( $+functions[_amisim__subcmd__snapshots__subcmd__share_commands] )) ||
_amisim__subcmd__snapshots__subcmd__share_commands() {
    local commands; commands=()
    _describe -t commands 'amisim snapshots share commands' commands "$@"
}
(( $+functions[_amisim__subcmd__tag_commands] )) ||
_amisim__subcmd__tag_commands() {
    local commands; commands=()
    _describe -t commands 'amisim tag commands' commands "$@"
}
(( $+functions[_amisim__subcmd__wait_commands] )) ||
_amisim__subcmd__wait_commands() {
    local commands; commands=()
    _describe -t commands 'amisim wait commands' commands "$@"
}

if [ "$funcstack[1]" = "_amisim" ]; then
    _amisim "$@"
else
    compdef _amisim amisim
fi
