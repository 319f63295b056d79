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
    <name>ImportProgress</name>
    <message>
        <location filename="../../desktop_app/ui/import_job.py" line="58"/>
        <source>Reading and checking the rows of {name}…</source>
        <translation>正在读取并检查 {name} 的各行…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_job.py" line="59"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_job.py" line="61"/>
        <source>Import registers</source>
        <translation>导入登记簿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_job.py" line="73"/>
        <source>All rows are good. Writing {total} records…</source>
        <translation>各行均无误，正在写入 {total} 条记录…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_job.py" line="75"/>
        <source>Reading and checking rows: {done}…</source>
        <translation>正在读取并检查：已 {done} 行…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_job.py" line="84"/>
        <source>Cancelling: nothing will be imported…</source>
        <translation>正在取消：不会导入任何记录…</translation>
    </message>
</context>
<context>
    <name>IncomingForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="232"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="233"/>
        <source>Sender</source>
        <translation>来文机关</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="234"/>
        <source>Sender&apos;s number</source>
        <translation>来文字号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="235"/>
        <source>Document type</source>
        <translation>文种</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="236"/>
        <source>Received on</source>
        <translation>收文日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="237"/>
        <source>Main recipients</source>
        <translation>主送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="238"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="241"/>
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="242"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="243"/>
        <source>Handle by</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="244"/>
        <source>Matters requested</source>
        <translation>请示事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="246"/>
        <source>Major matter</source>
        <translation>重大事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="246"/>
        <source>Report to the county head</source>
        <translation>报县长</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="247"/>
        <source>Assigned by a leader</source>
        <translation>领导交办</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="247"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="248"/>
        <source>Text or excerpt</source>
        <translation>正文或摘要</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="104"/>
        <source>Print the seal ledger</source>
        <translation>打印用印登记簿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="111"/>
        <source>Preview and print…</source>
        <translation>预览并打印…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="113"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="120"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="121"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="122"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="124"/>
        <source>Every entry of the period, ending with the chain&apos;s head hash for the auditor to write down.</source>
        <translation>列出该期间的每一条登记，末尾印有登记簿链头校验值，供审计人员抄录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="158"/>
        <source>Save the seal ledger</source>
        <translation>保存用印登记簿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="166"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="54"/>
        <source>DocRoute — document routing assistant</source>
        <translation>公文流转助手</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="75"/>
        <source>Incoming</source>
        <translation>收文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="75"/>
        <source>Outgoing</source>
        <translation>发文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="75"/>
        <source>Seals</source>
        <translation>用印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="76"/>
        <source>To do and deadlines</source>
        <translation>待办与期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="76"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="77"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="77"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="82"/>
        <source>This part comes with a later update of DocRoute; nothing here is stored yet.</source>
        <translation>此功能将在公文流转助手的后续更新中提供，目前这里不保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="91"/>
        <source>Incoming and outgoing records past their deadline and not yet finished, newest first.</source>
        <translation>已超过办理期限且尚未办结的收文和发文，最新的在前。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="166"/>
        <source>&amp;New record</source>
        <translation>新建登记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="167"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="168"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="169"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="170"/>
        <source>&amp;Export list to Excel…</source>
        <translation>导出当前列表到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="171"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="172"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="173"/>
        <source>Import &amp;org chart…</source>
        <translation>导入组织架构(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="174"/>
        <source>&amp;Import registers from Excel or CSV…</source>
        <translation>从 Excel 或 CSV 导入登记簿(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="175"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="176"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="177"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="182"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="184"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="200"/>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="204"/>
        <source>Last backup: {when}</source>
        <translation>最近备份：{when}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="205"/>
        <source>Last backup: none yet</source>
        <translation>最近备份：尚无</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="240"/>
        <source>Choose Incoming or Outgoing to register a new document.</source>
        <translation>请先选择“收文”或“发文”，再新建登记。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="264"/>
        <source>Select a record to print.</source>
        <translation>请先在列表中选中要打印的公文。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="269"/>
        <source>There is nothing to print on this page.</source>
        <translation>本页没有可打印的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="283"/>
        <source>There is nothing to save on this page: the list is always up to date.</source>
        <translation>本页无需保存：列表始终是最新的。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="292"/>
        <source>Choose a list to export.</source>
        <translation>请先打开要导出的列表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="304"/>
        <location filename="../../desktop_app/ui/main_window.py" line="307"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="310"/>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="332"/>
        <location filename="../../desktop_app/ui/main_window.py" line="336"/>
        <location filename="../../desktop_app/ui/main_window.py" line="364"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="333"/>
        <source>DocRoute backups (*.sqlite)</source>
        <translation>公文流转助手备份 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="337"/>
        <source>Replace the records in this database by those in the backup {name}?

The backup is checked first; if anything is wrong, nothing changes. The current database is kept in the backups folder.</source>
        <translation>用备份 {name} 中的记录替换当前数据库中的记录吗？

会先检查备份，发现任何问题都不作改动。当前数据库会另存在 backups 文件夹中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="345"/>
        <source>Checking the backup and restoring it…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="357"/>
        <source>Restored {count} records from {name}; the replaced database is kept as {kept}</source>
        <translation>已从 {name} 恢复 {count} 条记录；被替换的数据库另存为 {kept}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="373"/>
        <location filename="../../desktop_app/ui/main_window.py" line="379"/>
        <source>Import registers</source>
        <translation>导入登记簿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="374"/>
        <source>Registers (*.xlsx *.csv)</source>
        <translation>登记簿 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="380"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>已取消导入：未导入任何记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="389"/>
        <source>Imported {n} records ({outgoing} outgoing, {incoming} incoming).</source>
        <translation>已导入 {n} 条记录（发文 {outgoing} 条，收文 {incoming} 条）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="395"/>
        <location filename="../../desktop_app/ui/main_window.py" line="402"/>
        <location filename="../../desktop_app/ui/main_window.py" line="406"/>
        <source>Import org chart</source>
        <translation>导入组织架构</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="403"/>
        <source>Cannot read {path} as a JSON org chart: {error}</source>
        <translation>无法读取组织架构文件 {path}（应为 JSON）：{error}。请检查文件后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="408"/>
        <source>Org chart imported: {count} people of {county}</source>
        <translation>已导入{county}组织架构，共 {count} 人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="413"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>OutgoingForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="168"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="169"/>
        <source>Issued by</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="170"/>
        <source>Number series</source>
        <translation>机关代字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="171"/>
        <source>Document type</source>
        <translation>文种</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="172"/>
        <source>Direction</source>
        <translation>行文方向</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="173"/>
        <source>Scope</source>
        <translation>事项范围</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="174"/>
        <source>Drafting department</source>
        <translation>拟稿单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="175"/>
        <source>Co-signing departments</source>
        <translation>会签单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="176"/>
        <source>Main recipients</source>
        <translation>主送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="177"/>
        <source>Copied to</source>
        <translation>抄送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="178"/>
        <source>Drafter</source>
        <translation>拟稿人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="179"/>
        <source>Draft date</source>
        <translation>拟稿日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="180"/>
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="181"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="182"/>
        <source>Publicity</source>
        <translation>公开属性</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="183"/>
        <source>Reason for not publishing</source>
        <translation>不予公开理由</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="184"/>
        <source>required when the document is not published, e.g. 涉及国家秘密</source>
        <translation>公开属性为“不予公开”时必填，例如：涉及国家秘密</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="185"/>
        <source>Meeting date (minutes)</source>
        <translation>会议日期（纪要）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="186"/>
        <source>Copies printed</source>
        <translation>印制份数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="188"/>
        <source>Normative document</source>
        <translation>规范性文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="188"/>
        <location filename="../../desktop_app/ui/forms.py" line="189"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="189"/>
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
        <location filename="../../desktop_app/ui/record_view.py" line="53"/>
        <source>Attachments (drop files here)</source>
        <translation>附件（把文件拖到这里）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="54"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="60"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="60"/>
        <source>Planned</source>
        <translation>应办理人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="60"/>
        <source>Done by</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="61"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="61"/>
        <location filename="../../desktop_app/ui/record_view.py" line="102"/>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="61"/>
        <source>Article</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="77"/>
        <source>e.g. 同意</source>
        <translation>例如：同意</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="78"/>
        <source>Record step</source>
        <translation>记录此环节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="80"/>
        <source>Assign number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="89"/>
        <source>Print… (Ctrl+P)</source>
        <translation>打印…（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="91"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="93"/>
        <source>Save as DOCX…</source>
        <translation>另存为 DOCX…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="95"/>
        <source>Request seal use…</source>
        <translation>申请用印…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="98"/>
        <source>Record the selected step</source>
        <translation>记录选中的环节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="101"/>
        <source>By</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="101"/>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="139"/>
        <source>(no number yet)</source>
        <translation>（尚未编号）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="185"/>
        <source>A number is given once these steps are recorded: %1</source>
        <translation>以下步骤记录后方可编号：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="188"/>
        <source>Signed and reviewed: the number can be assigned.</source>
        <translation>已审核、签发，可以编号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="221"/>
        <source>Record step %1 (%2) first: leaders do not sign what the office has not reviewed (Article 64).</source>
        <translation>请先记录第 %1 步“%2”：县政府领导不直接签批未经县政府办公室审理的公文文稿（第六十四条）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="243"/>
        <source>Step recorded.</source>
        <translation>已记录此环节。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="247"/>
        <source>Number assigned.</source>
        <translation>已编号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="259"/>
        <source>Attachment added.</source>
        <translation>已添加附件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="301"/>
        <source>Save slip</source>
        <translation>保存稿纸</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="311"/>
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
        <location filename="../../desktop_app/ui/records_page.py" line="211"/>
        <source>CSV for Excel, the fast choice for long lists: a million rows in under a minute (*.csv)</source>
        <translation>CSV（Excel 可打开），记录很多时更快：一百万行不到一分钟 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="214"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="214"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="225"/>
        <source>Sender&apos;s number</source>
        <translation>来文字号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="226"/>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="230"/>
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
        <location filename="../../desktop_app/ui/forms.py" line="98"/>
        <source>no org chart has been imported yet (File → Import org chart…)</source>
        <translation>尚未导入组织架构，请先在“文件 → 导入组织架构…”中导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="129"/>
        <source>Saved as record %1.</source>
        <translation>已保存，登记序号 %1。</translation>
    </message>
</context>
<context>
    <name>RoutingPanel</name>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="58"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="58"/>
        <source>Article</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="58"/>
        <source>Who</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="74"/>
        <source>Routing under the county work rules</source>
        <translation>按县政府工作规则的流转方案</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="103"/>
        <source>Cannot route yet: %1</source>
        <translation>暂时无法计算流转方案：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="109"/>
        <source>Refused (see the notices below)</source>
        <translation>不予办理（见下方提示）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="113"/>
        <source>Approved by: %1</source>
        <translation>审定：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="113"/>
        <source>No further approval needed</source>
        <translation>无需其他审定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="114"/>
        <source>(vacant)</source>
        <translation>（空缺）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="117"/>
        <source>, signing for the %1</source>
        <translation>，代%1签发</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/routing_panel.py" line="118"/>
        <source>Signer: %1 (%2)</source>
        <translation>签发：%1（%2）</translation>
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
        <location filename="../../desktop_app/ui/seal_view.py" line="58"/>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="58"/>
        <source>Who</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="58"/>
        <source>Article</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="71"/>
        <source>Take the seal out…</source>
        <translation>印章带出…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="73"/>
        <source>Seal returned</source>
        <translation>印章归还</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="75"/>
        <source>Print… (Ctrl+P)</source>
        <translation>打印…（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="77"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="79"/>
        <source>Save as DOCX…</source>
        <translation>另存为 DOCX…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="93"/>
        <source>Approvals the rules require (hover for the article)</source>
        <translation>按规定须经的审批（鼠标停留可看条文）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="94"/>
        <source>This request in the ledger (entry, time, code)</source>
        <translation>本申请在登记簿中的记录（条目号、时间、校验码）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="101"/>
        <location filename="../../desktop_app/ui/seal_view.py" line="210"/>
        <source>Record the use of the seal</source>
        <translation>登记用印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="103"/>
        <source>the clerk who supervises the stamping</source>
        <translation>监督用印的文书科人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="108"/>
        <location filename="../../desktop_app/ui/seal_view.py" line="202"/>
        <source>Drop the scan of the signed slip here (optional)</source>
        <translation>把已签字的用印审批单扫描件拖到这里（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="111"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="113"/>
        <source>Record use</source>
        <translation>登记用印</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="117"/>
        <source>Supervised by</source>
        <translation>监印人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="117"/>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="118"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="142"/>
        <source>%1 copies</source>
        <translation>%1 份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="168"/>
        <source>Refused: nothing to approve</source>
        <translation>不予用印，无需审批</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="169"/>
        <source>No further approval needed (a signed document, 第六十九条)</source>
        <translation>无需另行审批（已签发的公文，第六十九条）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="177"/>
        <source> — approved</source>
        <translation> — 已签字同意</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="178"/>
        <source>Approve</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="192"/>
        <source>Signed on the slip:</source>
        <translation>审批单上已签字：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="195"/>
        <source>%1 signed</source>
        <translation>%1 已签字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="207"/>
        <source>Sealed on %1 by %2, %3 copies</source>
        <translation>已于 %1 用印，监印人 %2，%3 份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="215"/>
        <source>%1 is out since %2 with %3</source>
        <translation>%1 %2 带出，随同 %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="219"/>
        <source>%1 is in the safe</source>
        <translation>%1 在保险柜中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="237"/>
        <source>Scan: %1</source>
        <translation>扫描件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="240"/>
        <source>Scan of the signed slip</source>
        <translation>已签字审批单的扫描件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="241"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="249"/>
        <source>Use recorded in the ledger.</source>
        <translation>用印已登记。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="253"/>
        <source>Seal returned to the safe.</source>
        <translation>印章已归还，存入保险柜。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="292"/>
        <source>Save slip</source>
        <translation>保存稿纸</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_view.py" line="297"/>
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
    <name>TakeOutDialog</name>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="45"/>
        <source>Take a seal out</source>
        <translation>印章带出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="50"/>
        <source>the confidential-affairs officer who goes with it</source>
        <translation>随同的机要人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="52"/>
        <source>Foreign affairs (外事)</source>
        <translation>外事</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="53"/>
        <source>Other (say what)</source>
        <translation>其他（请写明）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="55"/>
        <source>e.g. signing the agreement in Urumqi</source>
        <translation>例如：赴乌鲁木齐签订协议</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="59"/>
        <source>第七十二条: seals do not leave the government; only for foreign affairs, escorted by confidential staff, one seal for one purpose.</source>
        <translation>第七十二条：印章不能带出政府；确因外事需要，机要人员随同办理，专章专用。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="63"/>
        <source>Seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="64"/>
        <source>Escort</source>
        <translation>随同人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="65"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="66"/>
        <source>Details</source>
        <translation>具体事由</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/seal_dialogs.py" line="68"/>
        <source>For request</source>
        <translation>用印申请</translation>
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
