<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AbsencesSection</name>
    <message>
        <location filename="../../desktop_app/ui/settings/absences_page.py" line="20"/>
        <source>Absences</source>
        <translation>请假与外出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/absences_page.py" line="21"/>
        <source>Enter when a leader is on a trip, on leave or away (第七十六条). While the county head is away the executive deputy head presides and signs for the head, written 代 (第五条); a plan whose signer is away says so.</source>
        <translation>登记领导出差、休假或外出的日期（第七十六条）。县长外出期间，由常务副县长主持工作并代为签发，签名后注“代”（第五条）；签发人不在岗的流转方案会提示。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/absences_page.py" line="42"/>
        <source>Enter absence</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/absences_page.py" line="45"/>
        <source>Delete selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/absences_page.py" line="47"/>
        <location filename="../../desktop_app/ui/settings/absences_page.py" line="51"/>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/absences_page.py" line="47"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/absences_page.py" line="47"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/absences_page.py" line="47"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/absences_page.py" line="47"/>
        <location filename="../../desktop_app/ui/settings/absences_page.py" line="52"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/absences_page.py" line="51"/>
        <source>from</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/absences_page.py" line="52"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/absences_page.py" line="87"/>
        <source>Today (%1) every leader is at work.</source>
        <translation>今天（%1）各位领导均在岗。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/absences_page.py" line="88"/>
        <source>away</source>
        <translation>外出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/absences_page.py" line="88"/>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/absences_page.py" line="91"/>
        <source>Away today (%1): %2</source>
        <translation>今天（%1）不在岗：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/absences_page.py" line="96"/>
        <source>The executive deputy head %1 presides and signs for the county head, written 代 (第五条).</source>
        <translation>由常务副县长%1主持工作，县长签发的公文由其代签，签名后注“代”（第五条）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/absences_page.py" line="103"/>
        <source>There are no leaders yet: enter them under Settings → Organisation.</source>
        <translation>还没有录入领导：请在“设置 → 组织架构”中录入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/absences_page.py" line="109"/>
        <source>Absence of %1 entered: documents routed in those days take it into account.</source>
        <translation>已登记%1的请假外出：这几天计算的流转方案会据此安排代签。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/absences_page.py" line="115"/>
        <source>Select an absence in the list first.</source>
        <translation>请先在列表中选择一条登记。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/absences_page.py" line="117"/>
        <source>Absence deleted.</source>
        <translation>已删除。</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="156"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="156"/>
        <source>第六十七条: the finished document is filed with its slip, attachments and replies; the archive code never changes.</source>
        <translation>第六十七条：办结的公文连同处理笺、附件、回复意见一并归档；档号一经给出不再改变。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="159"/>
        <source>Retention</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="163"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="165"/>
        <source>not counted</source>
        <translation>（不填）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="166"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="166"/>
        <source>e.g. 复印件</source>
        <translation>例如：复印件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="167"/>
        <source>Archived on</source>
        <translation>归档日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="172"/>
        <source>Fonds</source>
        <translation>全宗号</translation>
    </message>
</context>
<context>
    <name>ArchivePanel</name>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="211"/>
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="228"/>
        <source>Archive code %1</source>
        <translation>档号 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="229"/>
        <source>Fonds %1 · year %2 · retention %3 · item %4 · organisation %5 · %6 pages · archived on %7 · filed in %8</source>
        <translation>全宗号 %1 · 年度 %2 · 保管期限 %3 · 件号 %4 · 机构代码 %5 · 页数 %6 · 归档日期 %7 · 归档文件夹 %8</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="237"/>
        <source>Not archived yet</source>
        <translation>尚未归档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="239"/>
        <source>第六十七条: once finished, the document is filed with its retention period and archive code, its slip, attachments and replies kept together.</source>
        <translation>第六十七条：公文办结后确定保管期限、给出档号归档，处理笺、附件和回复意见一并保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="241"/>
        <source>It can be archived once finished: an outgoing document when numbered, an incoming one when handled.</source>
        <translation>办结后才能归档：发文须已编号印发，收文须已办结。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="251"/>
        <source>Archived %1</source>
        <translation>已归档 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="251"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="261"/>
        <source>Archived: %1</source>
        <translation>已归档，档号 %1</translation>
    </message>
</context>
<context>
    <name>BackupNotice</name>
    <message>
        <location filename="../../desktop_app/ui/backup_notice.py" line="36"/>
        <source>Today&apos;s automatic backup did not complete ({reason}). Your work is saved as usual; free some disk space, then use File → Back up now.</source>
        <translation>今天的自动备份没有完成（{reason}）。已做的工作照常保存；请腾出磁盘空间，然后点“文件”菜单中的“立即备份”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_notice.py" line="42"/>
        <source>The database is damaged: checking the daily backup found “{problem}”. Daily backups have stopped so that the good ones are kept. Restore the newest good backup, {name}, with File → Restore from backup…, then enter again what changed since then.</source>
        <translation>数据库已损坏：校验每日备份时发现“{problem}”。每日自动备份已停止，以免完好的备份被替换掉。请点“文件”菜单中的“从备份恢复…”，恢复最新的完好备份 {name}，再补录此后的变动。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_notice.py" line="48"/>
        <source>The database is damaged: checking the daily backup found “{problem}”. Daily backups have stopped. Restore a good backup with File → Restore from backup…</source>
        <translation>数据库已损坏：校验每日备份时发现“{problem}”。每日自动备份已停止。请点“文件”菜单中的“从备份恢复…”，恢复一份完好的备份。</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="26"/>
        <source>Retention</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="26"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="26"/>
        <source>Archive code</source>
        <translation>档号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="26"/>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="27"/>
        <source>Responsible</source>
        <translation>责任者</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="27"/>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="27"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="27"/>
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="28"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="28"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="60"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="63"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="63"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="64"/>
        <source>Save as DOCX…</source>
        <translation>另存为 DOCX…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="65"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="107"/>
        <source>%1: %2 archived record(s)%3 · fonds %4, organisation code %5 (set in Settings)</source>
        <translation>%1 年度归档 %2 件%3 · 全宗号 %4，机构代码 %5（在“设置”中修改）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="112"/>
        <source>Nothing archived in %1 yet: archive a finished record from its record view (tab Archive).</source>
        <translation>%1 年度尚无归档文件：在办结公文的详情页“归档”一栏中归档。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="145"/>
        <source>Save the archive catalogue</source>
        <translation>保存归档文件目录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="154"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>ChineseFileList</name>
    <message>
        <location filename="../../desktop_app/ui/file_dialogs.py" line="50"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_dialogs.py" line="62"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>CloseFollowUpDialog</name>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="139"/>
        <source>Close the follow-up</source>
        <translation>督办办结</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="142"/>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="143"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="143"/>
        <source>what was done</source>
        <translation>办理情况</translation>
    </message>
</context>
<context>
    <name>ClosingNotice</name>
    <message>
        <location filename="../../desktop_app/ui/data_jobs.py" line="94"/>
        <source>Keep the window open</source>
        <translation>不关闭窗口</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_jobs.py" line="96"/>
        <source>Closing</source>
        <translation>正在关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_jobs.py" line="114"/>
        <source>%1 is still under way. The window closes as soon as it has finished.</source>
        <translation>%1仍在进行，完成后窗口会自动关闭。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_jobs.py" line="115"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_jobs.py" line="130"/>
        <source>The backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_jobs.py" line="130"/>
        <source>The database check</source>
        <translation>数据库检查</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_jobs.py" line="131"/>
        <source>The check of a backup</source>
        <translation>备份校验</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_jobs.py" line="131"/>
        <source>The restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_jobs.py" line="131"/>
        <source>The import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>CosignPanel</name>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="65"/>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="78"/>
        <source>Department</source>
        <translation>会签单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="65"/>
        <source>Asked on</source>
        <translation>征求日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="65"/>
        <source>Deadline</source>
        <translation>回复期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="65"/>
        <source>State</source>
        <translation>情况</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="66"/>
        <source>Replied on</source>
        <translation>回复日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="66"/>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="79"/>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="73"/>
        <source>e.g. 无不同意见</source>
        <translation>例如：无不同意见</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="74"/>
        <source>Record reply</source>
        <translation>记录会签回复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="78"/>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="118"/>
        <source>Co-signing %1/%2</source>
        <translation>会签 %1/%2 已复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="129"/>
        <source>Reply of %1 recorded.</source>
        <translation>已记录%1的会签意见。</translation>
    </message>
