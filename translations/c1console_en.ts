<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>c1::AppTreeModel</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n grant</numerusform>
            <numerusform>%n grants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::BulkAssignment</name>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resumed</source>
        <translation>
            <numerusform>%n resumed</numerusform>
            <numerusform>%n resumed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n canceled</source>
        <translation>
            <numerusform>%n canceled</numerusform>
            <numerusform>%n canceled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n target</numerusform>
            <numerusform>%n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) to add</source>
        <translation>
            <numerusform>%n owner to add</numerusform>
            <numerusform>%n owners to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) to remove</source>
        <translation>
            <numerusform>%n owner to remove</numerusform>
            <numerusform>%n owners to remove</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already owner(s)</source>
        <translation>
            <numerusform>%n already an owner</numerusform>
            <numerusform>%n already owners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not owner(s)</source>
        <translation>
            <numerusform>%n not an owner</numerusform>
            <numerusform>%n not owners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ambiguous</source>
        <translation>
            <numerusform>%n ambiguous</numerusform>
            <numerusform>%n ambiguous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unticked</source>
        <translation>
            <numerusform>%n unticked</numerusform>
            <numerusform>%n unticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in place</source>
        <translation>
            <numerusform>%n already in place</numerusform>
            <numerusform>%n already in place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n not attempted</numerusform>
            <numerusform>%n not attempted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with problems</source>
        <translation>
            <numerusform>%n line with problems</numerusform>
            <numerusform>%n lines with problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::BulkOwnerJob</name>
    <message numerus="yes">
        <source>no effect after %n attempt(s): %1</source>
        <translation>
            <numerusform>no effect after %n attempt: %1</numerusform>
            <numerusform>no effect after %n attempts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::BulkOwnersDialog</name>
    <message numerus="yes">
        <source>%n targets: %1, …</source>
        <translation>
            <numerusform>%n target: %1, …</numerusform>
            <numerusform>%n targets: %1, …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::BulkPlanner</name>
    <message numerus="yes">
        <source>%n users share this email: choose one</source>
        <translation>
            <numerusform>%n user has this email: choose one</numerusform>
            <numerusform>%n users share this email: choose one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>would exceed %n owners of this kind (%1 already there)</source>
        <translation>
            <numerusform>would exceed %n owner of this kind (%1 already there)</numerusform>
            <numerusform>would exceed %n owners of this kind (%1 already there)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::CreateFlow</name>
    <message numerus="yes">
        <source>A policy ID is 27 letters and digits (this one has %n characters).</source>
        <translation>
            <numerusform>A policy ID is 27 letters and digits (this one has %n character).</numerusform>
            <numerusform>A policy ID is 27 letters and digits (this one has %n characters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n owners.</source>
        <translation>
            <numerusform>At most %n owner.</numerusform>
            <numerusform>At most %n owners.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::DeleteFlow</name>
    <message numerus="yes">
        <source>all its %n resource(s)</source>
        <translation>
            <numerusform>its %n resource</numerusform>
            <numerusform>all its %n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all its resources: at least %n (not all are loaded)</source>
        <translation>
            <numerusform>all its resources: at least %n (not all are loaded)</numerusform>
            <numerusform>all its resources: at least %n (not all are loaded)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::DetailsPane</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::FormProblems</name>
    <message numerus="yes">
        <source>(%n more problem(s))</source>
        <translation>
            <numerusform>(%n more problem)</numerusform>
            <numerusform>(%n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::Handover</name>
    <message numerus="yes">
        <source>Waiting for the tenant to show the changes: verifying in %n s</source>
        <translation>
            <numerusform>Waiting for the tenant to show the changes: verifying in %n s</numerusform>
            <numerusform>Waiting for the tenant to show the changes: verifying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked by a check</source>
        <translation>
            <numerusform>%n blocked by a check</numerusform>
            <numerusform>%n blocked by a check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning</source>
        <translation>
            <numerusform>%n with a warning</numerusform>
            <numerusform>%n with a warning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n successor(s)</source>
        <translation>
            <numerusform>%n successor</numerusform>
            <numerusform>%n successors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This hands over %n ownership(s) of %1 to %2: %3 to add, then %4 to remove where the successor is verified.</source>
        <translation>
            <numerusform>This hands over %n ownership of %1 to %2: %3 to add, then %4 to remove where the successor is verified.</numerusform>
            <numerusform>This hands over %n ownerships of %1 to %2: %3 to add, then %4 to remove where the successor is verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This adds %2 beside %1 on %n ownership(s): %3 to add; %1 keeps them.</source>
        <translation>
            <numerusform>This adds %2 beside %1 on %n ownership: %3 to add; %1 keeps them.</numerusform>
            <numerusform>This adds %2 beside %1 on %n ownerships: %3 to add; %1 keeps them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This removes %1 from %n ownership(s) without a successor: %2 to remove.</source>
        <translation>
            <numerusform>This removes %1 from %n ownership without a successor: %2 to remove.</numerusform>
            <numerusform>This removes %1 from %n ownerships without a successor: %2 to remove.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::HandoverHistory</name>
    <message numerus="yes">
        <source>%n successor(s)</source>
        <translation>
            <numerusform>%n successor</numerusform>
            <numerusform>%n successors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::HandoverWindow</name>
    <message numerus="yes">
        <source>%n object(s) left out: the person is not in their owner lists yet, or they could not be read</source>
        <translation>
            <numerusform>%n object left out: the person is not in their owner lists yet, or they could not be read</numerusform>
            <numerusform>%n objects left out: the person is not in their owner lists yet, or they could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A handover of what %1 owns was interrupted (%n row(s)). Resume it: rows that were being written are read back before anything is sent again.</source>
        <translation>
            <numerusform>A handover of what %1 owns was interrupted (%n row). Resume it: rows that were being written are read back before anything is sent again.</numerusform>
            <numerusform>A handover of what %1 owns was interrupted (%n rows). Resume it: rows that were being written are read back before anything is sent again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::OwnerIdParser</name>
    <message numerus="yes">
        <source>%n characters long; C1 IDs have exactly 27 letters and digits</source>
        <translation>
            <numerusform>%n character long; C1 IDs have exactly 27 letters and digits</numerusform>
            <numerusform>%n characters long; C1 IDs have exactly 27 letters and digits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) dropped (lines %1).</source>
        <translation>
            <numerusform>%n duplicate dropped (line %1).</numerusform>
            <numerusform>%n duplicates dropped (lines %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::OwnersController</name>
    <message numerus="yes">
        <source>Remove %n owner(s) from %1?</source>
        <translation>
            <numerusform>Remove %n owner from %1?</numerusform>
            <numerusform>Remove %n owners from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) added.</source>
        <translation>
            <numerusform>%n owner added.</numerusform>
            <numerusform>%n owners added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) removed.</source>
        <translation>
            <numerusform>%n owner removed.</numerusform>
            <numerusform>%n owners removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) already in place.</source>
        <translation>
            <numerusform>%n change already in place.</numerusform>
            <numerusform>%n changes already in place.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::OwnersModel</name>
    <message numerus="yes">
        <source>%n owner(s)</source>
        <translation>
            <numerusform>%n owner</numerusform>
            <numerusform>%n owners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::OwnersPanel</name>
    <message numerus="yes">
        <source>%n user owner(s)</source>
        <translation>
            <numerusform>%n user owner</numerusform>
            <numerusform>%n user owners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entitlement owner(s)</source>
        <translation>
            <numerusform>%n entitlement owner</numerusform>
            <numerusform>%n entitlement owners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) accepted and pending: the tenant can take minutes to list them.</source>
        <translation>
            <numerusform>%n change accepted and pending: the tenant can take minutes to list it.</numerusform>
            <numerusform>%n changes accepted and pending: the tenant can take minutes to list them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::OwnershipHealth</name>
    <message numerus="yes">
        <source>%1 of %2 apps checked, %n finding(s)</source>
        <translation>
            <numerusform>%1 of %2 apps checked, %n finding</numerusform>
            <numerusform>%1 of %2 apps checked, %n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::OwnershipScan</name>
    <message numerus="yes">
        <source>%n object(s) found</source>
        <translation>
            <numerusform>%n object found</numerusform>
            <numerusform>%n objects found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::RecentJobsDialog</name>
    <message numerus="yes">
        <source>Finished bulk jobs, ownership transfers and undos of this profile are kept for %n day(s) after they end, so that they can be undone; then they are removed. Clearing a job only removes it from this list: the tenant is not changed.</source>
        <translation>
            <numerusform>Finished bulk jobs, ownership transfers and undos of this profile are kept for %n day after they end, so that they can be undone; then they are removed. Clearing a job only removes it from this list: the tenant is not changed.</numerusform>
            <numerusform>Finished bulk jobs, ownership transfers and undos of this profile are kept for %n days after they end, so that they can be undone; then they are removed. Clearing a job only removes it from this list: the tenant is not changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in place</source>
        <translation>
            <numerusform>%n already in place</numerusform>
            <numerusform>%n already in place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not written</source>
        <translation>
            <numerusform>%n not written</numerusform>
            <numerusform>%n not written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Job %1 on %2, %n target(s)</source>
        <translation>
            <numerusform>Job %1 on %2, %n target</numerusform>
            <numerusform>Job %1 on %2, %n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No finished bulk jobs of this profile in the last %n day(s).</source>
        <translation>
            <numerusform>No finished bulk jobs of this profile in the last %n day.</numerusform>
            <numerusform>No finished bulk jobs of this profile in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handover %1, %n target(s)</source>
        <translation>
            <numerusform>Handover %1, %n target</numerusform>
            <numerusform>Handover %1, %n targets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::RecentJobsEntry</name>
    <message numerus="yes">
        <source>Finished bulk jobs of this profile (kept for %n day(s)): undo or clear them</source>
        <translation>
            <numerusform>Finished bulk jobs of this profile (kept for %n day): undo or clear them</numerusform>
            <numerusform>Finished bulk jobs of this profile (kept for %n days): undo or clear them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::ResumeJobsBar</name>
    <message numerus="yes">
        <source>A bulk job (%1 on %n target(s)) did not finish: %2 of %3 rows are still to be written. Last saved %4.</source>
        <translation>
            <numerusform>A bulk job (%1 on %n target) did not finish: %2 of %3 rows are still to be written. Last saved %4.</numerusform>
            <numerusform>A bulk job (%1 on %n targets) did not finish: %2 of %3 rows are still to be written. Last saved %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more unfinished job(s) after this one.)</source>
        <translation>
            <numerusform>(%n more unfinished job after this one.)</numerusform>
            <numerusform>(%n more unfinished jobs after this one.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::SearchBox</name>
    <message numerus="yes">
        <source>The first %n result(s); refine the search to see others.</source>
        <translation>
            <numerusform>The first %n result; refine the search to see others.</numerusform>
            <numerusform>The first %n results; refine the search to see others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s): click one to show it in the tree.</source>
        <translation>
            <numerusform>%n result: click it to show it in the tree.</numerusform>
            <numerusform>%n results: click one to show it in the tree.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::UndoBulkJob</name>
    <message numerus="yes">
        <source>%n row(s) written by the job</source>
        <translation>
            <numerusform>%n row written by the job</numerusform>
            <numerusform>%n rows written by the job</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) to remove</source>
        <translation>
            <numerusform>%n owner to remove</numerusform>
            <numerusform>%n owners to remove</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) to add again</source>
        <translation>
            <numerusform>%n owner to add again</numerusform>
            <numerusform>%n owners to add again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since the job (unticked unless you tick them)</source>
        <translation>
            <numerusform>%n changed since the job (unticked unless you tick it)</numerusform>
            <numerusform>%n changed since the job (unticked unless you tick them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with nothing left to undo</source>
        <translation>
            <numerusform>%n with nothing left to undo</numerusform>
            <numerusform>%n with nothing left to undo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on targets that no longer exist</source>
        <translation>
            <numerusform>%n on targets that no longer exist</numerusform>
            <numerusform>%n on targets that no longer exist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n could not be checked</numerusform>
            <numerusform>%n could not be checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undone</source>
        <translation>
            <numerusform>%n undone</numerusform>
            <numerusform>%n undone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in place</source>
        <translation>
            <numerusform>%n already in place</numerusform>
            <numerusform>%n already in place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n canceled</source>
        <translation>
            <numerusform>%n canceled</numerusform>
            <numerusform>%n canceled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::UndoJobDialog</name>
    <message numerus="yes">
        <source>Undo the job of %1 on the profile “%2” (%n target(s)).</source>
        <translation>
            <numerusform>Undo the job of %1 on the profile “%2” (%n target).</numerusform>
            <numerusform>Undo the job of %1 on the profile “%2” (%n targets).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo %n change(s)</source>
        <translation>
            <numerusform>&amp;Undo %n change</numerusform>
            <numerusform>&amp;Undo %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed since the job and are unticked: they are undone only if you tick them.</source>
        <translation>
            <numerusform>%n row changed since the job and is unticked: it is undone only if you tick it.</numerusform>
            <numerusform>%n rows changed since the job and are unticked: they are undone only if you tick them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::UserPicker</name>
    <message numerus="yes">
        <source>“%1” is not a user ID: IDs are 27 letters and digits (this one has %n).</source>
        <translation>
            <numerusform>“%1” is not a user ID: IDs are 27 letters and digits (this one has %n).</numerusform>
            <numerusform>“%1” is not a user ID: IDs are 27 letters and digits (this one has %n).</numerusform>
        </translation>
    </message>
</context>
</TS>
