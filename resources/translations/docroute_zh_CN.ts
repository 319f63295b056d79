<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="156" />
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="156" />
        <source>第六十七条: the finished document is filed with its slip, attachments and replies; the archive code never changes.</source>
        <translation>第六十七条：办结的公文连同处理笺、附件、回复意见一并归档；档号一经给出不再改变。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="159" />
        <source>Retention</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="163" />
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="165" />
        <source>not counted</source>
        <translation>（不填）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="166" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="166" />
        <source>e.g. 复印件</source>
        <translation>例如：复印件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="167" />
        <source>Archived on</source>
        <translation>归档日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="172" />
        <source>Fonds</source>
        <translation>全宗号</translation>
    </message>
</context>
<context>
    <name>ArchivePanel</name>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="211" />
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="228" />
        <source>Archive code %1</source>
        <translation>档号 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="229" />
        <source>Fonds %1 · year %2 · retention %3 · item %4 · organisation %5 · %6 pages · archived on %7 · filed in %8</source>
        <translation>全宗号 %1 · 年度 %2 · 保管期限 %3 · 件号 %4 · 机构代码 %5 · 页数 %6 · 归档日期 %7 · 归档文件夹 %8</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="237" />
        <source>Not archived yet</source>
        <translation>尚未归档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="239" />
        <source>第六十七条: once finished, the document is filed with its retention period and archive code, its slip, attachments and replies kept together.</source>
        <translation>第六十七条：公文办结后确定保管期限、给出档号归档，处理笺、附件和回复意见一并保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="241" />
        <source>It can be archived once finished: an outgoing document when numbered, an incoming one when handled.</source>
        <translation>办结后才能归档：发文须已编号印发，收文须已办结。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="251" />
        <source>Archived %1</source>
        <translation>已归档 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="251" />
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="261" />
        <source>Archived: %1</source>
        <translation>已归档，档号 %1</translation>
    </message>
</context>
<context>
    <name>BackupNotice</name>
    <message>
        <location filename="../../desktop_app/ui/backup_notice.py" line="35" />
        <source>Today's automatic backup did not complete ({reason}). Your work is saved as usual; free some disk space, then use File → Back up now.</source>
        <translation>今天的自动备份没有完成（{reason}）。已做的工作照常保存；请腾出磁盘空间，然后点“文件”菜单中的“立即备份”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_notice.py" line="41" />
        <source>The database is damaged: checking the daily backup found “{problem}”. Daily backups have stopped so that the good ones are kept. Restore the newest good backup, {name}, with File → Restore from backup…, then enter again what changed since then.</source>
        <translation>数据库已损坏：校验每日备份时发现“{problem}”。每日自动备份已停止，以免完好的备份被替换掉。请点“文件”菜单中的“从备份恢复…”，恢复最新的完好备份 {name}，再补录此后的变动。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_notice.py" line="47" />
        <source>The database is damaged: checking the daily backup found “{problem}”. Daily backups have stopped. Restore a good backup with File → Restore from backup…</source>
        <translation>数据库已损坏：校验每日备份时发现“{problem}”。每日自动备份已停止。请点“文件”菜单中的“从备份恢复…”，恢复一份完好的备份。</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="26" />
        <source>Retention</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="26" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="26" />
        <source>Archive code</source>
        <translation>档号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="26" />
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="27" />
        <source>Responsible</source>
        <translation>责任者</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="27" />
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="27" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="27" />
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="28" />
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="28" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="60" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="63" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="63" />
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="64" />
        <source>Save as DOCX…</source>
        <translation>另存为 DOCX…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="65" />
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="107" />
        <source>%1: %2 archived record(s)%3 · fonds %4, organisation code %5 (set in Settings)</source>
        <translation>%1 年度归档 %2 件%3 · 全宗号 %4，机构代码 %5（在“设置”中修改）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="112" />
        <source>Nothing archived in %1 yet: archive a finished record from its record view (tab Archive).</source>
        <translation>%1 年度尚无归档文件：在办结公文的详情页“归档”一栏中归档。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="145" />
        <source>Save the archive catalogue</source>
        <translation>保存归档文件目录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/catalogue.py" line="154" />
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>CloseFollowUpDialog</name>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="139" />
        <source>Close the follow-up</source>
        <translation>督办办结</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="142" />
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="143" />
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="143" />
        <source>what was done</source>
        <translation>办理情况</translation>
    </message>
