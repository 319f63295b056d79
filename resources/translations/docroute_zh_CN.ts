<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <location filename="../../desktop_app/ui/forms.py" line="238"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="239"/>
        <source>Sender</source>
        <translation>来文机关</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="240"/>
        <source>Sender&apos;s number</source>
        <translation>来文字号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="241"/>
        <source>Document type</source>
        <translation>文种</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="242"/>
        <source>Received on</source>
        <translation>收文日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="243"/>
        <source>Main recipients</source>
        <translation>主送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="244"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="247"/>
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="248"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="249"/>
        <source>Handle by</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="250"/>
        <source>Matters requested</source>
        <translation>请示事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="252"/>
        <source>Major matter</source>
        <translation>重大事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="252"/>
        <source>Report to the county head</source>
        <translation>报县长</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="253"/>
        <source>Assigned by a leader</source>
        <translation>领导交办</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="253"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="254"/>
        <source>Text or excerpt</source>
        <translation>正文或摘要</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="51"/>
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
        <location filename="../../desktop_app/ui/main_window.py" line="72"/>
        <source>This part comes with a later update of DocRoute; nothing here is stored yet.</source>
        <translation>此功能将在公文流转助手的后续更新中提供，目前这里不保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="79"/>
        <source>The seal register (用印登记) is being added by the seal registry update.</source>
        <translation>用印登记将随用印登记簿更新提供，目前这里不保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="82"/>
        <source>Incoming and outgoing records past their deadline and not yet finished, newest first.</source>
        <translation>已超过办理期限且尚未办结的收文和发文，最新的在前。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="152"/>
        <source>&amp;New record</source>
        <translation>新建登记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="153"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="154"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="155"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="156"/>
        <source>&amp;Export list to Excel…</source>
        <translation>导出当前列表到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="157"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="158"/>
        <source>Import &amp;org chart…</source>
        <translation>导入组织架构(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="159"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="160"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="161"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="165"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="167"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="183"/>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="187"/>
        <source>Last backup: {when}</source>
        <translation>最近备份：{when}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="188"/>
        <source>Last backup: none yet</source>
        <translation>最近备份：尚无</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="211"/>
        <source>Choose Incoming or Outgoing to register a new document.</source>
        <translation>请先选择“收文”或“发文”，再新建登记。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="230"/>
        <source>Select a record to print.</source>
        <translation>请先在列表中选中要打印的公文。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="235"/>
        <source>There is nothing to print on this page.</source>
        <translation>本页没有可打印的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="246"/>
        <source>There is nothing to save on this page: the list is always up to date.</source>
        <translation>本页无需保存：列表始终是最新的。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="252"/>
        <source>Choose a list to export.</source>
        <translation>请先打开要导出的列表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="260"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="263"/>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="269"/>
        <location filename="../../desktop_app/ui/main_window.py" line="276"/>
        <location filename="../../desktop_app/ui/main_window.py" line="280"/>
        <source>Import org chart</source>
        <translation>导入组织架构</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="277"/>
        <source>Cannot read {path} as a JSON org chart: {error}</source>
        <translation>无法读取组织架构文件 {path}（应为 JSON）：{error}。请检查文件后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="282"/>
        <source>Org chart imported: {count} people of {county}</source>
        <translation>已导入{county}组织架构，共 {count} 人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="287"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>OutgoingForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="174"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="175"/>
        <source>Issued by</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="176"/>
        <source>Number series</source>
        <translation>机关代字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="177"/>
        <source>Document type</source>
        <translation>文种</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="178"/>
        <source>Direction</source>
        <translation>行文方向</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="179"/>
        <source>Scope</source>
        <translation>事项范围</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="180"/>
        <source>Drafting department</source>
        <translation>拟稿单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="181"/>
        <source>Co-signing departments</source>
        <translation>会签单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="182"/>
        <source>Main recipients</source>
        <translation>主送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="183"/>
        <source>Copied to</source>
        <translation>抄送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="184"/>
        <source>Drafter</source>
        <translation>拟稿人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="185"/>
        <source>Draft date</source>
        <translation>拟稿日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="186"/>
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="187"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="188"/>
        <source>Publicity</source>
        <translation>公开属性</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="189"/>
        <source>Reason for not publishing</source>
        <translation>不予公开理由</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="190"/>
        <source>required when the document is not published, e.g. 涉及国家秘密</source>
        <translation>公开属性为“不予公开”时必填，例如：涉及国家秘密</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="191"/>
        <source>Meeting date (minutes)</source>
        <translation>会议日期（纪要）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="192"/>
        <source>Copies printed</source>
        <translation>印制份数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="194"/>
        <source>Normative document</source>
        <translation>规范性文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="194"/>
        <location filename="../../desktop_app/ui/forms.py" line="195"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms.py" line="195"/>
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
        <location filename="../../desktop_app/ui/record_view.py" line="56"/>
        <source>Attachments (drop files here)</source>
        <translation>附件（把文件拖到这里）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="57"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="63"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="63"/>
        <source>Planned</source>
        <translation>应办理人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="63"/>
        <source>Done by</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="64"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="64"/>
        <location filename="../../desktop_app/ui/record_view.py" line="102"/>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="64"/>
        <source>Article</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="80"/>
        <source>e.g. 同意</source>
        <translation>例如：同意</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="81"/>
        <source>Record step</source>
        <translation>记录此环节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="83"/>
        <source>Assign number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="92"/>
        <source>Print… (Ctrl+P)</source>
        <translation>打印…（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="94"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="96"/>
        <source>Save as DOCX…</source>
        <translation>另存为 DOCX…</translation>
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
        <location filename="../../desktop_app/ui/record_view.py" line="152"/>
        <source>(no number yet)</source>
        <translation>（尚未编号）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="200"/>
        <source>A number is given once these steps are recorded: %1</source>
        <translation>以下步骤记录后方可编号：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="203"/>
        <source>Signed and reviewed: the number can be assigned.</source>
        <translation>已审核、签发，可以编号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="250"/>
        <source>Record step %1 (%2) first: leaders do not sign what the office has not reviewed (Article 64).</source>
        <translation>请先记录第 %1 步“%2”：县政府领导不直接签批未经县政府办公室审理的公文文稿（第六十四条）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="272"/>
        <source>Step recorded.</source>
        <translation>已记录此环节。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="276"/>
        <source>Number assigned.</source>
        <translation>已编号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="279"/>
        <source>Attachment added.</source>
        <translation>已添加附件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="328"/>
        <source>Save slip</source>
        <translation>保存稿纸</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="334"/>
        <source>Could not write %1 (%2): close it if it is open, or choose another folder.</source>
        <translation>无法写入 %1（%2）：如该文件正被打开，请先关闭，或换一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_view.py" line="337"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="55"/>
        <source>New… (Ctrl+N)</source>
        <translation>新建…（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="59"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="61"/>
        <source>Export to E&amp;xcel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="93"/>
        <source>← Back to list (Esc)</source>
        <translation>← 返回列表（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="127"/>
        <source>No records match. Try other words, or choose “All years”.</source>
        <translation>没有符合条件的公文。请换个关键词，或选择“全部年份”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="129"/>
        <source>Nothing is overdue: every record with a deadline is on time or finished.</source>
        <translation>没有超期未办结的公文：有期限的公文都在期限内或已办结。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="131"/>
        <source>Nothing registered yet. First import the county&apos;s leaders and their portfolios with File → Import org chart…, then click New… (Ctrl+N) to register the first document.</source>
        <translation>还没有登记任何公文。请先用 文件 → 导入组织架构… 导入本县领导及其分工，再点 新建…（Ctrl+N）登记第一份公文。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="134"/>
        <source>No incoming documents yet. Click New… (Ctrl+N) to register the first one.</source>
        <translation>还没有收文。点右上角的 新建…（Ctrl+N）登记第一份收文。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="135"/>
        <source>No outgoing documents yet. Click New… (Ctrl+N) to register the first draft.</source>
        <translation>还没有发文。点右上角的 新建…（Ctrl+N）登记第一份发文稿。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="183"/>
        <source>Register a new outgoing document</source>
        <translation>登记发文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="184"/>
        <source>Register a new incoming document</source>
        <translation>登记收文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="199"/>
        <source>Record</source>
        <translation>公文详情</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="225"/>
        <source>Unsaved registration</source>
        <translation>登记尚未保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="226"/>
        <source>This registration has not been saved. Save it, or discard what was typed?</source>
        <translation>这份登记还没有保存。要保存，还是放弃已填写的内容？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="230"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="231"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="267"/>
        <source>Saved. The record is open below.</source>
        <translation>已保存，下面是这份公文的详情。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="278"/>
        <location filename="../../desktop_app/ui/records_page.py" line="298"/>
        <location filename="../../desktop_app/ui/records_page.py" line="311"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="278"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="281"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="312"/>
        <source>Exported {n} records to
{path}</source>
        <translation>已导出 {n} 条记录到
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="315"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="316"/>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="232"/>
        <location filename="../../desktop_app/ui/records_page.py" line="281"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="292"/>
        <source>Sender&apos;s number</source>
        <translation>来文字号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="293"/>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="299"/>
        <source>Could not write {path} ({reason}). Close the file if it is open in Excel, or choose another folder.</source>
        <translation>无法写入 {path}（{reason}）。如该文件正在 Excel 中打开，请先关闭，或换一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_page.py" line="305"/>
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
        <location filename="../../desktop_app/ui/app.py" line="129"/>
        <source>The database could not be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
</context>
</TS>
