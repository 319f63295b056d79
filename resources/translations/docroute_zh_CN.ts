<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupNotice</name>
    <message>
        <location filename="../../desktop_app/ui/backup_notice.py" line="35"/>
        <source>Today&apos;s automatic backup did not complete ({reason}). Your work is saved as usual; free some disk space, then use File → Back up now.</source>
        <translation>今天的自动备份没有完成（{reason}）。已做的工作照常保存；请腾出磁盘空间，然后点“文件”菜单中的“立即备份”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_notice.py" line="41"/>
        <source>The database is damaged: checking the daily backup found “{problem}”. Daily backups have stopped so that the good ones are kept. Restore the newest good backup, {name}, with File → Restore from backup…, then enter again what changed since then.</source>
        <translation>数据库已损坏：校验每日备份时发现“{problem}”。每日自动备份已停止，以免完好的备份被替换掉。请点“文件”菜单中的“从备份恢复…”，恢复最新的完好备份 {name}，再补录此后的变动。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_notice.py" line="47"/>
        <source>The database is damaged: checking the daily backup found “{problem}”. Daily backups have stopped. Restore a good backup with File → Restore from backup…</source>
        <translation>数据库已损坏：校验每日备份时发现“{problem}”。每日自动备份已停止。请点“文件”菜单中的“从备份恢复…”，恢复一份完好的备份。</translation>
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
        <location filename="../../desktop_app/ui/errors.py" line="111"/>
        <source>DocRoute</source>
        <translation>公文流转助手</translation>
    </message>