</context>
<context>
    <name>CosignPanel</name>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="65" />
        <location filename="../../desktop_app/ui/office/record_parts.py" line="78" />
        <source>Department</source>
        <translation>会签单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="65" />
        <source>Asked on</source>
        <translation>征求日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="65" />
        <source>Deadline</source>
        <translation>回复期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="65" />
        <source>State</source>
        <translation>情况</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="66" />
        <source>Replied on</source>
        <translation>回复日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="66" />
        <location filename="../../desktop_app/ui/office/record_parts.py" line="79" />
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="73" />
        <source>e.g. 无不同意见</source>
        <translation>例如：无不同意见</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="74" />
        <source>Record reply</source>
        <translation>记录会签回复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="78" />
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="118" />
        <source>Co-signing %1/%2</source>
        <translation>会签 %1/%2 已复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="129" />
        <source>Reply of %1 recorded.</source>
        <translation>已记录%1的会签意见。</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="85" />
        <source>The details were written to:
{path}</source>
        <translation>详细情况已记录在：
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="86" />
        <source>The details could not be written to the log file.</source>
        <translation>详细情况未能写入日志文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="88" />
        <source>Sorry, the last action did not complete.</source>
        <translation>抱歉，刚才的操作没有完成。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="89" />
        <source>Records already saved are not affected, and you can keep working in the window.</source>
        <translation>已保存的公文不受影响，可以继续在窗口中工作。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="111" />
        <source>DocRoute</source>
        <translation>公文流转助手</translation>
    </message>
