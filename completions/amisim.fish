# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_amisim_global_optspecs
    string join \n state= account= region= o/output= query= dry-run h/help V/version
end

function __fish_amisim_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_amisim_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_amisim_using_subcommand
    set -l cmd (__fish_amisim_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c amisim -n "__fish_amisim_needs_command" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_needs_command" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_needs_command" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_needs_command" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_needs_command" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_needs_command" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_needs_command" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_needs_command" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "create" -d 'Create an image from an instance (CreateImage) or a new root volume (RegisterImage)'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "copy" -d 'Copy an image within or across regions and accounts (CopyImage)'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "share" -d 'Show or change who may launch an image (ModifyImageAttribute)'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "launch" -d 'Launch instances from an image (RunInstances)'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "describe" -d 'List the images you can see: yours, shared with you, public (DescribeImages)'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "tag" -d 'Add or remove tags on an image, snapshot or instance (CreateTags)'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "deregister" -d 'Remove an image; its snapshots stay (and bill) unless asked (DeregisterImage)'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "protect" -d 'Turn deregistration protection on or off'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "deprecate" -d 'Set or cancel an image\'s deprecation time'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "attribute" -d 'Show one attribute of your image (DescribeImageAttribute)'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "modify" -d 'Change your image\'s description (ModifyImageAttribute)'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "disable" -d 'Disable an image: nobody launches or copies it, launch permissions go'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "enable" -d 'Enable a disabled image again (launch permissions stay removed)'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "instances" -d 'List, stop, start and terminate instances'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "snapshots" -d 'List and share EBS snapshots'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "keys" -d 'KMS keys: list, create, grant, revoke'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "key-pairs" -d 'EC2 key pairs for instances: list, create, import, delete'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "security-groups" -d 'Security groups of the default VPC: list, create, delete, authorize, revoke'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "accounts" -d 'Accounts of the world and their block public access'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "marketplace" -d 'Paid products: list and subscribe'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "clock" -d 'The virtual clock: show, advance'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "explain" -d 'Say whether an account may launch, copy, share or see an image, and how to fix it'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "cost" -d 'What the world has cost: storage, transfer, software fees'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "events" -d 'The audit log of calls, successful and refused'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "lineage" -d 'An image\'s ancestors and descendants across regions and accounts'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "cleanup" -d 'Which of your images and snapshots could go, why, and what it saves; --apply does it'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "wait" -d 'Advance the clock until images are available or instances running'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "regions" -d 'The regions of the world, every commercial one (DescribeRegions)'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "init" -d 'Start a new world in the state file'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "drill" -d 'Run provisioning drills: YAML files of amisim steps with expectations'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "doctor" -d 'Check the world\'s invariants (integrity, snapshots, permissions, names, ledger); exit 1 on problems'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "bench" -d 'Benchmarks: seed a big world, measure every core operation'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "serve" -d 'Serve the world as an EC2 endpoint for the AWS CLI, boto3, Terraform'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "catalog" -d 'Real public images with their own IDs: import a DescribeImages document, list them'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "pipeline" -d 'Golden image pipelines: plan (changes nothing) and apply (idempotent)'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "man" -d 'Write man pages (amisim.1 and one per subcommand)'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c amisim -n "__fish_amisim_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand create" -l name -d 'Image name: 3-128 letters, digits, spaces and ()[]./-\'@_ ; unique per account and region' -r
complete -c amisim -n "__fish_amisim_using_subcommand create" -l instance-id -d 'Create from this instance of yours (CreateImage); otherwise register a new root volume' -r
complete -c amisim -n "__fish_amisim_using_subcommand create" -l root-size -d 'Root volume size in GiB (RegisterImage; default 8)' -r
complete -c amisim -n "__fish_amisim_using_subcommand create" -l volume -d 'Another EBS volume, DEVICE=GIB (repeatable), e.g. /dev/sdb=20' -r
complete -c amisim -n "__fish_amisim_using_subcommand create" -l root-snapshot -d 'Register from an existing snapshot of yours, or shared with you: the image is backed by it' -r
complete -c amisim -n "__fish_amisim_using_subcommand create" -l root-device-name -d 'The root device (RegisterImage; default /dev/xvda)' -r
complete -c amisim -n "__fish_amisim_using_subcommand create" -l kms-key-id -d 'KMS key ID, ARN or alias/NAME in this region (needs --encrypted)' -r
complete -c amisim -n "__fish_amisim_using_subcommand create" -l architecture -d 'x86_64 or arm64 (RegisterImage; default x86_64)' -r
complete -c amisim -n "__fish_amisim_using_subcommand create" -l description -d 'Description of the image, at most 255 characters' -r
complete -c amisim -n "__fish_amisim_using_subcommand create" -l tag -d 'KEY=VALUE (repeatable)' -r
complete -c amisim -n "__fish_amisim_using_subcommand create" -l timeout -d 'Give up waiting after this long (virtual time), e.g. 30m' -r
complete -c amisim -n "__fish_amisim_using_subcommand create" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand create" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand create" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand create" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand create" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand create" -l instance-store -d 'Instance-store backed: a root template in object storage, no snapshots'
complete -c amisim -n "__fish_amisim_using_subcommand create" -l encrypted -d 'Encrypt the snapshots (default key: your aws/ebs key in the region)'
complete -c amisim -n "__fish_amisim_using_subcommand create" -l no-reboot -d 'Accepted for AWS CLI familiarity; the simulated instance is not rebooted either way'
complete -c amisim -n "__fish_amisim_using_subcommand create" -l wait -d 'Advance the virtual clock until the resource settles'
complete -c amisim -n "__fish_amisim_using_subcommand create" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand create" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand create" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand copy" -l source-image-id -d 'The image to copy' -r
complete -c amisim -n "__fish_amisim_using_subcommand copy" -l source-region -d 'Where the source image lives (the copy lands in --region)' -r
complete -c amisim -n "__fish_amisim_using_subcommand copy" -l name -d 'Name of the new image, free in the destination region' -r
complete -c amisim -n "__fish_amisim_using_subcommand copy" -l description -d 'Defaults to the source\'s description' -r
complete -c amisim -n "__fish_amisim_using_subcommand copy" -l kms-key-id -d 'KMS key in the destination region (needs --encrypted)' -r
complete -c amisim -n "__fish_amisim_using_subcommand copy" -l tag -d 'Tag the new image, KEY=VALUE (repeatable)' -r
complete -c amisim -n "__fish_amisim_using_subcommand copy" -l client-token -d 'Idempotency token: the same token and parameters give the same answer, once' -r
complete -c amisim -n "__fish_amisim_using_subcommand copy" -l timeout -d 'Give up waiting after this long (virtual time), e.g. 30m' -r
complete -c amisim -n "__fish_amisim_using_subcommand copy" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand copy" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand copy" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand copy" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand copy" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand copy" -l encrypted -d 'Encrypt the copy (default key: your aws/ebs in the destination)'
complete -c amisim -n "__fish_amisim_using_subcommand copy" -l unencrypted -l no-encrypted -d 'Ask for an unencrypted copy (refused for encrypted sources)'
complete -c amisim -n "__fish_amisim_using_subcommand copy" -l copy-tags -d 'Copy the source\'s tags too'
complete -c amisim -n "__fish_amisim_using_subcommand copy" -l inject-failure -d 'Rehearse a failure: the copy settles as `failed`'
complete -c amisim -n "__fish_amisim_using_subcommand copy" -l wait -d 'Advance the virtual clock until the resource settles'
complete -c amisim -n "__fish_amisim_using_subcommand copy" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand copy" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand copy" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand share" -l add -d 'Grant launch permission to accounts (several values or repeated)' -r
complete -c amisim -n "__fish_amisim_using_subcommand share" -l remove -d 'Remove launch permission from accounts' -r
complete -c amisim -n "__fish_amisim_using_subcommand share" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand share" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand share" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand share" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand share" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand share" -l public -d 'Share with everyone (group all)'
complete -c amisim -n "__fish_amisim_using_subcommand share" -l private -d 'Remove the group all (accounts stay)'
complete -c amisim -n "__fish_amisim_using_subcommand share" -l with-snapshots -d 'Also grant (or revoke) createVolumePermission on the backing snapshots'
complete -c amisim -n "__fish_amisim_using_subcommand share" -l reset -d 'Remove every launch permission (ResetImageAttribute); snapshots keep theirs'
complete -c amisim -n "__fish_amisim_using_subcommand share" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand share" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand share" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand launch" -l image-id -d 'The image to launch, as the AWS CLI spells it' -r
complete -c amisim -n "__fish_amisim_using_subcommand launch" -l count -l instance-count -d 'How many instances (1-100)' -r
complete -c amisim -n "__fish_amisim_using_subcommand launch" -l instance-type -d 'Default: t3.micro for x86_64, t4g.micro for arm64' -r
complete -c amisim -n "__fish_amisim_using_subcommand launch" -l root-size -d 'Root volume size in GiB (at least the snapshot\'s)' -r
complete -c amisim -n "__fish_amisim_using_subcommand launch" -l tag -d 'Tag the instances, KEY=VALUE (repeatable)' -r
complete -c amisim -n "__fish_amisim_using_subcommand launch" -l client-token -d 'Idempotency token: the same token and parameters give the same answer, once' -r
complete -c amisim -n "__fish_amisim_using_subcommand launch" -l key-name -d 'A key pair of yours in the region (amisim key-pairs)' -r
complete -c amisim -n "__fish_amisim_using_subcommand launch" -l security-group-id -d 'Security groups by ID, repeatable (default: the default VPC\'s default group)' -r
complete -c amisim -n "__fish_amisim_using_subcommand launch" -l subnet-id -d 'A default subnet of the region (its zone places the instances)' -r
complete -c amisim -n "__fish_amisim_using_subcommand launch" -l timeout -d 'Give up waiting after this long (virtual time), e.g. 30m' -r
complete -c amisim -n "__fish_amisim_using_subcommand launch" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand launch" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand launch" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand launch" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand launch" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand launch" -l disable-api-termination -d 'Protect the instances from termination (disableApiTermination)'
complete -c amisim -n "__fish_amisim_using_subcommand launch" -l wait -d 'Advance the virtual clock until the resource settles'
complete -c amisim -n "__fish_amisim_using_subcommand launch" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand launch" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand launch" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand describe" -l image-ids -d 'Image IDs, as the AWS CLI spells it (several values or repeated)' -r
complete -c amisim -n "__fish_amisim_using_subcommand describe" -l owners -d 'self, amazon, aws-marketplace or account IDs' -r
complete -c amisim -n "__fish_amisim_using_subcommand describe" -l executable-users -d 'self, all, or account IDs with explicit launch permission' -r
complete -c amisim -n "__fish_amisim_using_subcommand describe" -l filter -l filters -d 'Name=KEY,Values=V1,V2 with * and ? wildcards (several values or repeated)' -r
complete -c amisim -n "__fish_amisim_using_subcommand describe" -l max-results -d 'At most this many results; the answer\'s NextToken fetches the rest' -r
complete -c amisim -n "__fish_amisim_using_subcommand describe" -l next-token -d 'Continue a listing where a previous page ended' -r
complete -c amisim -n "__fish_amisim_using_subcommand describe" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand describe" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand describe" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand describe" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand describe" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand describe" -l include-deprecated -d 'Show other accounts\' deprecated images too'
complete -c amisim -n "__fish_amisim_using_subcommand describe" -l include-disabled -d 'Show your disabled images too'
complete -c amisim -n "__fish_amisim_using_subcommand describe" -l all-regions -d 'Look in every region'
complete -c amisim -n "__fish_amisim_using_subcommand describe" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand describe" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand describe" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand tag" -l remove -d 'Tag keys to delete' -r
complete -c amisim -n "__fish_amisim_using_subcommand tag" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand tag" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand tag" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand tag" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand tag" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand tag" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand tag" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand tag" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand deregister" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand deregister" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand deregister" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand deregister" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand deregister" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand deregister" -l delete-associated-snapshots -d 'Delete the snapshots too (otherwise they stay, and keep billing)'
complete -c amisim -n "__fish_amisim_using_subcommand deregister" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand deregister" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand deregister" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand protect" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand protect" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand protect" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand protect" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand protect" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand protect" -l with-cooldown -d 'Keep protection for 24 hours after it is turned off'
complete -c amisim -n "__fish_amisim_using_subcommand protect" -l off -d 'Turn protection off'
complete -c amisim -n "__fish_amisim_using_subcommand protect" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand protect" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand protect" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand deprecate" -l at -d 'RFC 3339 time (UTC)' -r
complete -c amisim -n "__fish_amisim_using_subcommand deprecate" -l in -d 'A duration from now, e.g. 30d' -r
complete -c amisim -n "__fish_amisim_using_subcommand deprecate" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand deprecate" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand deprecate" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand deprecate" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand deprecate" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand deprecate" -l cancel -d 'Remove the deprecation time'
complete -c amisim -n "__fish_amisim_using_subcommand deprecate" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand deprecate" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand deprecate" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand attribute" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand attribute" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand attribute" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand attribute" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand attribute" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand attribute" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand attribute" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand attribute" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand modify" -l description -d 'The new description (at most 255 characters; empty removes it)' -r
complete -c amisim -n "__fish_amisim_using_subcommand modify" -l imds-support -d 'Require IMDSv2 of instances launched from the image (v2.0; one-way)' -r
complete -c amisim -n "__fish_amisim_using_subcommand modify" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand modify" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand modify" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand modify" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand modify" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand modify" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand modify" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand modify" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand disable" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand disable" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand disable" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand disable" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand disable" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand disable" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand disable" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand disable" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand enable" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand enable" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand enable" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand enable" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand enable" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand enable" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand enable" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand enable" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and not __fish_seen_subcommand_from list terminate stop start status help" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand instances; and not __fish_seen_subcommand_from list terminate stop start status help" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand instances; and not __fish_seen_subcommand_from list terminate stop start status help" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand instances; and not __fish_seen_subcommand_from list terminate stop start status help" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand instances; and not __fish_seen_subcommand_from list terminate stop start status help" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand instances; and not __fish_seen_subcommand_from list terminate stop start status help" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and not __fish_seen_subcommand_from list terminate stop start status help" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and not __fish_seen_subcommand_from list terminate stop start status help" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and not __fish_seen_subcommand_from list terminate stop start status help" -f -a "list" -d 'List your instances in the region, terminated ones included (DescribeInstances)'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and not __fish_seen_subcommand_from list terminate stop start status help" -f -a "terminate" -d 'Terminate instances (TerminateInstances)'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and not __fish_seen_subcommand_from list terminate stop start status help" -f -a "stop" -d 'Stop EBS-backed instances (StopInstances)'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and not __fish_seen_subcommand_from list terminate stop start status help" -f -a "start" -d 'Start stopped instances (StartInstances)'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and not __fish_seen_subcommand_from list terminate stop start status help" -f -a "status" -d 'Status checks of running instances; --all for every state (DescribeInstanceStatus)'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and not __fish_seen_subcommand_from list terminate stop start status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from list" -l filter -l filters -d 'Name=KEY,Values=V1,V2 (instance-state-name, image-id, instance-type, tag:KEY, …)' -r
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from list" -l max-results -d 'At most this many results; the answer\'s NextToken fetches the rest' -r
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from list" -l next-token -d 'Continue a listing where a previous page ended' -r
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from list" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from list" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from list" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from list" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from list" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from list" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from terminate" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from terminate" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from terminate" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from terminate" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from terminate" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from terminate" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from terminate" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from terminate" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from stop" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from stop" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from stop" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from stop" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from stop" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from stop" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from start" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from start" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from start" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from start" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from start" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from start" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from status" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from status" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from status" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from status" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from status" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from status" -l all -d 'Instances in every state, not only running ones (IncludeAllInstances)'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from status" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from help" -f -a "list" -d 'List your instances in the region, terminated ones included (DescribeInstances)'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from help" -f -a "terminate" -d 'Terminate instances (TerminateInstances)'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop EBS-backed instances (StopInstances)'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start stopped instances (StartInstances)'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from help" -f -a "status" -d 'Status checks of running instances; --all for every state (DescribeInstanceStatus)'
complete -c amisim -n "__fish_amisim_using_subcommand instances; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and not __fish_seen_subcommand_from list share copy delete archive restore help" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and not __fish_seen_subcommand_from list share copy delete archive restore help" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and not __fish_seen_subcommand_from list share copy delete archive restore help" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and not __fish_seen_subcommand_from list share copy delete archive restore help" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and not __fish_seen_subcommand_from list share copy delete archive restore help" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and not __fish_seen_subcommand_from list share copy delete archive restore help" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and not __fish_seen_subcommand_from list share copy delete archive restore help" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and not __fish_seen_subcommand_from list share copy delete archive restore help" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and not __fish_seen_subcommand_from list share copy delete archive restore help" -f -a "list" -d 'List snapshots you own or may create volumes from (DescribeSnapshots)'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and not __fish_seen_subcommand_from list share copy delete archive restore help" -f -a "share" -d 'Show or change createVolumePermission (ModifySnapshotAttribute)'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and not __fish_seen_subcommand_from list share copy delete archive restore help" -f -a "copy" -d 'Copy a snapshot into --region (CopySnapshot)'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and not __fish_seen_subcommand_from list share copy delete archive restore help" -f -a "delete" -d 'Delete a snapshot no registered image uses (DeleteSnapshot)'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and not __fish_seen_subcommand_from list share copy delete archive restore help" -f -a "archive" -d 'Move a snapshot to the archive tier: cheaper, unusable until restored'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and not __fish_seen_subcommand_from list share copy delete archive restore help" -f -a "restore" -d 'Restore an archived snapshot to the standard tier, permanently ($0.03/GiB)'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and not __fish_seen_subcommand_from list share copy delete archive restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from list" -l owners -d 'self, amazon or account IDs' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from list" -l restorable-by -d 'Snapshots these accounts may create volumes from: self, all or account IDs' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from list" -l filter -l filters -d 'Name=KEY,Values=V1,V2 (owner-id, status, storage-tier, encrypted, volume-size, tag:KEY)' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from list" -l max-results -d 'At most this many results; the answer\'s NextToken fetches the rest' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from list" -l next-token -d 'Continue a listing where a previous page ended' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from list" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from list" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from list" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from list" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from list" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from list" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from share" -l add -d 'Accounts (or all) to grant' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from share" -l remove -d 'Accounts (or all) to revoke' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from share" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from share" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from share" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from share" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from share" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from share" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from share" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from share" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from copy" -l source-region -d 'The region the snapshot is in' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from copy" -l kms-key-id -d 'KMS key in the destination region (needs --encrypted)' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from copy" -l description -d 'Description of the new snapshot' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from copy" -l tag -d 'Tag the new snapshot, KEY=VALUE (repeatable)' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from copy" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from copy" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from copy" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from copy" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from copy" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from copy" -l encrypted -d 'Encrypt the copy (needed to copy an unencrypted snapshot into an encrypted one)'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from copy" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from delete" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from delete" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from delete" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from delete" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from delete" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from delete" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from archive" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from archive" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from archive" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from archive" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from archive" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from archive" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from archive" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from restore" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from restore" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from restore" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from restore" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from restore" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from restore" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from help" -f -a "list" -d 'List snapshots you own or may create volumes from (DescribeSnapshots)'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from help" -f -a "share" -d 'Show or change createVolumePermission (ModifySnapshotAttribute)'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy a snapshot into --region (CopySnapshot)'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a snapshot no registered image uses (DeleteSnapshot)'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Move a snapshot to the archive tier: cheaper, unusable until restored'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Restore an archived snapshot to the standard tier, permanently ($0.03/GiB)'
complete -c amisim -n "__fish_amisim_using_subcommand snapshots; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand keys; and not __fish_seen_subcommand_from list create grant revoke help" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand keys; and not __fish_seen_subcommand_from list create grant revoke help" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand keys; and not __fish_seen_subcommand_from list create grant revoke help" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand keys; and not __fish_seen_subcommand_from list create grant revoke help" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand keys; and not __fish_seen_subcommand_from list create grant revoke help" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand keys; and not __fish_seen_subcommand_from list create grant revoke help" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand keys; and not __fish_seen_subcommand_from list create grant revoke help" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand keys; and not __fish_seen_subcommand_from list create grant revoke help" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand keys; and not __fish_seen_subcommand_from list create grant revoke help" -f -a "list" -d 'Your keys in the region, and keys granted to you (ListKeys)'
complete -c amisim -n "__fish_amisim_using_subcommand keys; and not __fish_seen_subcommand_from list create grant revoke help" -f -a "create" -d 'Create a customer-managed key (CreateKey)'
complete -c amisim -n "__fish_amisim_using_subcommand keys; and not __fish_seen_subcommand_from list create grant revoke help" -f -a "grant" -d 'Let another account use a key of yours (CreateGrant)'
complete -c amisim -n "__fish_amisim_using_subcommand keys; and not __fish_seen_subcommand_from list create grant revoke help" -f -a "revoke" -d 'Take a grant back (RevokeGrant)'
complete -c amisim -n "__fish_amisim_using_subcommand keys; and not __fish_seen_subcommand_from list create grant revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from list" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from list" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from list" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from list" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from list" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from list" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from create" -l alias -d 'alias/NAME or NAME' -r
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from create" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from create" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from create" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from create" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from create" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from create" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from grant" -l grantee -d 'The account the grant is for (12 digits)' -r
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from grant" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from grant" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from grant" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from grant" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from grant" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from grant" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from revoke" -l grantee -d 'The account the grant is for (12 digits)' -r
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from revoke" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from revoke" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from revoke" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from revoke" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from revoke" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from revoke" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "list" -d 'Your keys in the region, and keys granted to you (ListKeys)'
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a customer-managed key (CreateKey)'
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Let another account use a key of yours (CreateGrant)'
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Take a grant back (RevokeGrant)'
complete -c amisim -n "__fish_amisim_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and not __fish_seen_subcommand_from list create import delete help" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and not __fish_seen_subcommand_from list create import delete help" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and not __fish_seen_subcommand_from list create import delete help" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and not __fish_seen_subcommand_from list create import delete help" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and not __fish_seen_subcommand_from list create import delete help" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and not __fish_seen_subcommand_from list create import delete help" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and not __fish_seen_subcommand_from list create import delete help" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and not __fish_seen_subcommand_from list create import delete help" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and not __fish_seen_subcommand_from list create import delete help" -f -a "list" -d 'Your key pairs in the region (DescribeKeyPairs)'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and not __fish_seen_subcommand_from list create import delete help" -f -a "create" -d 'Make a key pair; its private key is printed once, never kept (CreateKeyPair)'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and not __fish_seen_subcommand_from list create import delete help" -f -a "import" -d 'Import the public half of a key you made (ImportKeyPair)'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and not __fish_seen_subcommand_from list create import delete help" -f -a "delete" -d 'Delete a key pair; a name that does not exist is no error, as on AWS (DeleteKeyPair)'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and not __fish_seen_subcommand_from list create import delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from list" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from list" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from list" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from list" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from list" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from list" -l public-key -d 'Show each public key too'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from list" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from create" -l type -d 'rsa (2048 bits, PEM) or ed25519 (OpenSSH format)' -r -f -a "rsa\t''
ed25519\t''"
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from create" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from create" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from create" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from create" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from create" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from create" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from import" -l public-key-file -d 'An OpenSSH public key file (ssh-rsa or ssh-ed25519)' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from import" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from import" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from import" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from import" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from import" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from delete" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from delete" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from delete" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from delete" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from delete" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from delete" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from help" -f -a "list" -d 'Your key pairs in the region (DescribeKeyPairs)'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from help" -f -a "create" -d 'Make a key pair; its private key is printed once, never kept (CreateKeyPair)'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import the public half of a key you made (ImportKeyPair)'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a key pair; a name that does not exist is no error, as on AWS (DeleteKeyPair)'
complete -c amisim -n "__fish_amisim_using_subcommand key-pairs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and not __fish_seen_subcommand_from list create delete authorize revoke help" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and not __fish_seen_subcommand_from list create delete authorize revoke help" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and not __fish_seen_subcommand_from list create delete authorize revoke help" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and not __fish_seen_subcommand_from list create delete authorize revoke help" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and not __fish_seen_subcommand_from list create delete authorize revoke help" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and not __fish_seen_subcommand_from list create delete authorize revoke help" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and not __fish_seen_subcommand_from list create delete authorize revoke help" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and not __fish_seen_subcommand_from list create delete authorize revoke help" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and not __fish_seen_subcommand_from list create delete authorize revoke help" -f -a "list" -d 'Your security groups in the region, the default VPC\'s default group first (DescribeSecurityGroups)'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and not __fish_seen_subcommand_from list create delete authorize revoke help" -f -a "create" -d 'Make a group in the default VPC; it allows all traffic out (CreateSecurityGroup)'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and not __fish_seen_subcommand_from list create delete authorize revoke help" -f -a "delete" -d 'Delete a group no instance uses (DeleteSecurityGroup)'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and not __fish_seen_subcommand_from list create delete authorize revoke help" -f -a "authorize" -d 'Allow traffic in, or out with --egress (AuthorizeSecurityGroupIngress/Egress)'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and not __fish_seen_subcommand_from list create delete authorize revoke help" -f -a "revoke" -d 'Take a rule away (RevokeSecurityGroupIngress/Egress)'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and not __fish_seen_subcommand_from list create delete authorize revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from list" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from list" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from list" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from list" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from list" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from list" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from create" -l description -d 'What the group is for (required, as on AWS)' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from create" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from create" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from create" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from create" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from create" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from create" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from delete" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from delete" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from delete" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from delete" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from delete" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from delete" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from authorize" -l protocol -d 'tcp, udp, icmp, icmpv6 or all' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from authorize" -l port -d 'A port or a range, FROM-TO (tcp and udp)' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from authorize" -l cidr -d 'An IPv4 or IPv6 CIDR the rule allows' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from authorize" -l source-group -d 'A security group the rule allows' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from authorize" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from authorize" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from authorize" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from authorize" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from authorize" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from authorize" -l egress -d 'Outbound traffic (egress) rather than inbound'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from authorize" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from authorize" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from authorize" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from revoke" -l protocol -d 'tcp, udp, icmp, icmpv6 or all' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from revoke" -l port -d 'A port or a range, FROM-TO (tcp and udp)' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from revoke" -l cidr -d 'An IPv4 or IPv6 CIDR the rule allows' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from revoke" -l source-group -d 'A security group the rule allows' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from revoke" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from revoke" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from revoke" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from revoke" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from revoke" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from revoke" -l egress -d 'Outbound traffic (egress) rather than inbound'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from revoke" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from help" -f -a "list" -d 'Your security groups in the region, the default VPC\'s default group first (DescribeSecurityGroups)'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from help" -f -a "create" -d 'Make a group in the default VPC; it allows all traffic out (CreateSecurityGroup)'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a group no instance uses (DeleteSecurityGroup)'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from help" -f -a "authorize" -d 'Allow traffic in, or out with --egress (AuthorizeSecurityGroupIngress/Egress)'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Take a rule away (RevokeSecurityGroupIngress/Egress)'
complete -c amisim -n "__fish_amisim_using_subcommand security-groups; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and not __fish_seen_subcommand_from list create block-public-access credentials help" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and not __fish_seen_subcommand_from list create block-public-access credentials help" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and not __fish_seen_subcommand_from list create block-public-access credentials help" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and not __fish_seen_subcommand_from list create block-public-access credentials help" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and not __fish_seen_subcommand_from list create block-public-access credentials help" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and not __fish_seen_subcommand_from list create block-public-access credentials help" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and not __fish_seen_subcommand_from list create block-public-access credentials help" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and not __fish_seen_subcommand_from list create block-public-access credentials help" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and not __fish_seen_subcommand_from list create block-public-access credentials help" -f -a "list" -d 'Every account of the world, system owners included (ListAccounts)'
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and not __fish_seen_subcommand_from list create block-public-access credentials help" -f -a "create" -d 'Add a user account, with its aws/ebs keys and block public access on (CreateAccount)'
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and not __fish_seen_subcommand_from list create block-public-access credentials help" -f -a "block-public-access" -d 'Show, or turn on or off, image block public access for your account in the region'
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and not __fish_seen_subcommand_from list create block-public-access credentials help" -f -a "credentials" -d 'Access key pairs for `amisim serve`, as an AWS credentials file (-o json: records)'
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and not __fish_seen_subcommand_from list create block-public-access credentials help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from list" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from list" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from list" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from list" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from list" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from list" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from create" -l id -d '12 digits (default: a new deterministic ID)' -r
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from create" -l name -d 'A name for the account (default: account- and its last four digits)' -r
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from create" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from create" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from create" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from create" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from create" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from create" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from block-public-access" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from block-public-access" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from block-public-access" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from block-public-access" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from block-public-access" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from block-public-access" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from block-public-access" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from block-public-access" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from credentials" -l rotate -d 'Replace ACCOUNT\'s pair with a fresh random one, kept in the world; the old pair stops working at once' -r
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from credentials" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from credentials" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from credentials" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from credentials" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from credentials" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from credentials" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from credentials" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from credentials" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every account of the world, system owners included (ListAccounts)'
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "create" -d 'Add a user account, with its aws/ebs keys and block public access on (CreateAccount)'
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "block-public-access" -d 'Show, or turn on or off, image block public access for your account in the region'
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "credentials" -d 'Access key pairs for `amisim serve`, as an AWS credentials file (-o json: records)'
complete -c amisim -n "__fish_amisim_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and not __fish_seen_subcommand_from list subscribe publish help" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and not __fish_seen_subcommand_from list subscribe publish help" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and not __fish_seen_subcommand_from list subscribe publish help" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and not __fish_seen_subcommand_from list subscribe publish help" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and not __fish_seen_subcommand_from list subscribe publish help" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and not __fish_seen_subcommand_from list subscribe publish help" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and not __fish_seen_subcommand_from list subscribe publish help" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and not __fish_seen_subcommand_from list subscribe publish help" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and not __fish_seen_subcommand_from list subscribe publish help" -f -a "list" -d 'Products and whether you subscribe (DescribeProducts)'
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and not __fish_seen_subcommand_from list subscribe publish help" -f -a "subscribe" -d 'Subscribe to a product so you can launch its images'
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and not __fish_seen_subcommand_from list subscribe publish help" -f -a "publish" -d 'Sell an image of yours: a new product code; buyers subscribe and launch'
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and not __fish_seen_subcommand_from list subscribe publish help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from list" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from list" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from list" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from list" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from list" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from list" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from subscribe" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from subscribe" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from subscribe" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from subscribe" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from subscribe" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from subscribe" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from subscribe" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from subscribe" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from publish" -l price -d 'USD per instance-hour' -r
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from publish" -l name -d 'Product name (default: the image name)' -r
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from publish" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from publish" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from publish" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from publish" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from publish" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from publish" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from publish" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from publish" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from help" -f -a "list" -d 'Products and whether you subscribe (DescribeProducts)'
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from help" -f -a "subscribe" -d 'Subscribe to a product so you can launch its images'
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from help" -f -a "publish" -d 'Sell an image of yours: a new product code; buyers subscribe and launch'
complete -c amisim -n "__fish_amisim_using_subcommand marketplace; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand clock; and not __fish_seen_subcommand_from show advance help" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand clock; and not __fish_seen_subcommand_from show advance help" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand clock; and not __fish_seen_subcommand_from show advance help" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand clock; and not __fish_seen_subcommand_from show advance help" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand clock; and not __fish_seen_subcommand_from show advance help" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand clock; and not __fish_seen_subcommand_from show advance help" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand clock; and not __fish_seen_subcommand_from show advance help" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand clock; and not __fish_seen_subcommand_from show advance help" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand clock; and not __fish_seen_subcommand_from show advance help" -f -a "show" -d 'The virtual now'
complete -c amisim -n "__fish_amisim_using_subcommand clock; and not __fish_seen_subcommand_from show advance help" -f -a "advance" -d 'Move the virtual clock forward; pending work settles'
complete -c amisim -n "__fish_amisim_using_subcommand clock; and not __fish_seen_subcommand_from show advance help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand clock; and __fish_seen_subcommand_from show" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand clock; and __fish_seen_subcommand_from show" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand clock; and __fish_seen_subcommand_from show" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand clock; and __fish_seen_subcommand_from show" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand clock; and __fish_seen_subcommand_from show" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand clock; and __fish_seen_subcommand_from show" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand clock; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand clock; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand clock; and __fish_seen_subcommand_from advance" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand clock; and __fish_seen_subcommand_from advance" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand clock; and __fish_seen_subcommand_from advance" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand clock; and __fish_seen_subcommand_from advance" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand clock; and __fish_seen_subcommand_from advance" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand clock; and __fish_seen_subcommand_from advance" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand clock; and __fish_seen_subcommand_from advance" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand clock; and __fish_seen_subcommand_from advance" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand clock; and __fish_seen_subcommand_from help" -f -a "show" -d 'The virtual now'
complete -c amisim -n "__fish_amisim_using_subcommand clock; and __fish_seen_subcommand_from help" -f -a "advance" -d 'Move the virtual clock forward; pending work settles'
complete -c amisim -n "__fish_amisim_using_subcommand clock; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand explain" -l action -d 'The operation to ask about' -r -f -a "launch\t''
copy\t''
share\t''
describe\t''"
complete -c amisim -n "__fish_amisim_using_subcommand explain" -l as -d 'The account to ask about (default: --account)' -r
complete -c amisim -n "__fish_amisim_using_subcommand explain" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand explain" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand explain" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand explain" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand explain" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand explain" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand explain" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand explain" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand cost" -l by -d 'How to group the lines' -r -f -a "account\t''
region\t''
cause\t''
resource\t''"
complete -c amisim -n "__fish_amisim_using_subcommand cost" -l since -d 'Start of the period (RFC 3339; default: the world\'s start)' -r
complete -c amisim -n "__fish_amisim_using_subcommand cost" -l until -d 'End of the period (RFC 3339; default: the virtual now)' -r
complete -c amisim -n "__fish_amisim_using_subcommand cost" -l forecast -d 'Forecast a planned distribution: the cost report of a pipeline file\'s plan' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand cost" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand cost" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand cost" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand cost" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand cost" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand cost" -l all-accounts -d 'Every account, not only the caller'
complete -c amisim -n "__fish_amisim_using_subcommand cost" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand cost" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand cost" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand events" -l op -d 'Only this operation (e.g. CopyImage)' -r
complete -c amisim -n "__fish_amisim_using_subcommand events" -l outcome -d 'ok or error' -r -f -a "ok\t''
error\t''"
complete -c amisim -n "__fish_amisim_using_subcommand events" -l since -d 'Only events at or after this time (RFC 3339)' -r
complete -c amisim -n "__fish_amisim_using_subcommand events" -l resource -d 'Only events about this resource: an ID the call made or named' -r
complete -c amisim -n "__fish_amisim_using_subcommand events" -l limit -d 'The latest N events' -r
complete -c amisim -n "__fish_amisim_using_subcommand events" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand events" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand events" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand events" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand events" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand events" -l all-accounts -d 'Every account\'s events'
complete -c amisim -n "__fish_amisim_using_subcommand events" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand events" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand events" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand lineage" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand lineage" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand lineage" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand lineage" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand lineage" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand lineage" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand lineage" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand lineage" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand cleanup" -l keep-last -d 'Keep the newest N images of each family (Family tag, or the name without its version)' -r
complete -c amisim -n "__fish_amisim_using_subcommand cleanup" -l older-than -d 'Only images older than this may go, e.g. 90d' -r
complete -c amisim -n "__fish_amisim_using_subcommand cleanup" -l exclude-tag -d 'Never remove images with this tag (KEY or KEY=VALUE; repeatable)' -r
complete -c amisim -n "__fish_amisim_using_subcommand cleanup" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand cleanup" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand cleanup" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand cleanup" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand cleanup" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand cleanup" -l apply -d 'Deregister the candidates and delete their snapshots (and orphaned snapshots)'
complete -c amisim -n "__fish_amisim_using_subcommand cleanup" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand cleanup" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand cleanup" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand wait" -l timeout -d 'Give up after this much virtual time' -r
complete -c amisim -n "__fish_amisim_using_subcommand wait" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand wait" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand wait" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand wait" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand wait" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand wait" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand wait" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand wait" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand regions" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand regions" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand regions" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand regions" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand regions" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand regions" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand regions" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand regions" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand init" -l seed -d 'Seed of the deterministic IDs' -r
complete -c amisim -n "__fish_amisim_using_subcommand init" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand init" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand init" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand init" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand init" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand init" -l force -d 'Replace an existing amisim world (or an empty file) with a new one'
complete -c amisim -n "__fish_amisim_using_subcommand init" -l overwrite-foreign -d 'Replace the file even if it is not an amisim world (another program\'s file is lost)'
complete -c amisim -n "__fish_amisim_using_subcommand init" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand init" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand init" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand drill; and not __fish_seen_subcommand_from run help" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand drill; and not __fish_seen_subcommand_from run help" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand drill; and not __fish_seen_subcommand_from run help" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand drill; and not __fish_seen_subcommand_from run help" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand drill; and not __fish_seen_subcommand_from run help" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand drill; and not __fish_seen_subcommand_from run help" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand drill; and not __fish_seen_subcommand_from run help" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand drill; and not __fish_seen_subcommand_from run help" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand drill; and not __fish_seen_subcommand_from run help" -f -a "run" -d 'Run drill files, each on a fresh world'
complete -c amisim -n "__fish_amisim_using_subcommand drill; and not __fish_seen_subcommand_from run help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand drill; and __fish_seen_subcommand_from run" -l junit -d 'Write a JUnit XML report for CI systems' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand drill; and __fish_seen_subcommand_from run" -l keep-state -d 'Keep the drill\'s world in this state file (one drill file only)' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand drill; and __fish_seen_subcommand_from run" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand drill; and __fish_seen_subcommand_from run" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand drill; and __fish_seen_subcommand_from run" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand drill; and __fish_seen_subcommand_from run" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand drill; and __fish_seen_subcommand_from run" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand drill; and __fish_seen_subcommand_from run" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand drill; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand drill; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand drill; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run drill files, each on a fresh world'
complete -c amisim -n "__fish_amisim_using_subcommand drill; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand doctor" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand doctor" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand doctor" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand doctor" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand doctor" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand doctor" -l full -d 'Run SQLite\'s full integrity_check instead of quick_check'
complete -c amisim -n "__fish_amisim_using_subcommand doctor" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand bench; and not __fish_seen_subcommand_from seed run serve help" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand bench; and not __fish_seen_subcommand_from seed run serve help" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand bench; and not __fish_seen_subcommand_from seed run serve help" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand bench; and not __fish_seen_subcommand_from seed run serve help" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand bench; and not __fish_seen_subcommand_from seed run serve help" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand bench; and not __fish_seen_subcommand_from seed run serve help" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand bench; and not __fish_seen_subcommand_from seed run serve help" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand bench; and not __fish_seen_subcommand_from seed run serve help" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand bench; and not __fish_seen_subcommand_from seed run serve help" -f -a "seed" -d 'Fill the state file with a realistic world of N images'
complete -c amisim -n "__fish_amisim_using_subcommand bench; and not __fish_seen_subcommand_from seed run serve help" -f -a "run" -d 'Measure every core operation at several world sizes (release build recommended)'
complete -c amisim -n "__fish_amisim_using_subcommand bench; and not __fish_seen_subcommand_from seed run serve help" -f -a "serve" -d 'Drive `amisim serve` over real HTTP with keep-alive connections at several world sizes'
complete -c amisim -n "__fish_amisim_using_subcommand bench; and not __fish_seen_subcommand_from seed run serve help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from seed" -l images -d 'How many images to add' -r
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from seed" -l accounts -d 'Over how many accounts' -r
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from seed" -l regions -d 'Over how many regions' -r
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from seed" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from seed" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from seed" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from seed" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from seed" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from seed" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from seed" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from seed" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from run" -l sizes -d 'World sizes, in images' -r
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from run" -l runs -d 'Whole-process runs per operation' -r
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from run" -l iterations -d 'In-process iterations of the create→copy→share→launch→describe drill' -r
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from run" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from run" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from run" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from run" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from run" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from run" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from serve" -l sizes -d 'World sizes, in images' -r
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from serve" -l connections -d 'Concurrent keep-alive connections' -r
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from serve" -l requests -d 'Requests per read operation (writes make a quarter as many)' -r
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from serve" -l child -d 'Internal: measure the world at --state in this process, write JSON to FILE' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from serve" -l sample -d 'Internal: the image the child\'s requests are about, and its name' -r
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from serve" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from serve" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from serve" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from serve" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from serve" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from serve" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "seed" -d 'Fill the state file with a realistic world of N images'
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "run" -d 'Measure every core operation at several world sizes (release build recommended)'
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Drive `amisim serve` over real HTTP with keep-alive connections at several world sizes'
complete -c amisim -n "__fish_amisim_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand serve" -l listen -d 'Address to listen on: loopback by default; port 0 picks a free one' -r
complete -c amisim -n "__fish_amisim_using_subcommand serve" -l speed -d 'Virtual seconds per wall-clock second while serving (0 freezes the clock)' -r
complete -c amisim -n "__fish_amisim_using_subcommand serve" -l any-key -d 'Accept any access key without checking its signature, acting as ACCOUNT (loopback only)' -r
complete -c amisim -n "__fish_amisim_using_subcommand serve" -l threads -d 'Connections to the state file, each lent to one request at a time' -r
complete -c amisim -n "__fish_amisim_using_subcommand serve" -l max-connections -d 'Open connections at most; at the cap the one idle longest is closed to make room' -r
complete -c amisim -n "__fish_amisim_using_subcommand serve" -l header-timeout -d 'Seconds a request\'s headers may take to arrive (its body gets this plus 1 s per 8 KiB)' -r
complete -c amisim -n "__fish_amisim_using_subcommand serve" -l idle-timeout -d 'Seconds an idle keep-alive connection stays open' -r
complete -c amisim -n "__fish_amisim_using_subcommand serve" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand serve" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand serve" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand serve" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand serve" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand serve" -l instant -d 'Complete every time-based transition at once, for suites written against mocks; the clock does not jump'
complete -c amisim -n "__fish_amisim_using_subcommand serve" -l test-hooks -d 'Serve POST /moto-api/reset, which puts the world back as it was when serving began (loopback only)'
complete -c amisim -n "__fish_amisim_using_subcommand serve" -l allow-remote -d 'Allow a --listen address beyond loopback (every user account must have rotated its keys)'
complete -c amisim -n "__fish_amisim_using_subcommand serve" -l log -d 'One line per request on stderr: time, status, action, account, latency, request ID'
complete -c amisim -n "__fish_amisim_using_subcommand serve" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand serve" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand serve" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and not __fish_seen_subcommand_from import list help" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and not __fish_seen_subcommand_from import list help" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and not __fish_seen_subcommand_from import list help" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and not __fish_seen_subcommand_from import list help" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and not __fish_seen_subcommand_from import list help" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and not __fish_seen_subcommand_from import list help" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and not __fish_seen_subcommand_from import list help" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and not __fish_seen_subcommand_from import list help" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and not __fish_seen_subcommand_from import list help" -f -a "import" -d 'Add real public images, with their own IDs, from a DescribeImages JSON document'
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and not __fish_seen_subcommand_from import list help" -f -a "list" -d 'The images `catalog import` added, in every region'
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and not __fish_seen_subcommand_from import list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and __fish_seen_subcommand_from import" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and __fish_seen_subcommand_from import" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and __fish_seen_subcommand_from import" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and __fish_seen_subcommand_from import" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and __fish_seen_subcommand_from import" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and __fish_seen_subcommand_from list" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and __fish_seen_subcommand_from list" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and __fish_seen_subcommand_from list" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and __fish_seen_subcommand_from list" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and __fish_seen_subcommand_from list" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and __fish_seen_subcommand_from list" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "import" -d 'Add real public images, with their own IDs, from a DescribeImages JSON document'
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "list" -d 'The images `catalog import` added, in every region'
complete -c amisim -n "__fish_amisim_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and not __fish_seen_subcommand_from plan apply help" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and not __fish_seen_subcommand_from plan apply help" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and not __fish_seen_subcommand_from plan apply help" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and not __fish_seen_subcommand_from plan apply help" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and not __fish_seen_subcommand_from plan apply help" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and not __fish_seen_subcommand_from plan apply help" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and not __fish_seen_subcommand_from plan apply help" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and not __fish_seen_subcommand_from plan apply help" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and not __fish_seen_subcommand_from plan apply help" -f -a "plan" -d 'Show what apply would do, the refusals it foresees and the cost forecast; changes nothing'
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and not __fish_seen_subcommand_from plan apply help" -f -a "apply" -d 'Build, distribute and age out the golden image; running it again changes nothing'
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and not __fish_seen_subcommand_from plan apply help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and __fish_seen_subcommand_from plan" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and __fish_seen_subcommand_from plan" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and __fish_seen_subcommand_from plan" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and __fish_seen_subcommand_from plan" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and __fish_seen_subcommand_from plan" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and __fish_seen_subcommand_from plan" -l strict -d 'Exit 254 when a refusal is foreseen'
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and __fish_seen_subcommand_from plan" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and __fish_seen_subcommand_from plan" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and __fish_seen_subcommand_from plan" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and __fish_seen_subcommand_from apply" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and __fish_seen_subcommand_from apply" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and __fish_seen_subcommand_from apply" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and __fish_seen_subcommand_from apply" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and __fish_seen_subcommand_from apply" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and __fish_seen_subcommand_from apply" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and __fish_seen_subcommand_from help" -f -a "plan" -d 'Show what apply would do, the refusals it foresees and the cost forecast; changes nothing'
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Build, distribute and age out the golden image; running it again changes nothing'
complete -c amisim -n "__fish_amisim_using_subcommand pipeline; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand man" -l dir -d 'Directory to write the pages into (default: print amisim.1 to stdout)' -r -f -a "(__fish_complete_directories)"
complete -c amisim -n "__fish_amisim_using_subcommand man" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand man" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand man" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand man" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand man" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand man" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand man" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand man" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand completions" -l state -d 'The SQLite world file [env: AMISIM_STATE] [default: <data dir>/amisim/state.db]' -r -F
complete -c amisim -n "__fish_amisim_using_subcommand completions" -l account -d 'Who is calling [env: AMISIM_ACCOUNT] [default: 111122223333]' -r
complete -c amisim -n "__fish_amisim_using_subcommand completions" -l region -d 'Where the call is made [env: AMISIM_REGION] [default: us-east-1]' -r
complete -c amisim -n "__fish_amisim_using_subcommand completions" -s o -l output -d 'table, json, yaml or text [default: table on a terminal, json otherwise; env AMISIM_OUTPUT]' -r -f -a "table\t''
json\t''
yaml\t''
text\t''"
complete -c amisim -n "__fish_amisim_using_subcommand completions" -l query -d 'JMESPath expression over the JSON output, as in the AWS CLI' -r
complete -c amisim -n "__fish_amisim_using_subcommand completions" -l dry-run -d 'Check every rule, change nothing'
complete -c amisim -n "__fish_amisim_using_subcommand completions" -s h -l help -d 'Print help'
complete -c amisim -n "__fish_amisim_using_subcommand completions" -s V -l version -d 'Print version'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "create" -d 'Create an image from an instance (CreateImage) or a new root volume (RegisterImage)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "copy" -d 'Copy an image within or across regions and accounts (CopyImage)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "share" -d 'Show or change who may launch an image (ModifyImageAttribute)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "launch" -d 'Launch instances from an image (RunInstances)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "describe" -d 'List the images you can see: yours, shared with you, public (DescribeImages)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "tag" -d 'Add or remove tags on an image, snapshot or instance (CreateTags)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "deregister" -d 'Remove an image; its snapshots stay (and bill) unless asked (DeregisterImage)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "protect" -d 'Turn deregistration protection on or off'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "deprecate" -d 'Set or cancel an image\'s deprecation time'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "attribute" -d 'Show one attribute of your image (DescribeImageAttribute)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "modify" -d 'Change your image\'s description (ModifyImageAttribute)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "disable" -d 'Disable an image: nobody launches or copies it, launch permissions go'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "enable" -d 'Enable a disabled image again (launch permissions stay removed)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "instances" -d 'List, stop, start and terminate instances'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "snapshots" -d 'List and share EBS snapshots'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "keys" -d 'KMS keys: list, create, grant, revoke'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "key-pairs" -d 'EC2 key pairs for instances: list, create, import, delete'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "security-groups" -d 'Security groups of the default VPC: list, create, delete, authorize, revoke'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "accounts" -d 'Accounts of the world and their block public access'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "marketplace" -d 'Paid products: list and subscribe'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "clock" -d 'The virtual clock: show, advance'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "explain" -d 'Say whether an account may launch, copy, share or see an image, and how to fix it'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "cost" -d 'What the world has cost: storage, transfer, software fees'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "events" -d 'The audit log of calls, successful and refused'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "lineage" -d 'An image\'s ancestors and descendants across regions and accounts'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "cleanup" -d 'Which of your images and snapshots could go, why, and what it saves; --apply does it'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "wait" -d 'Advance the clock until images are available or instances running'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "regions" -d 'The regions of the world, every commercial one (DescribeRegions)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "init" -d 'Start a new world in the state file'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "drill" -d 'Run provisioning drills: YAML files of amisim steps with expectations'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "doctor" -d 'Check the world\'s invariants (integrity, snapshots, permissions, names, ledger); exit 1 on problems'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "bench" -d 'Benchmarks: seed a big world, measure every core operation'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "serve" -d 'Serve the world as an EC2 endpoint for the AWS CLI, boto3, Terraform'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "catalog" -d 'Real public images with their own IDs: import a DescribeImages document, list them'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "pipeline" -d 'Golden image pipelines: plan (changes nothing) and apply (idempotent)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "man" -d 'Write man pages (amisim.1 and one per subcommand)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and not __fish_seen_subcommand_from create copy share launch describe tag deregister protect deprecate attribute modify disable enable instances snapshots keys key-pairs security-groups accounts marketplace clock explain cost events lineage cleanup wait regions init drill doctor bench serve catalog pipeline man completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from instances" -f -a "list" -d 'List your instances in the region, terminated ones included (DescribeInstances)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from instances" -f -a "terminate" -d 'Terminate instances (TerminateInstances)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from instances" -f -a "stop" -d 'Stop EBS-backed instances (StopInstances)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from instances" -f -a "start" -d 'Start stopped instances (StartInstances)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from instances" -f -a "status" -d 'Status checks of running instances; --all for every state (DescribeInstanceStatus)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from snapshots" -f -a "list" -d 'List snapshots you own or may create volumes from (DescribeSnapshots)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from snapshots" -f -a "share" -d 'Show or change createVolumePermission (ModifySnapshotAttribute)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from snapshots" -f -a "copy" -d 'Copy a snapshot into --region (CopySnapshot)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from snapshots" -f -a "delete" -d 'Delete a snapshot no registered image uses (DeleteSnapshot)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from snapshots" -f -a "archive" -d 'Move a snapshot to the archive tier: cheaper, unusable until restored'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from snapshots" -f -a "restore" -d 'Restore an archived snapshot to the standard tier, permanently ($0.03/GiB)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "list" -d 'Your keys in the region, and keys granted to you (ListKeys)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "create" -d 'Create a customer-managed key (CreateKey)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "grant" -d 'Let another account use a key of yours (CreateGrant)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "revoke" -d 'Take a grant back (RevokeGrant)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from key-pairs" -f -a "list" -d 'Your key pairs in the region (DescribeKeyPairs)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from key-pairs" -f -a "create" -d 'Make a key pair; its private key is printed once, never kept (CreateKeyPair)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from key-pairs" -f -a "import" -d 'Import the public half of a key you made (ImportKeyPair)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from key-pairs" -f -a "delete" -d 'Delete a key pair; a name that does not exist is no error, as on AWS (DeleteKeyPair)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from security-groups" -f -a "list" -d 'Your security groups in the region, the default VPC\'s default group first (DescribeSecurityGroups)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from security-groups" -f -a "create" -d 'Make a group in the default VPC; it allows all traffic out (CreateSecurityGroup)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from security-groups" -f -a "delete" -d 'Delete a group no instance uses (DeleteSecurityGroup)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from security-groups" -f -a "authorize" -d 'Allow traffic in, or out with --egress (AuthorizeSecurityGroupIngress/Egress)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from security-groups" -f -a "revoke" -d 'Take a rule away (RevokeSecurityGroupIngress/Egress)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from accounts" -f -a "list" -d 'Every account of the world, system owners included (ListAccounts)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from accounts" -f -a "create" -d 'Add a user account, with its aws/ebs keys and block public access on (CreateAccount)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from accounts" -f -a "block-public-access" -d 'Show, or turn on or off, image block public access for your account in the region'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from accounts" -f -a "credentials" -d 'Access key pairs for `amisim serve`, as an AWS credentials file (-o json: records)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from marketplace" -f -a "list" -d 'Products and whether you subscribe (DescribeProducts)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from marketplace" -f -a "subscribe" -d 'Subscribe to a product so you can launch its images'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from marketplace" -f -a "publish" -d 'Sell an image of yours: a new product code; buyers subscribe and launch'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from clock" -f -a "show" -d 'The virtual now'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from clock" -f -a "advance" -d 'Move the virtual clock forward; pending work settles'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from drill" -f -a "run" -d 'Run drill files, each on a fresh world'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from bench" -f -a "seed" -d 'Fill the state file with a realistic world of N images'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from bench" -f -a "run" -d 'Measure every core operation at several world sizes (release build recommended)'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from bench" -f -a "serve" -d 'Drive `amisim serve` over real HTTP with keep-alive connections at several world sizes'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "import" -d 'Add real public images, with their own IDs, from a DescribeImages JSON document'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "list" -d 'The images `catalog import` added, in every region'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from pipeline" -f -a "plan" -d 'Show what apply would do, the refusals it foresees and the cost forecast; changes nothing'
complete -c amisim -n "__fish_amisim_using_subcommand help; and __fish_seen_subcommand_from pipeline" -f -a "apply" -d 'Build, distribute and age out the golden image; running it again changes nothing'