</context>
<context>
    <name>IncomingForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="214"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="215"/>
        <source>Sender</source>
        <translation>来文机关</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="216"/>
        <source>Sender&apos;s number</source>
        <translation>来文字号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="217"/>
        <source>Document type</source>
        <translation>文种</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="218"/>
        <source>Received on</source>
        <translation>收文日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="219"/>
        <source>Main recipients</source>
        <translation>主送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="220"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="223"/>
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="224"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="225"/>
        <source>Handle by</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="226"/>
        <source>Matters requested</source>
        <translation>请示事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="228"/>
        <source>Major matter</source>
        <translation>重大事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="228"/>
        <source>Report to the county head</source>
        <translation>报县长</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="229"/>
        <source>Assigned by a leader</source>
        <translation>领导交办</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="229"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="230"/>
        <source>Text or excerpt</source>
        <translation>正文或摘要</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="52"/>
        <source>DocRoute — document routing assistant</source>
        <translation>公文流转助手</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="72"/>
        <source>Incoming</source>
        <translation>收文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="72"/>
        <source>Outgoing</source>
        <translation>发文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="72"/>
        <source>Seals</source>
        <translation>用印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="73"/>
        <source>To do and deadlines</source>
        <translation>待办与期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="73"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="74"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="74"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="79"/>
        <source>This part comes with a later update of DocRoute; nothing here is stored yet.</source>
        <translation>此功能将在公文流转助手的后续更新中提供，目前这里不保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="86"/>
        <source>The seal register (用印登记) is being added by the seal registry update.</source>
        <translation>用印登记将随用印登记簿更新提供，目前这里不保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="89"/>
        <source>Incoming and outgoing records past their deadline and not yet finished, newest first.</source>
        <translation>已超过办理期限且尚未办结的收文和发文，最新的在前。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="163"/>
        <source>&amp;New record</source>
        <translation>新建登记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="164"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="165"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="166"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="167"/>
        <source>&amp;Export list to Excel…</source>
        <translation>导出当前列表到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="168"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="169"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="170"/>
        <source>Import &amp;org chart…</source>
        <translation>导入组织架构(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="171"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="172"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="173"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="177"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="179"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="195"/>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="199"/>
        <source>Last backup: {when}</source>
        <translation>最近备份：{when}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="200"/>
        <source>Last backup: none yet</source>
        <translation>最近备份：尚无</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="223"/>
        <source>Choose Incoming or Outgoing to register a new document.</source>
        <translation>请先选择“收文”或“发文”，再新建登记。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="242"/>
        <source>Select a record to print.</source>
        <translation>请先在列表中选中要打印的公文。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="247"/>
        <source>There is nothing to print on this page.</source>
        <translation>本页没有可打印的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="258"/>
        <source>There is nothing to save on this page: the list is always up to date.</source>
        <translation>本页无需保存：列表始终是最新的。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="264"/>
        <source>Choose a list to export.</source>
        <translation>请先打开要导出的列表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="276"/>
        <location filename="../../desktop_app/ui/main_window.py" line="279"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="282"/>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="304"/>
        <location filename="../../desktop_app/ui/main_window.py" line="308"/>
        <location filename="../../desktop_app/ui/main_window.py" line="336"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="305"/>
        <source>DocRoute backups (*.sqlite)</source>
        <translation>公文流转助手备份 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="309"/>
        <source>Replace the records in this database by those in the backup {name}?

The backup is checked first; if anything is wrong, nothing changes. The current database is kept in the backups folder.</source>
        <translation>用备份 {name} 中的记录替换当前数据库中的记录吗？

会先检查备份，发现任何问题都不作改动。当前数据库会另存在 backups 文件夹中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="317"/>
        <source>Checking the backup and restoring it…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="329"/>
        <source>Restored {count} records from {name}; the replaced database is kept as {kept}</source>
        <translation>已从 {name} 恢复 {count} 条记录；被替换的数据库另存为 {kept}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="341"/>
        <location filename="../../desktop_app/ui/main_window.py" line="348"/>
        <location filename="../../desktop_app/ui/main_window.py" line="352"/>
        <source>Import org chart</source>
        <translation>导入组织架构</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="349"/>
        <source>Cannot read {path} as a JSON org chart: {error}</source>
        <translation>无法读取组织架构文件 {path}（应为 JSON）：{error}。请检查文件后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="354"/>
        <source>Org chart imported: {count} people of {county}</source>
        <translation>已导入{county}组织架构，共 {count} 人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="359"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>OutgoingForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="169"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="170"/>
        <source>Issued by</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="171"/>
        <source>Number series</source>
        <translation>机关代字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="172"/>
        <source>Document type</source>
        <translation>文种</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="173"/>
        <source>Direction</source>
        <translation>行文方向</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="174"/>
        <source>Scope</source>
        <translation>事项范围</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="175"/>
        <source>Drafting department</source>
        <translation>拟稿单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="176"/>
        <source>Co-signing departments</source>
        <translation>会签单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="177"/>
        <source>Main recipients</source>
        <translation>主送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="178"/>
        <source>Copied to</source>
        <translation>抄送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="179"/>
        <source>Drafter</source>
        <translation>拟稿人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="180"/>
        <source>Draft date</source>
        <translation>拟稿日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="181"/>
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="182"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="183"/>
        <source>Publicity</source>
        <translation>公开属性</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="184"/>
        <source>Copies printed</source>
        <translation>印制份数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="186"/>
        <source>Normative document</source>
        <translation>规范性文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="186"/>
        <location filename="../../desktop_app/ui/forms.py" line="187"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="187"/>
        <source>Appointment or removal</source>
        <translation>人员任免</translation>
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
        <location filename="../../desktop_app/ui/record_view.py" line="50"/>
        <source>Attachments (drop files here)</source>
        <translation>附件（把文件拖到这里）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="51"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="57"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="57"/>
        <source>Planned</source>
        <translation>应办理人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="57"/>
        <source>Done by</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="58"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="58"/>
        <location filename="../../desktop_app/ui/record_view.py" line="89"/>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="58"/>
        <source>Article</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="74"/>
        <source>e.g. 同意</source>
        <translation>例如：同意</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="75"/>
        <source>Record step</source>
        <translation>记录此环节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="77"/>
        <source>Assign number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="79"/>
        <source>Print… (Ctrl+P)</source>
        <translation>打印…（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="81"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="83"/>
        <source>Save as DOCX…</source>
        <translation>另存为 DOCX…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="85"/>
        <source>Record the selected step</source>
        <translation>记录选中的环节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="88"/>
        <source>By</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="88"/>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="124"/>
        <source>(no number yet)</source>
        <translation>（尚未编号）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="201"/>
        <source>Step recorded.</source>
        <translation>已记录此环节。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="205"/>
        <source>Number assigned.</source>
        <translation>已编号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="208"/>
        <source>Attachment added.</source>
        <translation>已添加附件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="250"/>
        <source>Save slip</source>
        <translation>保存稿纸</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="254"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="53"/>
        <source>New… (Ctrl+N)</source>
        <translation>新建…（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="57"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="59"/>
        <source>Export to E&amp;xcel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="91"/>
        <source>← Back to list (Esc)</source>
        <translation>← 返回列表（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="157"/>
        <source>Register a new outgoing document</source>
        <translation>登记发文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="158"/>
        <source>Register a new incoming document</source>
        <translation>登记收文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="173"/>
        <source>Record</source>
        <translation>公文详情</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="198"/>
        <source>Saved. The record is open below.</source>
        <translation>已保存，下面是这份公文的详情。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="209"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="210"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="213"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="213"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="224"/>
        <source>Sender&apos;s number</source>
        <translation>来文字号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="225"/>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="229"/>
        <source>Exported {n} records to {path}</source>
        <translation>已导出 {n} 条到 {path}</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="48"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="99"/>
        <source>no org chart has been imported yet (File → Import org chart…)</source>
        <translation>尚未导入组织架构，请先在“文件 → 导入组织架构…”中导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="130"/>
        <source>Saved as record %1.</source>
        <translation>已保存，登记序号 %1。</translation>
    </message>
</context>
<context>
    <name>RoutingPanel</name>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="57"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="57"/>
        <source>Article</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="57"/>
        <source>Who</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="73"/>
        <source>Routing under the county work rules</source>
        <translation>按县政府工作规则的流转方案</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="102"/>
        <source>Cannot route yet: %1</source>
        <translation>暂时无法计算流转方案：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="108"/>
        <source>Refused (see the notices below)</source>
        <translation>不予办理（见下方提示）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="112"/>
        <source>Approved by: %1</source>
        <translation>审定：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="112"/>
        <source>No further approval needed</source>
        <translation>无需其他审定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="113"/>
        <source>(vacant)</source>
        <translation>（空缺）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="116"/>
        <source>, signing for the %1</source>
        <translation>，代%1签发</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="117"/>
        <source>Signer: %1 (%2)</source>
        <translation>签发：%1（%2）</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../desktop_app/ui/search_bar.py" line="30"/>
        <source>Search title, number or unit (two characters are enough)</source>
        <translation>搜索标题、文号或单位（输入两个字即可）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_bar.py" line="33"/>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_bar.py" line="37"/>
        <source>Overdue only</source>
        <translation>只看超期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_bar.py" line="42"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_bar.py" line="75"/>
        <source>Type one more character, or press Enter</source>
        <translation>再输入一个字，或按回车搜索</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search_bar.py" line="92"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>共 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search_bar.py" line="93"/>
        <source>over %Ln</source>
        <translation>
            <numerusform>%Ln 条以上</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="138"/>
        <source>The database could not be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
</context>
</TS>