</context>
<context>
    <name>CountyPage</name>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="46"/>
        <source>Welcome to DocRoute</source>
        <translation>欢迎使用公文流转助手</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="48"/>
        <source>Three short steps set up the registry of your office: the county&apos;s name, its leaders and the departments each deputy head is in charge of, and the document number series. Everything can be changed later under Settings.</source>
        <translation>三步设置好本办公室的登记簿：县名，县政府领导及各副县长分管的部门，发文字号的机关代字。以后都可以在“设置”中修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="57"/>
        <source>Load sample data to look around first…</source>
        <translation>载入示例数据，先看看…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="60"/>
        <source>Sample data opens in a separate database in a new window; this registry stays empty until you finish these steps.</source>
        <translation>示例数据放在另一个数据库中，在新窗口中打开；本数据库在完成设置前保持为空。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="67"/>
        <source>County (full name, as on the slips)</source>
        <translation>县名（全称，印在稿纸上）</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="85"/>
        <source>The details were written to:
{path}</source>
        <translation>详细情况已记录在：
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="86"/>
        <source>The details could not be written to the log file.</source>
        <translation>详细情况未能写入日志文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="88"/>
        <source>Sorry, the last action did not complete.</source>
        <translation>抱歉，刚才的操作没有完成。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="89"/>
        <source>Records already saved are not affected, and you can keep working in the window.</source>
        <translation>已保存的公文不受影响，可以继续在窗口中工作。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="112"/>
        <source>DocRoute</source>
        <translation>公文流转助手</translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="51"/>
        <source>Data and backups</source>
        <translation>数据与备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="62"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="64"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="67"/>
        <source>Restore from backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="70"/>
        <source>Check database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="74"/>
        <source>Verify selected backup</source>
        <translation>校验所选备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="77"/>
        <source>Backup</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="77"/>
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="77"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="77"/>
        <source>Verified</source>
        <translation>校验结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="93"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="101"/>
        <source>Database in use</source>
        <translation>正在使用的数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="105"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="106"/>
        <source>Space used</source>
        <translation>占用空间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="158"/>
        <source>The database is on the office&apos;s server: the administrator backs it up there with pg_dump every day and restores a backup into a new, empty database. This PC can also make a pg_dump backup now.</source>
        <translation>数据库在办公室的数据库服务器上：由管理员每天在服务器上用 pg_dump 备份，恢复时恢复到一个新建的空数据库。本机也可以现在做一份 pg_dump 备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="161"/>
        <source>The database is on the office&apos;s server: the administrator backs it up there with pg_dump every day and restores a backup into a new, empty database. Install PostgreSQL&apos;s client tools (pg_dump) to back it up from this PC too.</source>
        <translation>数据库在办公室的数据库服务器上：由管理员每天在服务器上用 pg_dump 备份，恢复时恢复到一个新建的空数据库。如需在本机备份，请安装 PostgreSQL 客户端工具（pg_dump）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="164"/>
        <source>Back up now (pg_dump)</source>
        <translation>立即备份（pg_dump）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="190"/>
        <source>kept when a restore replaced the database</source>
        <translation>恢复时另存的原数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="192"/>
        <source>verified when made</source>
        <translation>备份时已校验</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="193"/>
        <source>not verified yet</source>
        <translation>尚未校验</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="216"/>
        <source>No backups yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="217"/>
        <source>%1 on disk for %2 backups (%3× the database; %4 as separate full copies)</source>
        <translation>%2 份备份在磁盘上共占 %1（数据库的 %3 倍；若每份都完整保存需 %4）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="228"/>
        <source>Backing up…</source>
        <translation>正在备份……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="232"/>
        <source>Waiting for another backup (the daily one, say) to finish, then backing up…</source>
        <translation>正在等待另一个备份（例如每日自动备份）完成，随后开始备份……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="240"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="245"/>
        <source>Checking the database…</source>
        <translation>正在检查数据库……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="266"/>
        <source>Checking the backup %1…</source>
        <translation>正在校验备份 %1……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="283"/>
        <source>an empty database</source>
        <translation>空数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="284"/>
        <source>the file is damaged (%1)</source>
        <translation>文件已损坏（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="289"/>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="315"/>
        <source>unusable: %1</source>
        <translation>不能使用：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="302"/>
        <source>DocRoute backups (*.backup.json *.sqlite)</source>
        <translation>公文流转助手备份 (*.backup.json *.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="321"/>
        <source>Replace the database in use by the backup {name}? The backup is checked first; if anything is wrong, nothing changes. The database in use is kept in the backup folder.</source>
        <translation>用备份 {name} 替换正在使用的数据库吗？先检查备份，有任何问题都不作改动。正在使用的数据库另存到备份文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="329"/>
        <source>Checking the backup and restoring it…</source>
        <translation>正在检查备份并恢复……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="367"/>
        <source>Wait until the work under way has finished.</source>
        <translation>请等正在进行的操作完成后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="408"/>
        <source>Pages kept intact by the database server</source>
        <translation>数据页由数据库服务器保证完整</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="414"/>
        <source>Document numbers without gaps, each on its record</source>
        <translation>文号连续，各在其记录上</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="415"/>
        <source>Search index matches the records</source>
        <translation>搜索索引与记录一致</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="286"/>
        <source>good: %1 records, structure %2</source>
        <translation>完好：%1 条记录，结构版本 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="52"/>
        <source>DocRoute backs the database up once a day and before every update of its structure, keeping the newest few, one a day for a week, one a week for five weeks and one a month for a year. Backups share what has not changed and are compressed. A restore checks the backup first and keeps the database it replaces.</source>
        <translation>程序每天备份一次数据库，结构升级前也备份；保留最近几份、一周内每天一份、五周内每周一份、一年内每月一份。各份备份共用未改变的数据并压缩保存。恢复时先检查备份文件，被替换的数据库另存一份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="263"/>
        <source>Select a backup in the list first.</source>
        <translation>请先在列表中选择一份备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="301"/>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="320"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="311"/>
        <source>it is an empty database</source>
        <translation>这是一个空数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="317"/>
        <source>Not restored, the database in use is unchanged: %1. Choose another backup.</source>
        <translation>未恢复，正在使用的数据库保持不变：%1。请选择另一份备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="337"/>
        <source>Restored from %1. The database it replaced is kept as %2.</source>
        <translation>已从 %1 恢复。被替换的数据库另存为 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="255"/>
        <source>The database is in order.</source>
        <translation>数据库正常。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="255"/>
        <source>The check found problems (below).</source>
        <translation>检查发现问题（见下）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="409"/>
        <source>Pages of the file intact</source>
        <translation>文件页面完好</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="411"/>
        <source>Structure as this version expects</source>
        <translation>数据库结构与本版本一致</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="412"/>
        <source>Every reference points to an existing record</source>
        <translation>记录之间的引用完整</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="416"/>
        <source>Attachments present and unchanged</source>
        <translation>附件齐全，内容未变</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="417"/>
        <source>Seal ledger unaltered</source>
        <translation>用印登记簿未被改动</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="418"/>
        <source>Seal ledger: not part of this version yet</source>
        <translation>用印登记簿：本版本尚无</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="422"/>
        <source>%1 records; structure version %2.</source>
        <translation>共 %1 条记录；结构版本 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/data_page.py" line="425"/>
        <source>Restore the newest good backup with “Restore from backup…” above, or ask for support.</source>
        <translation>请用上方的“从备份恢复…”恢复最近一份完好的备份，或联系技术支持。</translation>
    </message>
</context>
<context>
    <name>DatabaseChoice</name>
    <message>
        <location filename="../../desktop_app/ui/settings/database_choice.py" line="23"/>
        <source>Database this PC opens</source>
        <translation>本机使用的数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/database_choice.py" line="24"/>
        <source>A database file on this PC (one PC)</source>
        <translation>本机数据库文件（一台电脑使用）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/database_choice.py" line="26"/>
        <source>The office&apos;s database server (several PCs)</source>
        <translation>办公室的数据库服务器（多台电脑共用）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/database_choice.py" line="33"/>
        <source>empty: the database in the user&apos;s data folder</source>
        <translation>留空：用户数据文件夹中的数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/database_choice.py" line="43"/>
        <source>e.g. \\wenshu-server\docroute</source>
        <translation>例如 \\wenshu-server\docroute</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/database_choice.py" line="44"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/database_choice.py" line="46"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/database_choice.py" line="49"/>
        <source>Save choice</source>
        <translation>保存选择</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/database_choice.py" line="58"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/database_choice.py" line="59"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/database_choice.py" line="60"/>
        <source>Database name</source>
        <translation>数据库名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/database_choice.py" line="61"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/database_choice.py" line="65"/>
        <location filename="../../desktop_app/ui/settings/database_choice.py" line="102"/>
        <source>Shared folder for attachments</source>
        <translation>附件共享文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/database_choice.py" line="70"/>
        <source>The password is asked for when the program opens the server; it is never stored. The choice takes effect the next time DocRoute is opened.</source>
        <translation>打开服务器时再输入密码，密码不会保存。所选数据库在下次打开公文流转助手时生效。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/database_choice.py" line="114"/>
        <source>Fill in the server and the database name.</source>
        <translation>请填写服务器和数据库名。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/database_choice.py" line="127"/>
        <source>Saved. DocRoute opens this database the next time it is started.</source>
        <translation>已保存。下次打开公文流转助手时使用这个数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/database_choice.py" line="137"/>
        <source>Choose the database server first.</source>
        <translation>请先选择“办公室的数据库服务器”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/database_choice.py" line="157"/>
        <source>Connected as {user}: {records} records.</source>
        <translation>已用 {user} 连接：共 {records} 条记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/database_choice.py" line="159"/>
        <source> This user may only read.</source>
        <translation>该用户只能查看，不能登记或修改。</translation>
    </message>
</context>
<context>
    <name>DatabaseChoiceDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings/database_choice.py" line="170"/>
        <source>Database this PC opens</source>
        <translation>本机使用的数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/database_choice.py" line="177"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DepartmentPicker</name>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="35"/>
        <source>Portfolio of %1</source>
        <translation>%1的分管部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="43"/>
        <source>a department not in the list, e.g. 县数据局</source>
        <translation>名单中没有的部门，例如 县数据局</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="44"/>
        <source>Add to the list</source>
        <translation>加入名单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="53"/>
        <source>Tick the departments this deputy head is in charge of. A department already in another deputy&apos;s portfolio must be taken off there first.</source>
        <translation>勾选这位副县长分管的部门。已由其他副县长分管的部门，须先从原分管领导处去掉。</translation>
    </message>
</context>
<context>
    <name>DueItemsModel</name>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="64"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="64"/>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="64"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="64"/>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="64"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="65"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="65"/>
        <source>State</source>
        <translation>情况</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="65"/>
        <source>Reminded</source>
        <translation>催办</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="73"/>
        <source>%1 time(s), last %2</source>
        <translation>%1 次，最近 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="76"/>
        <source>with %1</source>
        <translation>随同：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="107"/>
        <source>* Counted without the official holiday data of a year: check the calendar.</source>
        <translation>* 计算时缺少某年的法定节假日安排，请在日历中补充后核对。</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="42"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="61"/>
        <source>As of</source>
        <translation>按日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="63"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="66"/>
        <source>Due</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="67"/>
        <source>Follow-up (督办)</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="80"/>
        <source>Everything due</source>
        <translation>全部事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="85"/>
        <source>Any urgency</source>
        <translation>不限紧急程度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="85"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="86"/>
        <source>Due within 2 working days</source>
        <translation>2 个工作日内到期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="86"/>
        <source>Later</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="93"/>
        <source>Remind…</source>
        <translation>催办…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="94"/>
        <source>Print reminder slip…</source>
        <translation>打印催办单…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="99"/>
        <location filename="../../desktop_app/ui/office/due_page.py" line="125"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="111"/>
        <source>Open</source>
        <translation>督办中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="111"/>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="111"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="118"/>
        <source>Close with result…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="120"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="122"/>
        <source>Put a record under follow-up from its record view.</source>
        <translation>在公文详情页的“督办”一栏中立项督办。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="143"/>
        <source>Write the date as YYYY-MM-DD</source>
        <translation>日期请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="168"/>
        <source>%1 overdue · %2 due within 2 working days · %3 later (working days of the official calendar)</source>
        <translation>已逾期 %1 项 · 2 个工作日内到期 %2 项 · 未到期 %3 项（按法定工作日计算）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="171"/>
        <source>Nothing is due as of %1.</source>
        <translation>截至 %1 没有待办事项。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="172"/>
        <source>Due (%1)</source>
        <translation>待办事项 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="181"/>
        <source>Follow-up (督办) (%1 open)</source>
        <translation>督办 (%1 项未办结)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="216"/>
        <source>Select the item to remind.</source>
        <translation>请先选中要催办的事项。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="227"/>
        <source>Reminder recorded: %1 reminded on %2.</source>
        <translation>已记录催办：%2 催办%1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="238"/>
        <source>No reminder recorded for this item yet: use Remind… first.</source>
        <translation>该事项还没有催办记录：请先点“催办…”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="258"/>
        <source>Select an open follow-up item to close.</source>
        <translation>请先选中一项未办结的督办事项。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="262"/>
        <source>Follow-up closed with its result.</source>
        <translation>督办事项已办结，办理结果已记录。</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="357"/>
        <source>Setting up DocRoute</source>
        <translation>首次设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="410"/>
        <source>The sample data opened in a new window ({path}). Come back here to set up your office.</source>
        <translation>示例数据已在新窗口中打开（{path}）。看完后回到这里设置本办公室。</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="119"/>
        <source>Put under follow-up</source>
        <translation>立项督办</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="120"/>
        <source>第五十六条: a meeting decision or a leader&apos;s instruction is followed up until it is done; it stays in To do until closed with its result.</source>
        <translation>第五十六条：会议决定事项和领导批示由督查室立项督办，办结并记录办理结果前一直列在“待办与期限”中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="125"/>
        <source>Responsible department</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="126"/>
        <source>Due</source>
        <translation>督办期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="127"/>
        <source>Matter</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="127"/>
        <source>what is to be done</source>
        <translation>需要办理的事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="128"/>
        <source>Opened on</source>
        <translation>立项日期</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="138"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="138"/>
        <source>Responsible</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="138"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="138"/>
        <source>Matter</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="139"/>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="139"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="141"/>
        <source>Put under follow-up…</source>
        <translation>立项督办…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="144"/>
        <source>Close with result…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="147"/>
        <source>第五十六条: meeting decisions and leaders&apos; instructions are followed up until done; open items are listed in To do.</source>
        <translation>第五十六条：会议决定事项和领导批示立项督办，未办结的列在“待办与期限”中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="172"/>
        <source>Follow-up %1 open</source>
        <translation>督办 %1 项未结</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="172"/>
        <source>Follow-up</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="178"/>
        <source>Put under follow-up: it is listed in To do until closed.</source>
        <translation>已立项督办：办结前列在“待办与期限”中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="194"/>
        <source>Follow-up closed with its result.</source>
        <translation>督办事项已办结，办理结果已记录。</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="117"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="117"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="117"/>
        <source>Responsible</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="117"/>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="117"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="118"/>
        <source>Matter</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="118"/>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="118"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
</context>
<context>
    <name>HolidaysSection</name>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="29"/>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="30"/>
        <source>Deadlines count working days on the official calendar. The State Council publishes next year&apos;s holidays and make-up working days each November: import or enter them here, then mark the year complete. Until then, deadlines in that year count weekends only and say so.</source>
        <translation>期限按法定工作日计算。国务院办公厅每年11月公布下一年的放假和调休上班安排：在这里导入或逐日录入，再标记该年已完整录入。在此之前，该年的期限只按周末计算，并在每个期限旁提示。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="40"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="40"/>
        <source>Official data</source>
        <translation>官方安排</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="40"/>
        <source>Days off entered</source>
        <translation>已录放假日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="41"/>
        <source>Make-up days entered</source>
        <translation>已录调休上班日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="44"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="44"/>
        <source>Day</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="44"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="46"/>
        <source>Import arrangement…</source>
        <translation>导入放假安排…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="56"/>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="139"/>
        <source>day off</source>
        <translation>放假</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="57"/>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="139"/>
        <source>make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="59"/>
        <source>e.g. 春节</source>
        <translation>例如 春节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="60"/>
        <source>Enter day</source>
        <translation>录入这一天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="101"/>
        <source>Built in: the official arrangements of %1–%2.</source>
        <translation>程序内置 %1—%2 年的国务院放假安排。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="118"/>
        <source>built in</source>
        <translation>有（程序内置）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="120"/>
        <source>entered, complete</source>
        <translation>有（本办录入）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="121"/>
        <source>none: weekends only</source>
        <translation>无：只按周末计算</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="125"/>
        <source>%1: the official arrangement has not been entered. Deadlines in %1 count weekends only, and each one says so, until its days are entered and the year is marked complete.</source>
        <translation>%1 年的国务院放假安排尚未录入：涉及 %1 年的期限只按周末计算，并在每个期限旁提示，直到录入全年安排并标记该年已完整录入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="142"/>
        <source>Mark %1 complete</source>
        <translation>标记 %1 年已完整录入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="144"/>
        <source>%1 has official data already.</source>
        <translation>%1 年已有官方安排。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="158"/>
        <source>Import holiday arrangement</source>
        <translation>导入放假安排</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="158"/>
        <source>Arrangement (*.json *.csv)</source>
        <translation>放假安排 (*.json *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="165"/>
        <source>%1 days of %2 imported. When the whole arrangement is in, mark %2 complete.</source>
        <translation>已导入 %2 年的 %1 天。全年安排录齐后，请标记 %2 年已完整录入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="172"/>
        <source>%1 is marked complete: its deadlines now count the official arrangement.</source>
        <translation>%1 年已标记为完整录入：该年的期限按官方安排计算。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/holidays_page.py" line="181"/>
        <source>%1 entered.</source>
        <translation>已录入 %1。</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../desktop_app/ui/import_job.py" line="61"/>
        <source>Reading and checking the rows of {name}…</source>
        <translation>正在读取并检查 {name} 的各行…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_job.py" line="62"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_job.py" line="64"/>
        <source>Import registers</source>
        <translation>导入登记簿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_job.py" line="76"/>
        <source>All rows are good. Writing {total} records…</source>
        <translation>各行均无误，正在写入 {total} 条记录…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_job.py" line="78"/>
        <source>Reading and checking rows: {done}…</source>
        <translation>正在读取并检查：已 {done} 行…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_job.py" line="87"/>
        <source>Cancelling: nothing will be imported…</source>
        <translation>正在取消：不会导入任何记录…</translation>
    </message>
</context>
<context>
    <name>IncomingForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="262"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="263"/>
        <source>Sender</source>
        <translation>来文机关</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="264"/>
        <source>Sender&apos;s number</source>
        <translation>来文字号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="265"/>
        <source>Document type</source>
        <translation>文种</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="266"/>
        <source>Received on</source>
        <translation>收文日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="267"/>
        <source>Main recipients</source>
        <translation>主送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="268"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="271"/>
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="272"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="273"/>
        <source>Handle by</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="274"/>
        <source>Matters requested</source>
        <translation>请示事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="276"/>
        <source>Major matter</source>
        <translation>重大事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="276"/>
        <source>Report to the county head</source>
        <translation>报县长</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="277"/>
        <source>Assigned by a leader</source>
        <translation>领导交办</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="277"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="278"/>
        <source>Text or excerpt</source>
        <translation>正文或摘要</translation>
    </message>
</context>
<context>
    <name>LeadersPage</name>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="93"/>
        <source>Leaders and portfolios</source>
        <translation>领导与分管部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="94"/>
        <source>One row per leader. Double-click the departments of a deputy head to choose them.</source>
        <translation>每行一位领导。双击副县长的“分管部门”一栏选择部门。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="95"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="95"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="95"/>
        <source>In charge of</source>
        <translation>分管部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="103"/>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="105"/>
        <source>Remove row</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="107"/>
        <source>Fill from an org chart file…</source>
        <translation>从组织架构文件填入…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="149"/>
        <source>this leader</source>
        <translation>这位领导</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="166"/>
        <source>Org chart file</source>
        <translation>组织架构文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="166"/>
        <source>Org chart (*.json *.xlsx)</source>
        <translation>组织架构文件 (*.json *.xlsx)</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="97"/>
        <source>Print the seal ledger</source>
        <translation>打印用印登记簿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="104"/>
        <source>Preview and print…</source>
        <translation>预览并打印…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="106"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="113"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="114"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="115"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="117"/>
        <source>Every entry of the period, ending with the chain&apos;s head hash for the auditor to write down.</source>
        <translation>列出该期间的每一条登记，末尾印有登记簿链头校验值，供审计人员抄录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="151"/>
        <source>Save the seal ledger</source>
        <translation>保存用印登记簿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="159"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="41"/>
        <source>DocRoute — document routing assistant</source>
        <translation>公文流转助手</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="65"/>
        <source>Incoming</source>
        <translation>收文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="65"/>
        <source>Outgoing</source>
        <translation>发文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="65"/>
        <source>Seals</source>
        <translation>用印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="66"/>
        <source>To do and deadlines</source>
        <translation>待办与期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="66"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="67"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="67"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="154"/>
        <source>&amp;New record</source>
        <translation>新建登记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="155"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="156"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="157"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="158"/>
        <source>&amp;Export list to Excel…</source>
        <translation>导出当前列表到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="159"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="160"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="161"/>
        <source>Import &amp;org chart…</source>
        <translation>导入组织架构(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="162"/>
        <source>&amp;Import registers from Excel or CSV…</source>
        <translation>从 Excel 或 CSV 导入登记簿(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="163"/>
        <source>First-run &amp;wizard…</source>
        <translation>首次设置向导(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="164"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="165"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="166"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="171"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="173"/>
        <source>Se&amp;ttings</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="175"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="191"/>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="195"/>
        <source>Last backup: {when}</source>
        <translation>最近备份：{when}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="196"/>
        <source>Last backup: none yet</source>
        <translation>最近备份：尚无</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="231"/>
        <source>Choose Incoming or Outgoing to register a new document.</source>
        <translation>请先选择“收文”或“发文”，再新建登记。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="255"/>
        <source>Select a record to print.</source>
        <translation>请先在列表中选中要打印的公文。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="260"/>
        <source>There is nothing to print on this page.</source>
        <translation>本页没有可打印的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="274"/>
        <source>There is nothing to save on this page: the list is always up to date.</source>
        <translation>本页无需保存：列表始终是最新的。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="283"/>
        <source>Choose a list to export.</source>
        <translation>请先打开要导出的列表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="294"/>
        <source>Backing up…</source>
        <translation>正在备份……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="299"/>
        <source>Waiting for another backup (the daily one, say) to finish, then backing up…</source>
        <translation>正在等待另一个备份（例如每日自动备份）完成，随后开始备份……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="309"/>
        <location filename="../../desktop_app/ui/main_window.py" line="311"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="314"/>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="337"/>
        <location filename="../../desktop_app/ui/main_window.py" line="341"/>
        <location filename="../../desktop_app/ui/main_window.py" line="345"/>
        <location filename="../../desktop_app/ui/main_window.py" line="374"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="342"/>
        <source>DocRoute backups (*.backup.json *.sqlite)</source>
        <translation>公文流转助手备份 (*.backup.json *.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="346"/>
        <source>Replace the records in this database by those in the backup {name}?

The backup is checked first; if anything is wrong, nothing changes. The current database is kept in the backups folder.</source>
        <translation>用备份 {name} 中的记录替换当前数据库中的记录吗？

会先检查备份，发现任何问题都不作改动。当前数据库会另存在 backups 文件夹中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="355"/>
        <source>Checking the backup and restoring it…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="367"/>
        <source>Restored {count} records from {name}; the replaced database is kept as {kept}</source>
        <translation>已从 {name} 恢复 {count} 条记录；被替换的数据库另存为 {kept}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="385"/>
        <location filename="../../desktop_app/ui/main_window.py" line="390"/>
        <source>Import registers</source>
        <translation>导入登记簿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="385"/>
        <source>Registers (*.xlsx *.csv)</source>
        <translation>登记簿 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="391"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>已取消导入：未导入任何记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="401"/>
        <source>Imported {n} records ({outgoing} outgoing, {incoming} incoming).</source>
        <translation>已导入 {n} 条记录（发文 {outgoing} 条，收文 {incoming} 条）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="413"/>
        <source>Org chart imported: {count} people of {county}</source>
        <translation>已导入{county}组织架构，共 {count} 人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="449"/>
        <source>This registry is set up already: change it here, under Settings.</source>
        <translation>本数据库已经设置过，请在“设置”中修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="462"/>
        <source>The registry is set up: register the first document with New… (Ctrl+N).</source>
        <translation>设置完成：点“新建…（Ctrl+N）”登记第一份公文。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="501"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>OrgSection</name>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="85"/>
        <source>Organisation</source>
        <translation>组织架构</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="86"/>
        <source>The county&apos;s leaders and the departments each deputy head is in charge of. Double-click a name to change it, choose a role in its row, double-click the departments to choose them. A change applies to documents routed from now on; registered records keep their plans.</source>
        <translation>县政府领导及各副县长分管的部门。双击姓名可修改，在本行选择职务，双击分管部门一栏选择部门。修改只影响此后计算的流转方案，已登记公文的流转方案不变。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="90"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="90"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="90"/>
        <source>In charge of</source>
        <translation>分管部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="102"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="105"/>
        <source>Add leader</source>
        <translation>增加领导</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="108"/>
        <source>Remove selected</source>
        <translation>删去所选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="110"/>
        <source>Import from file…</source>
        <translation>从文件导入…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="112"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="112"/>
        <source>Deputy in charge</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="115"/>
        <source>new department</source>
        <translation>新部门名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="116"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="118"/>
        <source>Remove</source>
        <translation>删去</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="140"/>
        <source>Departments to choose from</source>
        <translation>部门名单（分管时从中选择）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="162"/>
        <source>id: %1</source>
        <translation>人员 id：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="172"/>
        <source>(double-click to choose)</source>
        <translation>（双击选择）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="190"/>
        <source>No %1 yet: the steps that need them stay unassigned until one is added.</source>
        <translation>尚无%1：需要其办理的步骤暂时无人办理，请补充。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="199"/>
        <source>Name saved.</source>
        <translation>姓名已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="205"/>
        <source>Role saved.</source>
        <translation>职务已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="221"/>
        <source>Portfolio of %1 saved.</source>
        <translation>%1的分管部门已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="226"/>
        <source>%1 added.</source>
        <translation>已增加 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="234"/>
        <source>Select a leader in the table first.</source>
        <translation>请先在表中选择一位领导。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="237"/>
        <source>Removed. Registered records keep their plans.</source>
        <translation>已删去。已登记公文的流转方案不变。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="253"/>
        <source>%1 added to the list.</source>
        <translation>%1 已加入名单。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="258"/>
        <source>Select a department in the list first.</source>
        <translation>请先在名单中选择一个部门。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/org_page.py" line="261"/>
        <source>%1 removed from the list.</source>
        <translation>%1 已从名单中删去。</translation>
    </message>
</context>
<context>
    <name>OutgoingForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="195"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="196"/>
        <source>Issued by</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="197"/>
        <source>Number series</source>
        <translation>机关代字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="198"/>
        <source>Document type</source>
        <translation>文种</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="199"/>
        <source>Direction</source>
        <translation>行文方向</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="200"/>
        <source>Scope</source>
        <translation>事项范围</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="201"/>
        <source>Drafting department</source>
        <translation>拟稿单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="202"/>
        <source>Co-signing departments</source>
        <translation>会签单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="203"/>
        <source>Main recipients</source>
        <translation>主送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="204"/>
        <source>Copied to</source>
        <translation>抄送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="205"/>
        <source>Drafter</source>
        <translation>拟稿人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="206"/>
        <source>Draft date</source>
        <translation>拟稿日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="207"/>
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="208"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="209"/>
        <source>Publicity</source>
        <translation>公开属性</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="210"/>
        <source>Reason for not publishing</source>
        <translation>不予公开理由</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="211"/>
        <source>required when the document is not published, e.g. 涉及国家秘密</source>
        <translation>公开属性为“不予公开”时必填，例如：涉及国家秘密</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="212"/>
        <source>Meeting date (minutes)</source>
        <translation>会议日期（纪要）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="213"/>
        <source>Copies printed</source>
        <translation>印制份数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="215"/>
        <source>Normative document</source>
        <translation>规范性文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="215"/>
        <location filename="../../desktop_app/ui/forms.py" line="216"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="216"/>
        <source>Appointment or removal</source>
        <translation>人员任免</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="48"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="49"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="51"/>
        <source>Page &amp;order:</source>
        <translation>页面顺序(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="52"/>
        <source>Pages &amp;per sheet:</source>
        <translation>每张页数(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="50"/>
        <source>Page &amp;Set:</source>
        <translation>页面组(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>QueryForm</name>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="72"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="73"/>
        <source>title, number, sender … (two characters are enough)</source>
        <translation>标题、文号、来文机关……（两个字即可）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="74"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="74"/>
        <location filename="../../desktop_app/ui/office/query_form.py" line="78"/>
        <location filename="../../desktop_app/ui/office/query_form.py" line="83"/>
        <location filename="../../desktop_app/ui/office/query_form.py" line="86"/>
        <location filename="../../desktop_app/ui/office/query_form.py" line="93"/>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="74"/>
        <source>Outgoing</source>
        <translation>发文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="75"/>
        <source>Incoming</source>
        <translation>收文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="78"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="81"/>
        <source>Registered from</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="82"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="83"/>
        <source>Type</source>
        <translation>文种</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="85"/>
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="88"/>
        <source>Series</source>
        <translation>机关代字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="89"/>
        <source>Unit / sender</source>
        <translation>拟稿单位/来文机关</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="91"/>
        <source>Signed by</source>
        <translation>签发人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="93"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="94"/>
        <source>Not overdue</source>
        <translation>未逾期</translation>
    </message>
</context>
<context>
    <name>QueryPage</name>
    <message>
        <location filename="../../desktop_app/ui/office/query_page.py" line="43"/>
        <source>Search the registers</source>
        <translation>查询收文、发文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_page.py" line="47"/>
        <source>Archive catalogue</source>
        <translation>归档文件目录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_page.py" line="71"/>
        <source>Export to E&amp;xcel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_page.py" line="73"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_page.py" line="74"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_page.py" line="76"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_page.py" line="83"/>
        <source>Fill in any fields and press Enter: all of them must hold.</source>
        <translation>填写任意几项后按回车：所填各项同时满足。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/office/query_page.py" line="120"/>
        <location filename="../../desktop_app/ui/office/query_page.py" line="125"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>共 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/office/query_page.py" line="120"/>
        <source>over %Ln</source>
        <translation>
            <numerusform>%Ln 条以上</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_page.py" line="163"/>
        <source>Nothing to export: run a search first.</source>
        <translation>没有可导出的结果：请先查询。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_page.py" line="167"/>
        <location filename="../../desktop_app/ui/office/query_page.py" line="171"/>
        <location filename="../../desktop_app/ui/office/query_page.py" line="179"/>
        <location filename="../../desktop_app/ui/office/query_page.py" line="187"/>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_page.py" line="168"/>
        <source>Export all %1 records? This takes about %2 seconds.</source>
        <translation>导出全部 %1 条记录？大约需要 %2 秒。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_page.py" line="172"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_page.py" line="183"/>
        <source>Exported %1 records (%2 outgoing, %3 incoming) to %4</source>
        <translation>已导出 %1 条记录（发文 %2 条，收文 %3 条）到 %4</translation>
    </message>
</context>
<context>
    <name>QueryResultsModel</name>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="51"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>RecordHost</name>
    <message>
        <location filename="../../desktop_app/ui/office/common.py" line="117"/>
        <source>← Back (Esc)</source>
        <translation>← 返回 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/common.py" line="120"/>
        <source>Record</source>
        <translation>公文详情</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="177"/>
        <source>Sender</source>
        <translation>来文机关</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="177"/>
        <source>Drafting unit</source>
        <translation>拟稿单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="178"/>
        <source>Sender / drafting unit</source>
        <translation>来文机关／拟稿单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="179"/>
        <source>Receipt number</source>
        <translation>收文编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="179"/>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="180"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="181"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="181"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="181"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="181"/>
        <source>Due</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="188"/>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="202"/>
        <source>Overdue: the deadline was {due}</source>
        <translation>已超期：办理期限为 {due}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="210"/>
        <source>(no number yet)</source>
        <translation>（尚未编号）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="212"/>
        <source>{due} overdue</source>
        <translation>{due} 已超期</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="57"/>
        <source>Attachments (drop files here)</source>
        <translation>附件（把文件拖到这里）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="58"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="65"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="65"/>
        <source>Planned</source>
        <translation>应办理人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="65"/>
        <source>Done by</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="66"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="66"/>
        <location filename="../../desktop_app/ui/record_view.py" line="108"/>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="66"/>
        <source>Article</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="83"/>
        <source>e.g. 同意</source>
        <translation>例如：同意</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="84"/>
        <source>Record step</source>
        <translation>记录此环节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="86"/>
        <source>Assign number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="95"/>
        <source>Print… (Ctrl+P)</source>
        <translation>打印…（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="97"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="99"/>
        <source>Save as DOCX…</source>
        <translation>另存为 DOCX…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="101"/>
        <source>Request seal use…</source>
        <translation>申请用印…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="104"/>
        <source>Record the selected step</source>
        <translation>记录选中的环节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="107"/>
        <source>By</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="107"/>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="174"/>
        <source>(no number yet)</source>
        <translation>（尚未编号）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="224"/>
        <source>A number is given once these steps are recorded: %1</source>
        <translation>以下步骤记录后方可编号：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="227"/>
        <source>Signed and reviewed: the number can be assigned.</source>
        <translation>已审核、签发，可以编号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="265"/>
        <source>%1 (no longer on the org chart)</source>
        <translation>%1（已移出名单）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="279"/>
        <source>Record step %1 (%2) first: leaders do not sign what the office has not reviewed (Article 64).</source>
        <translation>请先记录第 %1 步“%2”：县政府领导不直接签批未经县政府办公室审理的公文文稿（第六十四条）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="301"/>
        <source>Step recorded.</source>
        <translation>已记录此环节。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="305"/>
        <source>Number assigned.</source>
        <translation>已编号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="317"/>
        <source>Attachment added.</source>
        <translation>已添加附件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="368"/>
        <source>Save slip</source>
        <translation>保存稿纸</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="377"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="54"/>
        <source>New… (Ctrl+N)</source>
        <translation>新建…（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="58"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="60"/>
        <source>Export to E&amp;xcel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="92"/>
        <source>← Back to list (Esc)</source>
        <translation>← 返回列表（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="127"/>
        <source>No records match. Try other words, or choose “All years”.</source>
        <translation>没有符合条件的公文。请换个关键词，或选择“全部年份”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="133"/>
        <source>No incoming documents yet. Click New… (Ctrl+N) to register the first one.</source>
        <translation>还没有收文。点右上角的“新建…（Ctrl+N）”登记第一份收文。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="134"/>
        <source>No outgoing documents yet. Click New… (Ctrl+N) to register the first draft.</source>
        <translation>还没有发文。点右上角的“新建…（Ctrl+N）”登记第一份发文稿。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="186"/>
        <source>Register a new outgoing document</source>
        <translation>登记发文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="187"/>
        <source>Register a new incoming document</source>
        <translation>登记收文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="201"/>
        <source>Record</source>
        <translation>公文详情</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="224"/>
        <source>Unsaved registration</source>
        <translation>登记尚未保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="225"/>
        <source>This registration has not been saved. Save it, or discard what was typed?</source>
        <translation>这份登记还没有保存。要保存，还是放弃已填写的内容？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="229"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="230"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="283"/>
        <source>Saved. The record is open below.</source>
        <translation>已保存，下面是这份公文的详情。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="296"/>
        <location filename="../../desktop_app/ui/records_page.py" line="318"/>
        <location filename="../../desktop_app/ui/records_page.py" line="331"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="297"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="298"/>
        <source>CSV for Excel, the fast choice for long lists: a million rows in under a minute (*.csv)</source>
        <translation>CSV（Excel 可打开），记录很多时更快：一百万行不到一分钟 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="301"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="332"/>
        <source>Exported {n} records to
{path}</source>
        <translation>已导出 {n} 条记录到
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="335"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="336"/>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="231"/>
        <location filename="../../desktop_app/ui/records_page.py" line="301"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="129"/>
        <source>Nothing registered yet. First enter the county&apos;s leaders and their portfolios under Settings → Organisation (or File → Import org chart…), then click New… (Ctrl+N) to register the first document.</source>
        <translation>还没有登记任何公文。请先在“设置 → 组织架构”中录入本县领导及其分工（或用“文件 → 导入组织架构…”导入），再点“新建…（Ctrl+N）”登记第一份公文。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="312"/>
        <source>Sender&apos;s number</source>
        <translation>来文字号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="313"/>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="319"/>
        <source>Could not write {path} ({reason}). Close the file if it is open in Excel, or choose another folder.</source>
        <translation>无法写入 {path}（{reason}）。如该文件正在 Excel 中打开，请先关闭，或换一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="325"/>
        <source>Exported {n} records to {path}</source>
        <translation>已导出 {n} 条到 {path}</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="47"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="119"/>
        <source>no leaders have been entered yet (Settings → Organisation, or File → Import org chart…)</source>
        <translation>尚未录入县政府领导，请在“设置 → 组织架构”中录入，或用“文件 → 导入组织架构…”导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="151"/>
        <source>Saved as record %1.</source>
        <translation>已保存，登记序号 %1。</translation>
    </message>
</context>
<context>
    <name>RemindDialog</name>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="86"/>
        <source>Remind</source>
        <translation>催办</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="91"/>
        <source>Reminded</source>
        <translation>被催办单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="92"/>
        <source>the department or person reminded</source>
        <translation>被催办的单位或人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="93"/>
        <source>Reminded by</source>
        <translation>催办人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="94"/>
        <source>On</source>
        <translation>催办日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="95"/>
        <source>By means of</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="99"/>
        <source>What was said</source>
        <translation>催办内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="99"/>
        <source>e.g. 请于今日回复</source>
        <translation>例如：请于今日回复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="100"/>
        <source>Print the reminder slip (催办单) now</source>
        <translation>现在打印催办单</translation>
    </message>
</context>
<context>
    <name>RoutingPanel</name>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="59"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="59"/>
        <source>Article</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="59"/>
        <source>Who</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="75"/>
        <source>Routing under the county work rules</source>
        <translation>按县政府工作规则的流转方案</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="104"/>
        <source>Cannot route yet: %1</source>
        <translation>暂时无法计算流转方案：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="110"/>
        <source>Refused (see the notices below)</source>
        <translation>不予办理（见下方提示）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="114"/>
        <source>Approved by: %1</source>
        <translation>审定：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="114"/>
        <source>No further approval needed</source>
        <translation>无需其他审定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="115"/>
        <source>(vacant)</source>
        <translation>（空缺）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="118"/>
        <source>, signing for the %1</source>
        <translation>，代%1签发</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="119"/>
        <source>Signer: %1 (%2)</source>
        <translation>签发：%1（%2）</translation>
    </message>
</context>
<context>
    <name>RulesSection</name>
    <message>
        <location filename="../../desktop_app/ui/settings/rules_page.py" line="20"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/rules_page.py" line="21"/>
        <source>The tables DocRoute routes by, under the county&apos;s work rules. Select a row to read its articles. They cannot be changed here.</source>
        <translation>公文流转助手按《县人民政府工作规则》计算流转方案所用的规则表。选择一行可阅读其依据条文。此处只读，不能修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/rules_page.py" line="25"/>
        <source>all tables</source>
        <translation>全部规则表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/rules_page.py" line="29"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/rules_page.py" line="29"/>
        <source>Rule</source>
        <translation>规定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/rules_page.py" line="29"/>
        <source>Article</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/rules_page.py" line="41"/>
        <source>Table</source>
        <translation>规则表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/rules_page.py" line="70"/>
        <source>%1 rows</source>
        <translation>共 %1 行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/rules_page.py" line="82"/>
        <source>This row cites no article.</source>
        <translation>这一行没有引用条文。</translation>
    </message>
</context>
<context>
    <name>ScanOpener</name>
    <message>
        <location filename="../../desktop_app/ui/office/scan_open.py" line="43"/>
        <source>Scanned a slip of record %1, which is not in this registry.</source>
        <translation>扫描到第 %1 号记录的处理笺，但本登记簿中没有这条记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/scan_open.py" line="47"/>
        <source>Scanned: %1</source>
        <translation>已扫描：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/scan_open.py" line="58"/>
        <source>Scanned “%1”: no record has this number.</source>
        <translation>已扫描“%1”：没有这个编号的公文。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/scan_open.py" line="62"/>
        <source>Scanned “%1”: %2 records have this number.</source>
        <translation>已扫描“%1”：有 %2 条记录是这个编号。</translation>
    </message>
</context>
<context>
    <name>SealLedgerModel</name>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="43"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="43"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="43"/>
        <source>Entry</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="43"/>
        <source>Seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="43"/>
        <source>Department</source>
        <translation>申请部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="44"/>
        <source>Matter</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="44"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="44"/>
        <source>Approved / sealed by</source>
        <translation>审批人／监印人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="44"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="55"/>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="77"/>
        <source>Out, not returned</source>
        <translation>带出未归还</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="77"/>
        <source>Returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="83"/>
        <source>entry {n}</source>
        <translation>第 {n} 条</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="85"/>
        <source>Recorded {at}</source>
        <translation>登记于 {at}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="87"/>
        <source>Request {n}</source>
        <translation>用印申请 {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="90"/>
        <source>Code {code}</source>
        <translation>校验码 {code}</translation>
    </message>
</context>
<context>
    <name>SealRequestForm</name>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="32"/>
        <source>Seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="33"/>
        <source>Used on</source>
        <translation>用印类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="34"/>
        <source>Requesting department</source>
        <translation>申请部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="35"/>
        <source>Matter</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="36"/>
        <source>Document name</source>
        <translation>文件名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="37"/>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="38"/>
        <source>for a signed document, e.g. 托政发〔2026〕12号</source>
        <translation>已签发公文填写文号，例如 托政发〔2026〕12号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="39"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="41"/>
        <source>Requested by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="42"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="43"/>
        <source>Blank paper</source>
        <translation>空白文书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="43"/>
        <source>The paper is blank (blank forms, letters)</source>
        <translation>是空白文书（空白介绍信、奖状、纸张等）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="44"/>
        <source>Proof attached</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="44"/>
        <source>Yes (introduction letters)</source>
        <translation>已附（介绍信所需）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="45"/>
        <source>Special case</source>
        <translation>特殊情况</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="45"/>
        <source>Yes (第七十条)</source>
        <translation>是（第七十条）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="46"/>
        <source>Seal leaves the office</source>
        <translation>印章带出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="46"/>
        <source>Yes (第七十二条)</source>
        <translation>是（第七十二条）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="81"/>
        <source>Stored as request %1, refused: %2 (%3)</source>
        <translation>已登记为用印申请 %1，不予用印：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="85"/>
        <source>Saved as request %1.</source>
        <translation>已登记为用印申请 %1。</translation>
    </message>
</context>
<context>
    <name>SealRequestView</name>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="59"/>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="59"/>
        <source>Who</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="59"/>
        <source>Article</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="72"/>
        <source>Take the seal out…</source>
        <translation>印章带出…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="74"/>
        <source>Seal returned</source>
        <translation>印章归还</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="76"/>
        <source>Print… (Ctrl+P)</source>
        <translation>打印…（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="78"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="80"/>
        <source>Save as DOCX…</source>
        <translation>另存为 DOCX…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="94"/>
        <source>Approvals the rules require (hover for the article)</source>
        <translation>按规定须经的审批（鼠标停留可看条文）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="95"/>
        <source>This request in the ledger (entry, time, code)</source>
        <translation>本申请在登记簿中的记录（条目号、时间、校验码）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="102"/>
        <location filename="../../desktop_app/ui/seal_view.py" line="211"/>
        <source>Record the use of the seal</source>
        <translation>登记用印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="104"/>
        <source>the clerk who supervises the stamping</source>
        <translation>监督用印的文书科人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="109"/>
        <location filename="../../desktop_app/ui/seal_view.py" line="203"/>
        <source>Drop the scan of the signed slip here (optional)</source>
        <translation>把已签字的用印审批单扫描件拖到这里（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="112"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="114"/>
        <source>Record use</source>
        <translation>登记用印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="118"/>
        <source>Supervised by</source>
        <translation>监印人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="118"/>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="119"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="143"/>
        <source>%1 copies</source>
        <translation>%1 份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="169"/>
        <source>Refused: nothing to approve</source>
        <translation>不予用印，无需审批</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="170"/>
        <source>No further approval needed (a signed document, 第六十九条)</source>
        <translation>无需另行审批（已签发的公文，第六十九条）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="178"/>
        <source> — approved</source>
        <translation> — 已签字同意</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="179"/>
        <source>Approve</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="193"/>
        <source>Signed on the slip:</source>
        <translation>审批单上已签字：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="196"/>
        <source>%1 signed</source>
        <translation>%1 已签字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="208"/>
        <source>Sealed on %1 by %2, %3 copies</source>
        <translation>已于 %1 用印，监印人 %2，%3 份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="216"/>
        <source>%1 is out since %2 with %3</source>
        <translation>%1 %2 带出，随同 %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="220"/>
        <source>%1 is in the safe</source>
        <translation>%1 在保险柜中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="238"/>
        <source>Scan: %1</source>
        <translation>扫描件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="241"/>
        <source>Scan of the signed slip</source>
        <translation>已签字审批单的扫描件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="242"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="250"/>
        <source>Use recorded in the ledger.</source>
        <translation>用印已登记。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="254"/>
        <source>Seal returned to the safe.</source>
        <translation>印章已归还，存入保险柜。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="293"/>
        <source>Save slip</source>
        <translation>保存稿纸</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="298"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>SealStrip</name>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="42"/>
        <source>Keeper: %1</source>
        <translation>保管人：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="60"/>
        <source>in the safe</source>
        <translation>在保险柜中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="62"/>
        <source>OUT since %1 with %2 — not back by the end of the working day (第七十二条)</source>
        <translation>%1 带出，随同 %2 — 下班前未归还（第七十二条）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="64"/>
        <source>out since %1 with %2</source>
        <translation>%1 带出，随同 %2</translation>
    </message>
</context>
<context>
    <name>SealsPage</name>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="100"/>
        <source>Search matter, department, people or seal</source>
        <translation>搜索事由、部门、人员或印章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="103"/>
        <source>All entries</source>
        <translation>全部登记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="103"/>
        <source>Requests</source>
        <translation>用印申请</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="104"/>
        <source>Awaiting use</source>
        <translation>待用印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="104"/>
        <source>Uses</source>
        <translation>用印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="105"/>
        <source>Take-outs and returns</source>
        <translation>带出与归还</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="105"/>
        <source>Corrections</source>
        <translation>更正与变更</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="110"/>
        <source>New request… (Ctrl+N)</source>
        <translation>申请用印…（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="111"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="112"/>
        <source>Take out…</source>
        <translation>带出…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="113"/>
        <source>Return…</source>
        <translation>归还…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="114"/>
        <source>Print ledger…</source>
        <translation>打印登记簿…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="142"/>
        <source>← Back to list (Esc)</source>
        <translation>← 返回列表（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="197"/>
        <source>This entry belongs to no request (a take-out or a seal change).</source>
        <translation>这条登记不属于任何用印申请（印章带出或印章变更）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="207"/>
        <source>New seal request</source>
        <translation>新的用印申请</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="223"/>
        <source>Seal request</source>
        <translation>用印申请</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="238"/>
        <source>Request stored in the seal ledger.</source>
        <translation>用印申请已登记。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="251"/>
        <source>Select a request to print its slip, or use Print ledger…</source>
        <translation>请先选中一份用印申请再打印审批单，或点“打印登记簿…”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="262"/>
        <source>There is nothing to save on this page: the ledger is always up to date.</source>
        <translation>本页无需保存：用印登记簿随时是最新的。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="282"/>
        <source>Every seal is in the safe.</source>
        <translation>所有印章都在保险柜中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="294"/>
        <source>%1 returned to the safe.</source>
        <translation>%1 已归还，存入保险柜。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="302"/>
        <source>Return a seal</source>
        <translation>印章归还</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="302"/>
        <source>Seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="266"/>
        <source>Seals</source>
        <translation>印章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="267"/>
        <source>The seals are kept by the document section (第六十八条). Check their names as they print on the seal approval slip, and who keeps each.</source>
        <translation>印章由文书科保管（第六十八条）。请核对印章名称（印在用印审批单上）及保管人。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="269"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="269"/>
        <source>Keeper</source>
        <translation>保管人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="269"/>
        <source>Seal name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="299"/>
        <source>Every seal needs its name and its keeper (at most 60 characters each).</source>
        <translation>每枚印章都要填写名称和保管人（各不超过 60 字）。</translation>
    </message>
</context>
<context>
    <name>SealsSection</name>
    <message>
        <location filename="../../desktop_app/ui/settings/seals_page.py" line="20"/>
        <source>Seals</source>
        <translation>印章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/seals_page.py" line="21"/>
        <source>The seals&apos; names as they print on the seal approval slip, and who keeps each (第六十八条). Double-click a name or a keeper to change it; every change is written into the seal ledger.</source>
        <translation>印章名称（印在用印审批单上）及各枚印章的保管人（第六十八条）。双击名称或保管人可修改，每次修改都记入用印登记簿。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/seals_page.py" line="25"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/seals_page.py" line="25"/>
        <source>Keeper</source>
        <translation>保管人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/seals_page.py" line="25"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/seals_page.py" line="25"/>
        <source>Seal name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/seals_page.py" line="31"/>
        <source>why, e.g. 经办公室主任批准由机要员保管（第七十二条）</source>
        <translation>变更原因，例如 经办公室主任批准由机要员保管（第七十二条）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/seals_page.py" line="33"/>
        <source>Note for the ledger</source>
        <translation>记入登记簿的说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/seals_page.py" line="46"/>
        <source>out since %1 with %2</source>
        <translation>自 %1 起带出，随同人员 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/seals_page.py" line="47"/>
        <source>in the safe</source>
        <translation>在保险柜中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/seals_page.py" line="61"/>
        <source>Saved and written into the seal ledger.</source>
        <translation>已保存，并记入用印登记簿。</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../desktop_app/ui/search_bar.py" line="31"/>
        <source>Search title, number or unit (two characters are enough)</source>
        <translation>搜索标题、文号或单位（输入两个字即可）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_bar.py" line="34"/>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_bar.py" line="38"/>
        <source>Overdue only</source>
        <translation>只看超期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_bar.py" line="43"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search_bar.py" line="88"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>共 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search_bar.py" line="89"/>
        <source>over %Ln</source>
        <translation>
            <numerusform>%Ln 条以上</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesPage</name>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="198"/>
        <source>Document number series</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="199"/>
        <source>The 机关代字 of your office&apos;s documents, e.g. 托政发〔2026〕12号. Each series restarts at 1 every year.</source>
        <translation>本办公室发文所用的机关代字，例如 托政发〔2026〕12号 中的“托政发”。每个机关代字每年从 1 号编起。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="201"/>
        <source>Series</source>
        <translation>机关代字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="201"/>
        <source>Issued by</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="201"/>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="201"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="204"/>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="207"/>
        <source>Remove row</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="254"/>
        <source>Give at least one series, each only once.</source>
        <translation>请至少填写一个机关代字，每个只写一次。</translation>
    </message>
</context>
<context>
    <name>SeriesSection</name>
    <message>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="41"/>
        <source>Document numbers</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="42"/>
        <source>Each series (机关代字) restarts at 1 every year and never skips or repeats a number. Set the next number only when the office starts using DocRoute in the middle of a year.</source>
        <translation>每个机关代字每年从 1 号编起，连续编号，不跳号、不重号。只有年中开始使用本程序时（此前已手工编号），才需要设定下一个序号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="50"/>
        <source>Series</source>
        <translation>机关代字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="50"/>
        <source>Issued by</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="50"/>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="50"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="51"/>
        <source>Given up to</source>
        <translation>已编至</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="51"/>
        <source>Next number</source>
        <translation>下一个序号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="59"/>
        <source>Set next number</source>
        <translation>设定下一个序号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="64"/>
        <source>e.g. 托政任</source>
        <translation>例如 托政任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="67"/>
        <source>Add series</source>
        <translation>新增机关代字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="70"/>
        <source>Remove unused series</source>
        <translation>删去未使用的机关代字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="72"/>
        <source>Voided number</source>
        <translation>作废的文号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="72"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="72"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="78"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="81"/>
        <source>Next number of the selected series</source>
        <translation>所选机关代字的下一个序号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="113"/>
        <source>%1 voided</source>
        <translation>作废 %1 个</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="124"/>
        <source>Numbers voided in %1 (kept, never given again): %2</source>
        <translation>%1 年作废的文号（保留记录，永不重用）：%2 个</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="147"/>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="184"/>
        <source>Select a series in the table first.</source>
        <translation>请先在表中选择一个机关代字。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="152"/>
        <source>The next number of %1 in %2 is now %3.</source>
        <translation>%1 在 %2 年的下一个序号已设为 %3。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="162"/>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="169"/>
        <source>%1 saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="175"/>
        <source>%1 added.</source>
        <translation>已增加 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/series_page.py" line="187"/>
        <source>%1 removed.</source>
        <translation>已删去 %1。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_app/ui/settings/__init__.py" line="49"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/__init__.py" line="62"/>
        <source>Organisation</source>
        <translation>组织架构</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/__init__.py" line="62"/>
        <source>Absences</source>
        <translation>请假与外出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/__init__.py" line="63"/>
        <source>Document numbers</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/__init__.py" line="63"/>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/__init__.py" line="63"/>
        <source>Seals</source>
        <translation>印章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/__init__.py" line="64"/>
        <source>Slips and fonts</source>
        <translation>稿纸与字体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/__init__.py" line="64"/>
        <source>Data and backups</source>
        <translation>数据与备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/__init__.py" line="64"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop_app/ui/sign_in.py" line="13"/>
        <source>Sign in to the database server</source>
        <translation>登录数据库服务器</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in.py" line="16"/>
        <source>Server: {host}, database: {name}</source>
        <translation>服务器：{host}，数据库：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in.py" line="28"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in.py" line="29"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in.py" line="31"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in.py" line="32"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SlipsSection</name>
    <message>
        <location filename="../../desktop_app/ui/settings/slips_page.py" line="19"/>
        <source>Slips and fonts</source>
        <translation>稿纸与字体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/slips_page.py" line="20"/>
        <source>The county&apos;s name heads every slip and register. Official forms set the body in 仿宋 and titles in 小标宋 or 宋体; where this PC has none of them, the bundled font is used, so nothing prints as boxes.</source>
        <translation>县名印在每张稿纸和登记簿的抬头。公文稿纸正文用仿宋，标题用小标宋或宋体；本机没有这些字体时使用程序内置字体，不会印出方框。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/slips_page.py" line="25"/>
        <source>Save name</source>
        <translation>保存县名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/slips_page.py" line="37"/>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/slips_page.py" line="37"/>
        <source>Plays</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/slips_page.py" line="37"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/slips_page.py" line="37"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/slips_page.py" line="43"/>
        <source>County</source>
        <translation>县名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/slips_page.py" line="44"/>
        <source>Slip heading</source>
        <translation>稿纸抬头</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/slips_page.py" line="45"/>
        <source>Body font</source>
        <translation>正文字体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/slips_page.py" line="48"/>
        <source>Chinese fonts found on this PC</source>
        <translation>本机找到的中文字体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/slips_page.py" line="59"/>
        <source>bundled</source>
        <translation>程序内置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/slips_page.py" line="59"/>
        <source>this PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/slips_page.py" line="63"/>
        <source>automatic (仿宋, else 宋体, else the bundled font)</source>
        <translation>自动（仿宋；没有则宋体；再没有则用内置字体）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/slips_page.py" line="77"/>
        <source>The chosen body font %1 is not on this PC: slips use the automatic choice.</source>
        <translation>所选正文字体 %1 在本机上没有，稿纸将自动选择字体。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/slips_page.py" line="79"/>
        <source>Body (仿宋)</source>
        <translation>正文（仿宋）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/slips_page.py" line="79"/>
        <source>Titles (小标宋 or 宋体)</source>
        <translation>标题（小标宋或宋体）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/slips_page.py" line="80"/>
        <source>Headings (黑体)</source>
        <translation>小标题（黑体）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/slips_page.py" line="82"/>
        <source> — not on this PC, the bundled font is used</source>
        <translation>&#x3000;— 本机没有，使用程序内置字体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/slips_page.py" line="83"/>
        <source>Characters a font lacks come from %1.</source>
        <translation>字体缺少的字用 %1 补足。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/slips_page.py" line="84"/>
        <source>Slips printed on this PC:</source>
        <translation>本机打印稿纸所用字体：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/slips_page.py" line="95"/>
        <source>The county&apos;s name is saved: slips printed from now on carry it.</source>
        <translation>县名已保存：此后打印的稿纸使用新县名。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/slips_page.py" line="101"/>
        <source>Body font saved.</source>
        <translation>正文字体已保存。</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="43"/>
        <source>Outgoing by series</source>
        <translation>发文按机关代字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="43"/>
        <source>Outgoing by type</source>
        <translation>发文按文种</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="44"/>
        <source>Outgoing by direction</source>
        <translation>发文按行文方向</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="45"/>
        <source>Outgoing by drafting department</source>
        <translation>发文按拟稿单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="46"/>
        <source>Incoming by sender</source>
        <translation>收文按来文机关</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="50"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="53"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="54"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="55"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="65"/>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="66"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="66"/>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="116"/>
        <source>Outgoing</source>
        <translation>发文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="66"/>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="117"/>
        <source>Incoming</source>
        <translation>收文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="114"/>
        <source>by registration date, voided ones left out (第六十六条)</source>
        <translation>按登记日期统计，不含作废（第六十六条）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="153"/>
        <source>Save the statistics</source>
        <translation>保存统计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="161"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="309"/>
        <source>Ready</source>
        <translation>设置完成前请核对</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="327"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Leaders:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Series: %3&lt;/p&gt;&lt;p&gt;Seals: %4&lt;/p&gt;&lt;p&gt;Finish stores all of this. Then register the first document under Outgoing or Incoming.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;县政府领导：&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;机关代字：%3&lt;/p&gt;&lt;p&gt;印章：%4&lt;/p&gt;&lt;p&gt;点“完成”保存以上全部内容。然后即可在“发文”或“收文”中登记第一份公文。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard.py" line="343"/>
        <source>first-run setup</source>
        <translation>首次设置</translation>
    </message>
</context>
<context>
    <name>TakeOutDialog</name>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="38"/>
        <source>Take a seal out</source>
        <translation>印章带出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="43"/>
        <source>the confidential-affairs officer who goes with it</source>
        <translation>随同的机要人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="45"/>
        <source>Foreign affairs (外事)</source>
        <translation>外事</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="46"/>
        <source>Other (say what)</source>
        <translation>其他（请写明）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="48"/>
        <source>e.g. signing the agreement in Urumqi</source>
        <translation>例如：赴乌鲁木齐签订协议</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="52"/>
        <source>第七十二条: seals do not leave the government; only for foreign affairs, escorted by confidential staff, one seal for one purpose.</source>
        <translation>第七十二条：印章不能带出政府；确因外事需要，机要人员随同办理，专章专用。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="56"/>
        <source>Seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="57"/>
        <source>Escort</source>
        <translation>随同人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="58"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="59"/>
        <source>Details</source>
        <translation>具体事由</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="61"/>
        <source>For request</source>
        <translation>用印申请</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="166"/>
        <source>This database is already open in DocRoute elsewhere ({holder}). Close it there first, or open another database.</source>
        <translation>这个数据库已在别处的公文流转助手中打开（{holder}）。请先在那里关闭，或打开另一个数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="256"/>
        <location filename="../../desktop_app/ui/app.py" line="287"/>
        <source>The database could not be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="257"/>
        <source>Choose a backup to restore: the damaged file is kept in the backups folder, and the window opens on the restored registry.</source>
        <translation>请选择一个备份来恢复：损坏的文件会另存在 backups 文件夹中，恢复后窗口打开恢复的登记簿。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="262"/>
        <source>Restore from backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="263"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="268"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="269"/>
        <source>DocRoute backups (*.backup.json *.sqlite)</source>
        <translation>公文流转助手备份 (*.backup.json *.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="282"/>
        <source>This backup was not restored.</source>
        <translation>这个备份没有恢复。</translation>
    </message>
</context>
<context>
    <name>office</name>
    <message>
        <location filename="../../desktop_app/ui/office/common.py" line="45"/>
        <source>%n working day(s) overdue</source>
        <translation>逾期 %n 个工作日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/common.py" line="47"/>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/common.py" line="48"/>
        <source>%n working day(s) left</source>
        <translation>尚余 %n 个工作日</translation>
    </message>
</context>
<context>
    <name>org_import</name>
    <message>
        <location filename="../../desktop_app/ui/org_import.py" line="25"/>
        <source>Import org chart</source>
        <translation>导入组织架构</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/org_import.py" line="27"/>
        <source>Org chart (*.json *.xlsx)</source>
        <translation>组织架构文件 (*.json *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/org_import.py" line="34"/>
        <source>The org chart now in use ({count} people) will be replaced by the one in this file. Records already registered keep their plans.</source>
        <translation>现用的组织架构（{count} 人）将被此文件中的组织架构替换。已登记公文的流转方案不变。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/org_import.py" line="43"/>
        <source>Org chart imported.</source>
        <translation>组织架构已导入。</translation>
    </message>
</context>
</TS>