</context>
<context>
    <name>DueItemsModel</name>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="64" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="64" />
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="64" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="64" />
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="64" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="65" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="65" />
        <source>State</source>
        <translation>情况</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="65" />
        <source>Reminded</source>
        <translation>催办</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="73" />
        <source>%1 time(s), last %2</source>
        <translation>%1 次，最近 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="76" />
        <source>with %1</source>
        <translation>随同：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="107" />
        <source>* Counted without the official holiday data of a year: check the calendar.</source>
        <translation>* 计算时缺少某年的法定节假日安排，请在日历中补充后核对。</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="42" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="61" />
        <source>As of</source>
        <translation>按日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="63" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="66" />
        <source>Due</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="67" />
        <source>Follow-up (督办)</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="80" />
        <source>Everything due</source>
        <translation>全部事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="85" />
        <source>Any urgency</source>
        <translation>不限紧急程度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="85" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="86" />
        <source>Due within 2 working days</source>
        <translation>2 个工作日内到期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="86" />
        <source>Later</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="93" />
        <source>Remind…</source>
        <translation>催办…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="94" />
        <source>Print reminder slip…</source>
        <translation>打印催办单…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="99" />
        <location filename="../../desktop_app/ui/office/due_page.py" line="125" />
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="111" />
        <source>Open</source>
        <translation>督办中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="111" />
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="111" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="118" />
        <source>Close with result…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="120" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="122" />
        <source>Put a record under follow-up from its record view.</source>
        <translation>在公文详情页的“督办”一栏中立项督办。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="143" />
        <source>Write the date as YYYY-MM-DD</source>
        <translation>日期请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="168" />
        <source>%1 overdue · %2 due within 2 working days · %3 later (working days of the official calendar)</source>
        <translation>已逾期 %1 项 · 2 个工作日内到期 %2 项 · 未到期 %3 项（按法定工作日计算）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="171" />
        <source>Nothing is due as of %1.</source>
        <translation>截至 %1 没有待办事项。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="172" />
        <source>Due (%1)</source>
        <translation>待办事项 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="181" />
        <source>Follow-up (督办) (%1 open)</source>
        <translation>督办 (%1 项未办结)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="216" />
        <source>Select the item to remind.</source>
        <translation>请先选中要催办的事项。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="227" />
        <source>Reminder recorded: %1 reminded on %2.</source>
        <translation>已记录催办：%2 催办%1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="238" />
        <source>No reminder recorded for this item yet: use Remind… first.</source>
        <translation>该事项还没有催办记录：请先点“催办…”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="258" />
        <source>Select an open follow-up item to close.</source>
        <translation>请先选中一项未办结的督办事项。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_page.py" line="262" />
        <source>Follow-up closed with its result.</source>
        <translation>督办事项已办结，办理结果已记录。</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="119" />
        <source>Put under follow-up</source>
        <translation>立项督办</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="120" />
        <source>第五十六条: a meeting decision or a leader's instruction is followed up until it is done; it stays in To do until closed with its result.</source>
        <translation>第五十六条：会议决定事项和领导批示由督查室立项督办，办结并记录办理结果前一直列在“待办与期限”中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="125" />
        <source>Responsible department</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="126" />
        <source>Due</source>
        <translation>督办期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="127" />
        <source>Matter</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="127" />
        <source>what is to be done</source>
        <translation>需要办理的事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="128" />
        <source>Opened on</source>
        <translation>立项日期</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="138" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="138" />
        <source>Responsible</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="138" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="138" />
        <source>Matter</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="139" />
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="139" />
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="141" />
        <source>Put under follow-up…</source>
        <translation>立项督办…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="144" />
        <source>Close with result…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="147" />
        <source>第五十六条: meeting decisions and leaders' instructions are followed up until done; open items are listed in To do.</source>
        <translation>第五十六条：会议决定事项和领导批示立项督办，未办结的列在“待办与期限”中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="172" />
        <source>Follow-up %1 open</source>
        <translation>督办 %1 项未结</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="172" />
        <source>Follow-up</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="178" />
        <source>Put under follow-up: it is listed in To do until closed.</source>
        <translation>已立项督办：办结前列在“待办与期限”中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/record_parts.py" line="194" />
        <source>Follow-up closed with its result.</source>
        <translation>督办事项已办结，办理结果已记录。</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="117" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="117" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="117" />
        <source>Responsible</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="117" />
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="117" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="118" />
        <source>Matter</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="118" />
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/due_models.py" line="118" />
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
</context>
<context>
    <name>IncomingForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="232" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="233" />
        <source>Sender</source>
        <translation>来文机关</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="234" />
        <source>Sender's number</source>
        <translation>来文字号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="235" />
        <source>Document type</source>
        <translation>文种</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="236" />
        <source>Received on</source>
        <translation>收文日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="237" />
        <source>Main recipients</source>
        <translation>主送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="238" />
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="241" />
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="242" />
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="243" />
        <source>Handle by</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="244" />
        <source>Matters requested</source>
        <translation>请示事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="246" />
        <source>Major matter</source>
        <translation>重大事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="246" />
        <source>Report to the county head</source>
        <translation>报县长</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="247" />
        <source>Assigned by a leader</source>
        <translation>领导交办</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="247" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="248" />
        <source>Text or excerpt</source>
        <translation>正文或摘要</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="104" />
        <source>Print the seal ledger</source>
        <translation>打印用印登记簿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="111" />
        <source>Preview and print…</source>
        <translation>预览并打印…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="113" />
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="120" />
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="121" />
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="122" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="124" />
        <source>Every entry of the period, ending with the chain's head hash for the auditor to write down.</source>
        <translation>列出该期间的每一条登记，末尾印有登记簿链头校验值，供审计人员抄录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="158" />
        <source>Save the seal ledger</source>
        <translation>保存用印登记簿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="166" />
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="56" />
        <source>DocRoute — document routing assistant</source>
        <translation>公文流转助手</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="77" />
        <source>Incoming</source>
        <translation>收文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="77" />
        <source>Outgoing</source>
        <translation>发文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="77" />
        <source>Seals</source>
        <translation>用印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="78" />
        <source>To do and deadlines</source>
        <translation>待办与期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="78" />
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="79" />
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="79" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="84" />
        <source>This part comes with a later update of DocRoute; nothing here is stored yet.</source>
        <translation>此功能将在公文流转助手的后续更新中提供，目前这里不保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="167" />
        <source>&amp;New record</source>
        <translation>新建登记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="168" />
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="169" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="170" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="171" />
        <source>&amp;Export list to Excel…</source>
        <translation>导出当前列表到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="172" />
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="173" />
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="174" />
        <source>Import &amp;org chart…</source>
        <translation>导入组织架构(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="175" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="176" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="177" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="181" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="183" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="199" />
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="203" />
        <source>Last backup: {when}</source>
        <translation>最近备份：{when}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="204" />
        <source>Last backup: none yet</source>
        <translation>最近备份：尚无</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="239" />
        <source>Choose Incoming or Outgoing to register a new document.</source>
        <translation>请先选择“收文”或“发文”，再新建登记。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="263" />
        <source>Select a record to print.</source>
        <translation>请先在列表中选中要打印的公文。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="268" />
        <source>There is nothing to print on this page.</source>
        <translation>本页没有可打印的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="282" />
        <source>There is nothing to save on this page: the list is always up to date.</source>
        <translation>本页无需保存：列表始终是最新的。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="291" />
        <source>Choose a list to export.</source>
        <translation>请先打开要导出的列表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="303" />
        <location filename="../../desktop_app/ui/main_window.py" line="306" />
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="309" />
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="331" />
        <location filename="../../desktop_app/ui/main_window.py" line="335" />
        <location filename="../../desktop_app/ui/main_window.py" line="363" />
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="332" />
        <source>DocRoute backups (*.sqlite)</source>
        <translation>公文流转助手备份 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="336" />
        <source>Replace the records in this database by those in the backup {name}?

The backup is checked first; if anything is wrong, nothing changes. The current database is kept in the backups folder.</source>
        <translation>用备份 {name} 中的记录替换当前数据库中的记录吗？

会先检查备份，发现任何问题都不作改动。当前数据库会另存在 backups 文件夹中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="344" />
        <source>Checking the backup and restoring it…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="356" />
        <source>Restored {count} records from {name}; the replaced database is kept as {kept}</source>
        <translation>已从 {name} 恢复 {count} 条记录；被替换的数据库另存为 {kept}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="368" />
        <location filename="../../desktop_app/ui/main_window.py" line="375" />
        <location filename="../../desktop_app/ui/main_window.py" line="379" />
        <source>Import org chart</source>
        <translation>导入组织架构</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="376" />
        <source>Cannot read {path} as a JSON org chart: {error}</source>
        <translation>无法读取组织架构文件 {path}（应为 JSON）：{error}。请检查文件后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="381" />
        <source>Org chart imported: {count} people of {county}</source>
        <translation>已导入{county}组织架构，共 {count} 人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="386" />
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>OutgoingForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="168" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="169" />
        <source>Issued by</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="170" />
        <source>Number series</source>
        <translation>机关代字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="171" />
        <source>Document type</source>
        <translation>文种</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="172" />
        <source>Direction</source>
        <translation>行文方向</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="173" />
        <source>Scope</source>
        <translation>事项范围</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="174" />
        <source>Drafting department</source>
        <translation>拟稿单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="175" />
        <source>Co-signing departments</source>
        <translation>会签单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="176" />
        <source>Main recipients</source>
        <translation>主送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="177" />
        <source>Copied to</source>
        <translation>抄送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="178" />
        <source>Drafter</source>
        <translation>拟稿人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="179" />
        <source>Draft date</source>
        <translation>拟稿日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="180" />
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="181" />
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="182" />
        <source>Publicity</source>
        <translation>公开属性</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="183" />
        <source>Reason for not publishing</source>
        <translation>不予公开理由</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="184" />
        <source>required when the document is not published, e.g. 涉及国家秘密</source>
        <translation>公开属性为“不予公开”时必填，例如：涉及国家秘密</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="185" />
        <source>Meeting date (minutes)</source>
        <translation>会议日期（纪要）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="186" />
        <source>Copies printed</source>
        <translation>印制份数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="188" />
        <source>Normative document</source>
        <translation>规范性文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="188" />
        <location filename="../../desktop_app/ui/forms.py" line="189" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="189" />
        <source>Appointment or removal</source>
        <translation>人员任免</translation>
    </message>
</context>
<context>
    <name>QueryForm</name>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="72" />
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="73" />
        <source>title, number, sender … (two characters are enough)</source>
        <translation>标题、文号、来文机关……（两个字即可）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="74" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="74" />
        <location filename="../../desktop_app/ui/office/query_form.py" line="78" />
        <location filename="../../desktop_app/ui/office/query_form.py" line="83" />
        <location filename="../../desktop_app/ui/office/query_form.py" line="86" />
        <location filename="../../desktop_app/ui/office/query_form.py" line="93" />
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="74" />
        <source>Outgoing</source>
        <translation>发文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="75" />
        <source>Incoming</source>
        <translation>收文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="78" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="81" />
        <source>Registered from</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="82" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="83" />
        <source>Type</source>
        <translation>文种</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="85" />
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="88" />
        <source>Series</source>
        <translation>机关代字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="89" />
        <source>Unit / sender</source>
        <translation>拟稿单位/来文机关</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="91" />
        <source>Signed by</source>
        <translation>签发人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="93" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="94" />
        <source>Not overdue</source>
        <translation>未逾期</translation>
    </message>
</context>
<context>
    <name>QueryPage</name>
    <message>
        <location filename="../../desktop_app/ui/office/query_page.py" line="43" />
        <source>Search the registers</source>
        <translation>查询收文、发文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_page.py" line="47" />
        <source>Archive catalogue</source>
        <translation>归档文件目录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_page.py" line="71" />
        <source>Export to E&amp;xcel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_page.py" line="73" />
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_page.py" line="74" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_page.py" line="76" />
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_page.py" line="83" />
        <source>Fill in any fields and press Enter: all of them must hold.</source>
        <translation>填写任意几项后按回车：所填各项同时满足。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/office/query_page.py" line="120" />
        <location filename="../../desktop_app/ui/office/query_page.py" line="125" />
        <source>%Ln record(s)</source>
        <translation><numerusform>共 %Ln 条</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/office/query_page.py" line="120" />
        <source>over %Ln</source>
        <translation><numerusform>%Ln 条以上</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_page.py" line="163" />
        <source>Nothing to export: run a search first.</source>
        <translation>没有可导出的结果：请先查询。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_page.py" line="167" />
        <location filename="../../desktop_app/ui/office/query_page.py" line="171" />
        <location filename="../../desktop_app/ui/office/query_page.py" line="179" />
        <location filename="../../desktop_app/ui/office/query_page.py" line="187" />
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_page.py" line="168" />
        <source>Export all %1 records? This takes about %2 seconds.</source>
        <translation>导出全部 %1 条记录？大约需要 %2 秒。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_page.py" line="172" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/query_page.py" line="183" />
        <source>Exported %1 records (%2 outgoing, %3 incoming) to %4</source>
        <translation>已导出 %1 条记录（发文 %2 条，收文 %3 条）到 %4</translation>
    </message>
</context>
<context>
    <name>QueryResultsModel</name>
    <message>
        <location filename="../../desktop_app/ui/office/query_form.py" line="51" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>RecordHost</name>
    <message>
        <location filename="../../desktop_app/ui/office/common.py" line="125" />
        <source>← Back (Esc)</source>
        <translation>← 返回 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/common.py" line="128" />
        <source>Record</source>
        <translation>公文详情</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="177" />
        <source>Sender</source>
        <translation>来文机关</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="177" />
        <source>Drafting unit</source>
        <translation>拟稿单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="178" />
        <source>Sender / drafting unit</source>
        <translation>来文机关／拟稿单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="179" />
        <source>Receipt number</source>
        <translation>收文编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="179" />
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="180" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="181" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="181" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="181" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="181" />
        <source>Due</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="188" />
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="202" />
        <source>Overdue: the deadline was {due}</source>
        <translation>已超期：办理期限为 {due}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="210" />
        <source>(no number yet)</source>
        <translation>（尚未编号）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_list.py" line="212" />
        <source>{due} overdue</source>
        <translation>{due} 已超期</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="53" />
        <source>Attachments (drop files here)</source>
        <translation>附件（把文件拖到这里）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="54" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="61" />
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="61" />
        <source>Planned</source>
        <translation>应办理人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="61" />
        <source>Done by</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="62" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="62" />
        <location filename="../../desktop_app/ui/record_view.py" line="103" />
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="62" />
        <source>Article</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="78" />
        <source>e.g. 同意</source>
        <translation>例如：同意</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="79" />
        <source>Record step</source>
        <translation>记录此环节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="81" />
        <source>Assign number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="90" />
        <source>Print… (Ctrl+P)</source>
        <translation>打印…（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="92" />
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="94" />
        <source>Save as DOCX…</source>
        <translation>另存为 DOCX…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="96" />
        <source>Request seal use…</source>
        <translation>申请用印…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="99" />
        <source>Record the selected step</source>
        <translation>记录选中的环节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="102" />
        <source>By</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="102" />
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="146" />
        <source>(no number yet)</source>
        <translation>（尚未编号）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="193" />
        <source>A number is given once these steps are recorded: %1</source>
        <translation>以下步骤记录后方可编号：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="196" />
        <source>Signed and reviewed: the number can be assigned.</source>
        <translation>已审核、签发，可以编号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="229" />
        <source>Record step %1 (%2) first: leaders do not sign what the office has not reviewed (Article 64).</source>
        <translation>请先记录第 %1 步“%2”：县政府领导不直接签批未经县政府办公室审理的公文文稿（第六十四条）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="251" />
        <source>Step recorded.</source>
        <translation>已记录此环节。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="255" />
        <source>Number assigned.</source>
        <translation>已编号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="267" />
        <source>Attachment added.</source>
        <translation>已添加附件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="309" />
        <source>Save slip</source>
        <translation>保存稿纸</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="319" />
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="53" />
        <source>New… (Ctrl+N)</source>
        <translation>新建…（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="57" />
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="59" />
        <source>Export to E&amp;xcel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="91" />
        <source>← Back to list (Esc)</source>
        <translation>← 返回列表（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="157" />
        <source>Register a new outgoing document</source>
        <translation>登记发文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="158" />
        <source>Register a new incoming document</source>
        <translation>登记收文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="173" />
        <source>Record</source>
        <translation>公文详情</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="198" />
        <source>Saved. The record is open below.</source>
        <translation>已保存，下面是这份公文的详情。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="209" />
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="210" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="213" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="213" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="224" />
        <source>Sender's number</source>
        <translation>来文字号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="225" />
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="229" />
        <source>Exported {n} records to {path}</source>
        <translation>已导出 {n} 条到 {path}</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="47" />
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="98" />
        <source>no org chart has been imported yet (File → Import org chart…)</source>
        <translation>尚未导入组织架构，请先在“文件 → 导入组织架构…”中导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="129" />
        <source>Saved as record %1.</source>
        <translation>已保存，登记序号 %1。</translation>
    </message>
</context>
<context>
    <name>RemindDialog</name>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="86" />
        <source>Remind</source>
        <translation>催办</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="91" />
        <source>Reminded</source>
        <translation>被催办单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="92" />
        <source>the department or person reminded</source>
        <translation>被催办的单位或人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="93" />
        <source>Reminded by</source>
        <translation>催办人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="94" />
        <source>On</source>
        <translation>催办日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="95" />
        <source>By means of</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="99" />
        <source>What was said</source>
        <translation>催办内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="99" />
        <source>e.g. 请于今日回复</source>
        <translation>例如：请于今日回复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/dialogs.py" line="100" />
        <source>Print the reminder slip (催办单) now</source>
        <translation>现在打印催办单</translation>
    </message>
</context>
<context>
    <name>RoutingPanel</name>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="58" />
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="58" />
        <source>Article</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="58" />
        <source>Who</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="74" />
        <source>Routing under the county work rules</source>
        <translation>按县政府工作规则的流转方案</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="103" />
        <source>Cannot route yet: %1</source>
        <translation>暂时无法计算流转方案：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="109" />
        <source>Refused (see the notices below)</source>
        <translation>不予办理（见下方提示）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="113" />
        <source>Approved by: %1</source>
        <translation>审定：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="113" />
        <source>No further approval needed</source>
        <translation>无需其他审定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="114" />
        <source>(vacant)</source>
        <translation>（空缺）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="117" />
        <source>, signing for the %1</source>
        <translation>，代%1签发</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="118" />
        <source>Signer: %1 (%2)</source>
        <translation>签发：%1（%2）</translation>
    </message>
</context>
<context>
    <name>ScanOpener</name>
    <message>
        <location filename="../../desktop_app/ui/office/scan_open.py" line="43" />
        <source>Scanned a slip of record %1, which is not in this registry.</source>
        <translation>扫描到第 %1 号记录的处理笺，但本登记簿中没有这条记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/scan_open.py" line="47" />
        <source>Scanned: %1</source>
        <translation>已扫描：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/scan_open.py" line="58" />
        <source>Scanned “%1”: no record has this number.</source>
        <translation>已扫描“%1”：没有这个编号的公文。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/scan_open.py" line="62" />
        <source>Scanned “%1”: %2 records have this number.</source>
        <translation>已扫描“%1”：有 %2 条记录是这个编号。</translation>
    </message>
</context>
<context>
    <name>SealLedgerModel</name>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="43" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="43" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="43" />
        <source>Entry</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="43" />
        <source>Seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="43" />
        <source>Department</source>
        <translation>申请部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="44" />
        <source>Matter</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="44" />
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="44" />
        <source>Approved / sealed by</source>
        <translation>审批人／监印人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="44" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="55" />
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="77" />
        <source>Out, not returned</source>
        <translation>带出未归还</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="77" />
        <source>Returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="83" />
        <source>entry {n}</source>
        <translation>第 {n} 条</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="85" />
        <source>Recorded {at}</source>
        <translation>登记于 {at}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="87" />
        <source>Request {n}</source>
        <translation>用印申请 {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_list.py" line="90" />
        <source>Code {code}</source>
        <translation>校验码 {code}</translation>
    </message>
</context>
<context>
    <name>SealRequestForm</name>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="32" />
        <source>Seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="33" />
        <source>Used on</source>
        <translation>用印类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="34" />
        <source>Requesting department</source>
        <translation>申请部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="35" />
        <source>Matter</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="36" />
        <source>Document name</source>
        <translation>文件名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="37" />
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="38" />
        <source>for a signed document, e.g. 托政发〔2026〕12号</source>
        <translation>已签发公文填写文号，例如 托政发〔2026〕12号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="39" />
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="41" />
        <source>Requested by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="42" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="43" />
        <source>Blank paper</source>
        <translation>空白文书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="43" />
        <source>The paper is blank (blank forms, letters)</source>
        <translation>是空白文书（空白介绍信、奖状、纸张等）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="44" />
        <source>Proof attached</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="44" />
        <source>Yes (introduction letters)</source>
        <translation>已附（介绍信所需）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="45" />
        <source>Special case</source>
        <translation>特殊情况</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="45" />
        <source>Yes (第七十条)</source>
        <translation>是（第七十条）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="46" />
        <source>Seal leaves the office</source>
        <translation>印章带出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="46" />
        <source>Yes (第七十二条)</source>
        <translation>是（第七十二条）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="81" />
        <source>Stored as request %1, refused: %2 (%3)</source>
        <translation>已登记为用印申请 %1，不予用印：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_form.py" line="85" />
        <source>Saved as request %1.</source>
        <translation>已登记为用印申请 %1。</translation>
    </message>
</context>
<context>
    <name>SealRequestView</name>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="58" />
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="58" />
        <source>Who</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="58" />
        <source>Article</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="71" />
        <source>Take the seal out…</source>
        <translation>印章带出…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="73" />
        <source>Seal returned</source>
        <translation>印章归还</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="75" />
        <source>Print… (Ctrl+P)</source>
        <translation>打印…（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="77" />
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="79" />
        <source>Save as DOCX…</source>
        <translation>另存为 DOCX…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="93" />
        <source>Approvals the rules require (hover for the article)</source>
        <translation>按规定须经的审批（鼠标停留可看条文）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="94" />
        <source>This request in the ledger (entry, time, code)</source>
        <translation>本申请在登记簿中的记录（条目号、时间、校验码）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="101" />
        <location filename="../../desktop_app/ui/seal_view.py" line="210" />
        <source>Record the use of the seal</source>
        <translation>登记用印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="103" />
        <source>the clerk who supervises the stamping</source>
        <translation>监督用印的文书科人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="108" />
        <location filename="../../desktop_app/ui/seal_view.py" line="202" />
        <source>Drop the scan of the signed slip here (optional)</source>
        <translation>把已签字的用印审批单扫描件拖到这里（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="111" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="113" />
        <source>Record use</source>
        <translation>登记用印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="117" />
        <source>Supervised by</source>
        <translation>监印人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="117" />
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="118" />
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="142" />
        <source>%1 copies</source>
        <translation>%1 份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="168" />
        <source>Refused: nothing to approve</source>
        <translation>不予用印，无需审批</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="169" />
        <source>No further approval needed (a signed document, 第六十九条)</source>
        <translation>无需另行审批（已签发的公文，第六十九条）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="177" />
        <source> — approved</source>
        <translation> — 已签字同意</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="178" />
        <source>Approve</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="192" />
        <source>Signed on the slip:</source>
        <translation>审批单上已签字：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="195" />
        <source>%1 signed</source>
        <translation>%1 已签字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="207" />
        <source>Sealed on %1 by %2, %3 copies</source>
        <translation>已于 %1 用印，监印人 %2，%3 份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="215" />
        <source>%1 is out since %2 with %3</source>
        <translation>%1 %2 带出，随同 %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="219" />
        <source>%1 is in the safe</source>
        <translation>%1 在保险柜中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="237" />
        <source>Scan: %1</source>
        <translation>扫描件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="240" />
        <source>Scan of the signed slip</source>
        <translation>已签字审批单的扫描件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="241" />
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="249" />
        <source>Use recorded in the ledger.</source>
        <translation>用印已登记。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="253" />
        <source>Seal returned to the safe.</source>
        <translation>印章已归还，存入保险柜。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="292" />
        <source>Save slip</source>
        <translation>保存稿纸</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="297" />
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>SealStrip</name>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="42" />
        <source>Keeper: %1</source>
        <translation>保管人：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="60" />
        <source>in the safe</source>
        <translation>在保险柜中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="62" />
        <source>OUT since %1 with %2 — not back by the end of the working day (第七十二条)</source>
        <translation>%1 带出，随同 %2 — 下班前未归还（第七十二条）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="64" />
        <source>out since %1 with %2</source>
        <translation>%1 带出，随同 %2</translation>
    </message>
</context>
<context>
    <name>SealsPage</name>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="100" />
        <source>Search matter, department, people or seal</source>
        <translation>搜索事由、部门、人员或印章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="103" />
        <source>All entries</source>
        <translation>全部登记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="103" />
        <source>Requests</source>
        <translation>用印申请</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="104" />
        <source>Awaiting use</source>
        <translation>待用印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="104" />
        <source>Uses</source>
        <translation>用印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="105" />
        <source>Take-outs and returns</source>
        <translation>带出与归还</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="105" />
        <source>Corrections</source>
        <translation>更正与变更</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="110" />
        <source>New request… (Ctrl+N)</source>
        <translation>申请用印…（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="111" />
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="112" />
        <source>Take out…</source>
        <translation>带出…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="113" />
        <source>Return…</source>
        <translation>归还…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="114" />
        <source>Print ledger…</source>
        <translation>打印登记簿…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="142" />
        <source>← Back to list (Esc)</source>
        <translation>← 返回列表（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="197" />
        <source>This entry belongs to no request (a take-out or a seal change).</source>
        <translation>这条登记不属于任何用印申请（印章带出或印章变更）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="207" />
        <source>New seal request</source>
        <translation>新的用印申请</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="223" />
        <source>Seal request</source>
        <translation>用印申请</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="238" />
        <source>Request stored in the seal ledger.</source>
        <translation>用印申请已登记。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="251" />
        <source>Select a request to print its slip, or use Print ledger…</source>
        <translation>请先选中一份用印申请再打印审批单，或点“打印登记簿…”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="262" />
        <source>There is nothing to save on this page: the ledger is always up to date.</source>
        <translation>本页无需保存：用印登记簿随时是最新的。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="282" />
        <source>Every seal is in the safe.</source>
        <translation>所有印章都在保险柜中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="294" />
        <source>%1 returned to the safe.</source>
        <translation>%1 已归还，存入保险柜。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="302" />
        <source>Return a seal</source>
        <translation>印章归还</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_page.py" line="302" />
        <source>Seal</source>
        <translation>印章</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../desktop_app/ui/search_bar.py" line="30" />
        <source>Search title, number or unit (two characters are enough)</source>
        <translation>搜索标题、文号或单位（输入两个字即可）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_bar.py" line="33" />
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_bar.py" line="37" />
        <source>Overdue only</source>
        <translation>只看超期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_bar.py" line="42" />
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_bar.py" line="75" />
        <source>Type one more character, or press Enter</source>
        <translation>再输入一个字，或按回车搜索</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search_bar.py" line="92" />
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>共 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search_bar.py" line="93" />
        <source>over %Ln</source>
        <translation>
            <numerusform>%Ln 条以上</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="43" />
        <source>Outgoing by series</source>
        <translation>发文按机关代字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="43" />
        <source>Outgoing by type</source>
        <translation>发文按文种</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="44" />
        <source>Outgoing by direction</source>
        <translation>发文按行文方向</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="45" />
        <source>Outgoing by drafting department</source>
        <translation>发文按拟稿单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="46" />
        <source>Incoming by sender</source>
        <translation>收文按来文机关</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="50" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="53" />
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="54" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="55" />
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="65" />
        <location filename="../../desktop_app/ui/office/stats_page.py" line="66" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="66" />
        <location filename="../../desktop_app/ui/office/stats_page.py" line="116" />
        <source>Outgoing</source>
        <translation>发文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="66" />
        <location filename="../../desktop_app/ui/office/stats_page.py" line="117" />
        <source>Incoming</source>
        <translation>收文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="114" />
        <source>by registration date, voided ones left out (第六十六条)</source>
        <translation>按登记日期统计，不含作废（第六十六条）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="153" />
        <source>Save the statistics</source>
        <translation>保存统计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/stats_page.py" line="161" />
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>TakeOutDialog</name>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="45" />
        <source>Take a seal out</source>
        <translation>印章带出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="50" />
        <source>the confidential-affairs officer who goes with it</source>
        <translation>随同的机要人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="52" />
        <source>Foreign affairs (外事)</source>
        <translation>外事</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="53" />
        <source>Other (say what)</source>
        <translation>其他（请写明）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="55" />
        <source>e.g. signing the agreement in Urumqi</source>
        <translation>例如：赴乌鲁木齐签订协议</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="59" />
        <source>第七十二条: seals do not leave the government; only for foreign affairs, escorted by confidential staff, one seal for one purpose.</source>
        <translation>第七十二条：印章不能带出政府；确因外事需要，机要人员随同办理，专章专用。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="63" />
        <source>Seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="64" />
        <source>Escort</source>
        <translation>随同人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="65" />
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="66" />
        <source>Details</source>
        <translation>具体事由</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="68" />
        <source>For request</source>
        <translation>用印申请</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="150" />
        <source>The database could not be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
</context>
<context>
    <name>office</name>
    <message>
        <location filename="../../desktop_app/ui/office/common.py" line="45" />
        <source>%n working day(s) overdue</source>
        <translation>逾期 %n 个工作日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/common.py" line="47" />
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/office/common.py" line="48" />
        <source>%n working day(s) left</source>
        <translation>尚余 %n 个工作日</translation>
    </message>
</context>
</TS>
