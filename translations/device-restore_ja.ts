<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>dr::App</name>
    <message>
        <location filename="../app/main.cpp" line="168"/>
        <source>Restore Particle devices to a chosen Device OS version.</source>
        <translation>Particle デバイスを、選択した Device OS バージョンに復元します。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="172"/>
        <source>Attach virtual devices instead of USB, e.g. boron@1.5.2,photon@2.2.0.</source>
        <translation>USB の代わりに仮想デバイスを接続します（例: boron@1.5.2,photon@2.2.0）。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="173"/>
        <source>PLATFORM@VERSION,...</source>
        <translation>PLATFORM@VERSION,...</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="175"/>
        <source>Folder or zip of Device OS release binaries.</source>
        <translation>Device OS リリースバイナリのフォルダーまたは zip ファイル。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="175"/>
        <source>DIR|ZIP</source>
        <translation>DIR|ZIP</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="178"/>
        <source>Show the window in this language: %1 (default: the system language, or the one chosen in the settings).</source>
        <translation>ウィンドウをこの言語で表示します: %1（既定: システムの言語、または設定で選択した言語）。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="181"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="183"/>
        <source>Open the restore station (many devices, one recipe) instead of the wizard.</source>
        <translation>ウィザードの代わりに復元ステーション (多数のデバイス、1 つのレシピ) を開きます。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="186"/>
        <source>With --station: use the saved recipe of this name.</source>
        <translation>--station と併用: この名前で保存したレシピを使います。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="187"/>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="192"/>
        <source>unknown language &apos;%1&apos;.</source>
        <translation>不明な言語です: &apos;%1&apos;。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="214"/>
        <source>The virtual devices need Device OS binaries, and none were found. Run installer/fetch-real-binaries.sh (it puts them in ~/.cache/device-restore/real-binaries), or give --bundle with a folder or zip of release binaries.</source>
        <translation>仮想デバイスには Device OS のバイナリが必要ですが、見つかりませんでした。installer/fetch-real-binaries.sh を実行する (~/.cache/device-restore/real-binaries に置かれます) か、--bundle でリリースバイナリのフォルダーまたは zip を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="280"/>
        <source>--recipe is for the restore station: give --station too.</source>
        <translation>--recipe は復元ステーション用です。--station も指定してください。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="106"/>
        <location filename="../app/main.cpp" line="199"/>
        <source>Device Restore</source>
        <translation>Device Restore</translation>
    </message>
</context>
<context>
    <name>dr::ConsoleCommand</name>
    <message>
        <location filename="../core/serial/consolecommand.cpp" line="16"/>
        <source>&apos;i&apos; (device ID)</source>
        <translation>&apos;i&apos;（デバイス ID）</translation>
    </message>
    <message>
        <location filename="../core/serial/consolecommand.cpp" line="17"/>
        <source>&apos;v&apos; (system version)</source>
        <translation>&apos;v&apos;（システムバージョン）</translation>
    </message>
    <message>
        <location filename="../core/serial/consolecommand.cpp" line="18"/>
        <source>&apos;s&apos; (module info)</source>
        <translation>&apos;s&apos;（モジュール情報）</translation>
    </message>
    <message>
        <location filename="../core/serial/consolecommand.cpp" line="19"/>
        <source>&apos;m&apos; (MAC address)</source>
        <translation>&apos;m&apos;（MAC アドレス）</translation>
    </message>
    <message>
        <location filename="../core/serial/consolecommand.cpp" line="20"/>
        <source>&apos;c&apos; (claimed)</source>
        <translation>&apos;c&apos;（クレーム状態）</translation>
    </message>
    <message>
        <location filename="../core/serial/consolecommand.cpp" line="21"/>
        <source>&apos;x&apos; (exit listening mode)</source>
        <translation>&apos;x&apos;（リスニングモードの終了）</translation>
    </message>
</context>
<context>
    <name>dr::ConsoleReplyParser</name>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="93"/>
        <source>Check that the port belongs to a Particle device in listening mode (blinking dark blue), then try again.</source>
        <translation>このポートがリスニングモード（濃い青の点滅）の Particle デバイスのものであることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="176"/>
        <source>The device&apos;s reply to &apos;i&apos; has no valid device ID.</source>
        <translation>&apos;i&apos; に対するデバイスの応答に、有効なデバイス ID がありません。</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="204"/>
        <source>The device&apos;s reply to &apos;v&apos; has no valid version.</source>
        <translation>&apos;v&apos; に対するデバイスの応答に、有効なバージョンがありません。</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="226"/>
        <source>The device&apos;s reply to &apos;m&apos; has no valid MAC address.</source>
        <translation>&apos;m&apos; に対するデバイスの応答に、有効な MAC アドレスがありません。</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="244"/>
        <source>The device&apos;s reply to &apos;c&apos; is neither yes nor no.</source>
        <translation>&apos;c&apos; に対するデバイスの応答が、yes でも no でもありません。</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="332"/>
        <source>The device&apos;s reply to &apos;s&apos; is nested too deeply to be a module list.</source>
        <translation>&apos;s&apos; に対するデバイスの応答は入れ子が深すぎるため、モジュール一覧ではありません。</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="337"/>
        <source>The device&apos;s reply to &apos;s&apos; is not balanced JSON.</source>
        <translation>&apos;s&apos; に対するデバイスの応答は、括弧の対応が取れた JSON ではありません。</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="313"/>
        <source>The device&apos;s reply to &apos;s&apos; never ends.</source>
        <translation>&apos;s&apos; に対するデバイスの応答が終わりません。</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="314"/>
        <source>Reset the device, put it in listening mode (blinking dark blue) and try again.</source>
        <translation>デバイスをリセットしてリスニングモード（濃い青の点滅）にしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="355"/>
        <source>The device did not answer %1 within %2 s.</source>
        <translation>デバイスは %2 秒以内に %1 に応答しませんでした。</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="356"/>
        <source>Put the device in listening mode (hold MODE until it blinks dark blue), check the cable, then try again.</source>
        <translation>デバイスをリスニングモードにし（濃い青に点滅するまで MODE を押し続けます）、ケーブルを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="363"/>
        <source>The device printed output but no reply to %1 within %2 s.</source>
        <translation>デバイスは何かを出力しましたが、%2 秒以内に %1 への応答はありませんでした。</translation>
    </message>
    <message>
        <location filename="../core/serial/consolereplyparser.cpp" line="364"/>
        <source>The device may not be in listening mode. Hold MODE until it blinks dark blue, then try again.</source>
        <translation>デバイスがリスニングモードになっていない可能性があります。濃い青に点滅するまで MODE を押し続けてから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>dr::ControlRequest</name>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="111"/>
        <source>The device answered %1 with a malformed reply.</source>
        <translation>%1 に対するデバイスの応答が不正です。</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="113"/>
        <location filename="../core/usb/controlrequest.cpp" line="147"/>
        <source>Reset the device and try again; if it repeats, update its Device OS by DFU.</source>
        <translation>デバイスをリセットして、もう一度お試しください。繰り返し発生する場合は、DFU で Device OS を更新してください。</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="144"/>
        <source>The device answered the module info request (90) with malformed JSON.</source>
        <translation>デバイスはモジュール情報リクエスト (90) に不正な JSON で応答しました。</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="180"/>
        <source>the module info request (90)</source>
        <translation>モジュール情報リクエスト（90）</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="257"/>
        <source>The request %1 carries %2 bytes; the device takes at most %3.</source>
        <translation>リクエスト %1 のデータは %2 バイトですが、デバイスが受け付けるのは最大 %3 バイトです。</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="262"/>
        <source>This is a bug in Device Restore; please report it.</source>
        <translation>これは Device Restore の不具合です。ご報告ください。</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="275"/>
        <source>The device did not complete request %1 within %2 s.</source>
        <translation>デバイスは %2 秒以内にリクエスト %1 を完了しませんでした。</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="279"/>
        <location filename="../core/usb/controlrequest.cpp" line="473"/>
        <source>Reset the device and try again.</source>
        <translation>デバイスをリセットして、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="299"/>
        <location filename="../core/usb/controlrequest.cpp" line="337"/>
        <source>The control request</source>
        <translation>制御リクエスト</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="394"/>
        <source>the device ID request (20)</source>
        <translation>デバイス ID リクエスト（20）</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="410"/>
        <source>the system version request (30)</source>
        <translation>システムバージョンリクエスト（30）</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="435"/>
        <source>the device mode request (72)</source>
        <translation>デバイスモードリクエスト（72）</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="461"/>
        <source>the start of the firmware update (250)</source>
        <translation>ファームウェア更新の開始（250）</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="468"/>
        <source>The firmware update</source>
        <translation>ファームウェア更新</translation>
    </message>
    <message>
        <location filename="../core/usb/controlrequest.cpp" line="471"/>
        <source>The firmware update did not finish in time.</source>
        <translation>ファームウェア更新が時間内に終わりませんでした。</translation>
    </message>
</context>
<context>
    <name>dr::DeviceOsVersionTable</name>
    <message>
        <location filename="../core/version/deviceosversions.cpp" line="47"/>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: 読み込めません（%2）。</translation>
    </message>
    <message>
        <location filename="../core/version/deviceosversions.cpp" line="48"/>
        <source>Check that the file exists and is readable.</source>
        <translation>ファイルが存在し、読み込み可能であることを確認してください。</translation>
    </message>
    <message>
        <location filename="../core/version/deviceosversions.cpp" line="56"/>
        <source>Fix the Device OS version table (see README, &quot;Platform database&quot;).</source>
        <translation>Device OS バージョン表を修正してください（README の「Platform database」を参照）。</translation>
    </message>
    <message>
        <location filename="../core/version/deviceosversions.cpp" line="142"/>
        <source>The built-in Device OS version table is missing.</source>
        <translation>組み込みの Device OS バージョン表がありません。</translation>
    </message>
    <message>
        <location filename="../core/version/deviceosversions.cpp" line="143"/>
        <source>Rebuild the program; the resource :/dr/device-os-versions.json was not linked in.</source>
        <translation>プログラムをビルドし直してください。リソース :/dr/device-os-versions.json がリンクされていません。</translation>
    </message>
</context>
<context>
    <name>dr::DeviceProtection</name>
    <message>
        <location filename="../core/usb/deviceprotection.cpp" line="69"/>
        <source>The device answered the protection state request (76) with a malformed reply.</source>
        <translation>デバイスは保護状態リクエスト (76) に不正な応答を返しました。</translation>
    </message>
    <message>
        <location filename="../core/usb/deviceprotection.cpp" line="71"/>
        <source>Reset the device and try again.</source>
        <translation>デバイスをリセットして、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/usb/deviceprotection.cpp" line="78"/>
        <source>The device has Device Protection on: its bootloader refuses firmware written over DFU and its Device OS refuses updates over USB, so Device Restore cannot write it. Nothing was written.</source>
        <translation>デバイスで Device Protection が有効です。ブートローダーは DFU で書き込まれるファームウェアを拒否し、Device OS は USB 経由の更新を拒否するため、Device Restore は書き込めません。何も書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../core/usb/deviceprotection.cpp" line="81"/>
        <source>Turn Device Protection off for this device in the Particle console (or put it in service mode with &apos;particle device-protection disable&apos;), then restore it again.</source>
        <translation>Particle コンソールでこのデバイスの Device Protection を無効にしてから (または &apos;particle device-protection disable&apos; でサービスモードにしてから)、もう一度復元してください。</translation>
    </message>
</context>
<context>
    <name>dr::DfuClient</name>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="31"/>
        <source>The device&apos;s DFU descriptors are malformed: %1.</source>
        <translation>デバイスの DFU ディスクリプタが不正です（%1）。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="32"/>
        <location filename="../core/usb/dfuclient.cpp" line="97"/>
        <location filename="../core/usb/dfuclient.cpp" line="146"/>
        <source>Reset the device into DFU mode and try again.</source>
        <translation>デバイスをリセットして DFU モードにし、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="42"/>
        <source>no configuration descriptor</source>
        <translation>コンフィギュレーションディスクリプタがありません</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="49"/>
        <source>descriptor at offset %1 runs past the end</source>
        <translation>オフセット %1 のディスクリプタが末尾を越えています</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="51"/>
        <source>short interface descriptor</source>
        <translation>インターフェイスディスクリプタが短すぎます</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="56"/>
        <source>short DFU functional descriptor</source>
        <translation>DFU 機能ディスクリプタが短すぎます</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="66"/>
        <source>no DFU interface</source>
        <translation>DFU インターフェイスがありません</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="96"/>
        <source>The device answered DFU_GETSTATUS with %1 bytes instead of 6.</source>
        <translation>デバイスは DFU_GETSTATUS に 6 バイトではなく %1 バイトで応答しました。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="145"/>
        <source>The device stayed busy during %1.</source>
        <translation>%1 の間、デバイスがビジー状態のままでした。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="185"/>
        <source>DFU mode</source>
        <translation>DFU モード</translation>
    </message>
    <message>
        <location filename="../core/usb/dfuclient.cpp" line="186"/>
        <location filename="../core/usb/dfuclient.cpp" line="196"/>
        <source>preparing the download</source>
        <translation>ダウンロードの準備</translation>
    </message>
</context>
<context>
    <name>dr::DfuModuleReader</name>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="44"/>
        <source>It is on the network co-processor, whose flash DFU mode does not reach; it is only known once Device OS runs.</source>
        <translation>ネットワークコプロセッサ上にあり、そのフラッシュには DFU モードから届きません。Device OS が動作して初めて分かります。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="46"/>
        <source>The bootloader does not let this memory be read over DFU.</source>
        <translation>ブートローダーはこのメモリを DFU で読み出すことを許可していません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="69"/>
        <source>The device has Device Protection on: its bootloader does not let its modules be read over DFU.</source>
        <translation>デバイスで Device Protection が有効です。ブートローダーがモジュールを DFU で読み出すことを許可しません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="71"/>
        <source>Every module will be written. To read them first, turn Device Protection off in the Particle console (or put the device in service mode).</source>
        <translation>すべてのモジュールが書き込まれます。先に読み出すには、Particle コンソールで Device Protection をオフにしてください(またはデバイスをサービスモードにしてください)。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="73"/>
        <source>found in DFU mode, before any read</source>
        <translation>DFU モードで、読み出し前に検出</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="130"/>
        <source>The device&apos;s bootloader does not let any module be read over DFU.</source>
        <translation>デバイスのブートローダーは、どのモジュールも DFU で読み出すことを許可していません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="131"/>
        <source>Every module will be written.</source>
        <translation>すべてのモジュールが書き込まれます。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="145"/>
        <location filename="../core/usb/dfumodulereader.cpp" line="186"/>
        <source>Reading the modules over DFU</source>
        <translation>DFU によるモジュールの読み出し</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="148"/>
        <source>Reading the device&apos;s modules over DFU took longer than %1 s.</source>
        <translation>DFU によるデバイスのモジュールの読み出しに %1 秒以上かかりました。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="150"/>
        <source>Nothing was written. Check the cable and try again; a restore without the reading writes every module.</source>
        <translation>何も書き込まれていません。ケーブルを確認してもう一度お試しください。読み出しなしの復元ではすべてのモジュールが書き込まれます。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="160"/>
        <source>The device went away while its modules were being read over DFU. Nothing was written.</source>
        <translation>DFU でモジュールを読み出している間にデバイスが切断されました。何も書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="162"/>
        <source>Plug it back in (a data cable, not a charge-only one), put it in DFU mode if it is not, and read it again.</source>
        <translation>もう一度接続し(充電専用ではなくデータ用ケーブルで)、DFU モードでなければ DFU モードにして、もう一度読み出してください。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="172"/>
        <source>A read of %1 bytes at %2 would leave the %3 slot.</source>
        <translation>%2 からの %1 バイトの読み出しはスロット %3 の外に出てしまいます。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfumodulereader.cpp" line="175"/>
        <source>Nothing was read there.</source>
        <translation>そこからは何も読み出していません。</translation>
    </message>
</context>
<context>
    <name>dr::DfuseDownloader</name>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="40"/>
        <source>%1..%2 on alt %3</source>
        <translation>%1..%2（alt %3）</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="42"/>
        <source>Nothing to write at %1.</source>
        <translation>%1 に書き込むデータがありません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="43"/>
        <source>Check the file.</source>
        <translation>ファイルを確認してください。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="46"/>
        <source>The write %1 lies outside the device&apos;s %2.</source>
        <translation>書き込み %1 は、デバイスの %2 の範囲外です。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="47"/>
        <source>Check that the file is for this device; nothing was written.</source>
        <translation>ファイルがこのデバイス用であることを確認してください。何も書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="49"/>
        <source>The write %1 touches read-only memory of the %2.</source>
        <translation>書き込み %1 は、%2 の読み取り専用メモリにかかっています。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="51"/>
        <source>This part cannot be written over DFU; nothing was written.</source>
        <translation>この部分は DFU では書き込めません。何も書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="57"/>
        <source>The write %1 would overwrite %2..%3, which must never be written over DFU on the %4.</source>
        <translation>書き込み %1 は %2..%3 を上書きしてしまいます。%4 ではこの領域を DFU で書き込んではいけません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="61"/>
        <source>Nothing was written. Bootloaders go through the device itself (control requests or the OTA region).</source>
        <translation>何も書き込まれていません。ブートローダーはデバイス自身を介して書き込みます（制御リクエストまたは OTA 領域）。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="72"/>
        <source>The module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="74"/>
        <source>%1 is for platform %2, not for this %3.</source>
        <translation>%1 はプラットフォーム %2 用で、この %3 用ではありません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="78"/>
        <source>Use the file built for the %1; nothing was written.</source>
        <translation>%1 用にビルドされたファイルを使用してください。何も書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="81"/>
        <source>%1 is corrupt: its CRC-32 does not match.</source>
        <translation>%1 は破損しています（CRC-32 が一致しません）。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="82"/>
        <source>Download the file again; nothing was written.</source>
        <translation>ファイルをもう一度ダウンロードしてください。何も書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="105"/>
        <source>%1 (%2 bytes at %3) does not fit any %4 slot of the %5.</source>
        <translation>%1（%3 から %2 バイト）は、%5 のどの %4 スロットにも収まりません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="109"/>
        <source>The file is not a module for this device&apos;s layout; nothing was written.</source>
        <translation>このファイルは、このデバイスのレイアウトに合うモジュールではありません。何も書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="113"/>
        <source>%1 (%2) cannot be written over DFU.</source>
        <translation>%1（%2）は DFU では書き込めません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="115"/>
        <source>This module must never be flashed; nothing was written.</source>
        <translation>このモジュールは決して書き込んではいけません。何も書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="116"/>
        <source>Flash it in normal or listening mode (control requests); nothing was written.</source>
        <translation>通常モードまたはリスニングモードで書き込んでください（制御リクエスト）。何も書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="129"/>
        <source>A DCT write of %1 bytes at offset %2 is not a field Device Restore may change.</source>
        <translation>オフセット %2 への %1 バイトの DCT 書き込みは、Device Restore が変更してよいフィールドではありません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="133"/>
        <source>Only the OTA flag, claim code and setup flag are written; nothing was written.</source>
        <translation>書き込むのは OTA フラグ、クレームコード、セットアップフラグだけです。何も書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="199"/>
        <source>The device in DFU mode shows no internal flash (alt 0).</source>
        <translation>DFU モードのデバイスに内部フラッシュ（alt 0）が見当たりません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="200"/>
        <location filename="../core/usb/dfusedownloader.cpp" line="384"/>
        <source>Reset the device into DFU mode and try again.</source>
        <translation>デバイスをリセットして DFU モードにし、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="213"/>
        <location filename="../core/usb/dfusedownloader.cpp" line="238"/>
        <source>The device has no DFU alt setting %1.</source>
        <translation>デバイスに DFU の alt 設定 %1 がありません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="214"/>
        <location filename="../core/usb/dfusedownloader.cpp" line="228"/>
        <location filename="../core/usb/dfusedownloader.cpp" line="239"/>
        <location filename="../core/usb/dfusedownloader.cpp" line="256"/>
        <location filename="../core/usb/dfusedownloader.cpp" line="260"/>
        <location filename="../core/usb/dfusedownloader.cpp" line="301"/>
        <source>Nothing was written.</source>
        <translation>何も書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="227"/>
        <source>The DFU session is not open.</source>
        <translation>DFU セッションが開かれていません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="241"/>
        <source>Raw writes to the DCT are not allowed.</source>
        <translation>DCT への直接の書き込みは許可されていません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="242"/>
        <source>Write a named DCT field instead; nothing was written.</source>
        <translation>代わりに、名前付きの DCT フィールドに書き込んでください。何も書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="255"/>
        <source>The device shows no DCT alt setting.</source>
        <translation>デバイスに DCT の alt 設定が見当たりません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="258"/>
        <source>The DCT field %1 is not writable on this device.</source>
        <translation>このデバイスでは DCT フィールド %1 に書き込めません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="300"/>
        <source>The write at %1 lies outside the layout.</source>
        <translation>%1 への書き込みは、レイアウトの範囲外です。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="343"/>
        <source>The device&apos;s flash differs from the file at %1 after writing.</source>
        <translation>書き込み後、デバイスのフラッシュの内容が %1 でファイルと異なっています。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="345"/>
        <source>Reset the device into DFU mode and flash again; if it repeats, the flash may be worn.</source>
        <translation>デバイスをリセットして DFU モードにし、もう一度書き込んでください。繰り返し発生する場合は、フラッシュが劣化している可能性があります。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="360"/>
        <source>The memory at %1 is not readable over DFU.</source>
        <translation>%1 のメモリは DFU では読み出せません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="361"/>
        <source>Nothing can be verified there.</source>
        <translation>その部分は検証できません。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="373"/>
        <source>Reading back</source>
        <translation>読み戻し</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="380"/>
        <source>The device returned %1 of %2 bytes reading %3.</source>
        <translation>%3 の読み出しで、デバイスは %2 バイト中 %1 バイトしか返しませんでした。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusedownloader.cpp" line="412"/>
        <location filename="../core/usb/dfusedownloader.cpp" line="417"/>
        <source>leaving DFU mode</source>
        <translation>DFU モードの終了</translation>
    </message>
</context>
<context>
    <name>dr::DfuseMemoryLayout</name>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="23"/>
        <source>The device reports a DfuSe memory layout this program cannot read: %1.</source>
        <translation>デバイスが報告した DfuSe メモリレイアウトを、このプログラムは読み取れません（%1）。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="25"/>
        <source>Check that the device is a Particle device in DFU mode; if it is, report the layout string shown in the details.</source>
        <translation>デバイスが DFU モードの Particle デバイスであることを確認してください。そうである場合は、詳細に表示されたレイアウト文字列をご報告ください。</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="60"/>
        <source>it does not start with &apos;@&apos;</source>
        <translation>&apos;@&apos; で始まっていません</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="64"/>
        <source>expected &quot;@name/address/segments&quot;</source>
        <translation>&quot;@name/address/segments&quot; の形式が必要です</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="72"/>
        <source>the address &quot;%1&quot; is not a 32-bit number</source>
        <translation>アドレス &quot;%1&quot; が 32 ビットの数値ではありません</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="77"/>
        <source>the block at &quot;%1&quot; overlaps the sectors before it</source>
        <translation>&quot;%1&quot; のブロックが前のセクターと重なっています</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="80"/>
        <source>no sectors after address %1</source>
        <translation>アドレス %1 の後にセクターがありません</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="87"/>
        <source>the sector group &quot;%1&quot; is not N*SIZE[unit]letter</source>
        <translation>セクターグループ &quot;%1&quot; が N*SIZE[unit]letter の形式ではありません</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="90"/>
        <source>bad sector count in &quot;%1&quot;</source>
        <translation>&quot;%1&quot; のセクター数が不正です</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="95"/>
        <source>unknown sector property letter in &quot;%1&quot;</source>
        <translation>&quot;%1&quot; に不明なセクター属性文字があります</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="104"/>
        <source>unknown size unit in &quot;%1&quot;</source>
        <translation>&quot;%1&quot; のサイズ単位が不明です</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="110"/>
        <source>bad sector size in &quot;%1&quot;</source>
        <translation>&quot;%1&quot; のセクターサイズが不正です</translation>
    </message>
    <message>
        <location filename="../core/usb/dfusememorylayout.cpp" line="114"/>
        <source>the sectors run past the 32-bit address space</source>
        <translation>セクターが 32 ビットのアドレス空間を越えています</translation>
    </message>
</context>
<context>
    <name>dr::Doctor</name>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="73"/>
        <source>Particle device %1</source>
        <translation>Particle デバイス %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="74"/>
        <source>%1 in DFU mode</source>
        <translation>DFU モードの %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="115"/>
        <source>Install the udev rule</source>
        <translation>udev ルールをインストール</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="119"/>
        <location filename="../core/doctor/doctor.cpp" line="286"/>
        <source>Unplug the device and plug it in again.</source>
        <translation>デバイスを抜いて、もう一度差し込んでください。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="129"/>
        <source>The %1 is connected, but Windows has no WinUSB driver for it.</source>
        <translation>%1 は接続されていますが、Windows にその WinUSB ドライバーがありません。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="131"/>
        <source>Device Restore talks to the device through WinUSB; without it the device cannot be opened.</source>
        <translation>Device Restore は WinUSB を通してデバイスと通信します。これがないとデバイスを開けません。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="132"/>
        <source>Install the WinUSB driver for the device (for example with Zadig: choose the device, choose WinUSB, Install), then unplug the device and plug it in again.</source>
        <translation>デバイス用の WinUSB ドライバーをインストールしてから (例: Zadig でデバイスを選び、WinUSB を選んで Install)、デバイスを抜いて差し直してください。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="137"/>
        <source>The %1 is connected, but this user may not open it.</source>
        <translation>%1 は接続されていますが、このユーザーには開く権限がありません。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="138"/>
        <source>Linux lets only the administrator open USB devices unless a udev rule allows it.</source>
        <translation>udev ルールで許可されていない限り、Linux では管理者しか USB デバイスを開けません。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="139"/>
        <source>Install Device Restore&apos;s udev rule (&quot;Check this computer&quot; offers it), then unplug the device and plug it in again.</source>
        <translation>Device Restore の udev ルールをインストールし (「このコンピューターを確認」から行えます)、デバイスを抜いて差し直してください。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="183"/>
        <source>Device Restore runs inside a %1 sandbox that cannot see USB devices.</source>
        <translation>Device Restore は USB デバイスが見えない %1 サンドボックス内で動作しています。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="184"/>
        <source>Without USB access it cannot find or restore any device.</source>
        <translation>USB にアクセスできないと、デバイスを見つけることも復元することもできません。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="186"/>
        <source>Give it USB access: flatpak override --user --device=all, then start it again.</source>
        <translation>USB へのアクセスを許可してください: flatpak override --user --device=all の後、もう一度起動してください。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="187"/>
        <source>Give it USB access: snap connect device-restore:raw-usb, then start it again.</source>
        <translation>USB へのアクセスを許可してください: snap connect device-restore:raw-usb の後、もう一度起動してください。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="190"/>
        <source>Device Restore runs inside a %1 sandbox with USB access.</source>
        <translation>Device Restore は USB にアクセスできる %1 サンドボックス内で動作しています。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="191"/>
        <source>The udev rule and group checks below are about the computer outside the sandbox.</source>
        <translation>以下の udev ルールとグループの確認は、サンドボックスの外のコンピューターについてのものです。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="194"/>
        <source>Device Restore runs as root.</source>
        <translation>Device Restore は root として動作しています。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="195"/>
        <source>It can open every device, but the files it writes (downloaded releases, reports, settings) belong to root.</source>
        <translation>どのデバイスも開けますが、書き込むファイル (ダウンロードしたリリース、レポート、設定) は root の所有になります。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="197"/>
        <source>Run it as yourself once the udev rule is installed.</source>
        <translation>udev ルールをインストールしたら、自分のユーザーで実行してください。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="208"/>
        <source>No access to any Particle device (%1 product ids, normal and DFU mode).</source>
        <translation>どの Particle デバイスにもアクセスできません (製品 ID %1 個、通常モードと DFU モード)。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="210"/>
        <source>No access: %1.</source>
        <translation>アクセス不可: %1。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="213"/>
        <source>ModemManager not told to ignore any Particle serial port.</source>
        <translation>ModemManager に Particle のシリアルポートを無視するよう指示されていません。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="214"/>
        <source>ModemManager not told to ignore: %1.</source>
        <translation>ModemManager が無視しないもの: %1。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="219"/>
        <source>The udev rules let this user open Particle devices in every mode.</source>
        <translation>udev ルールにより、このユーザーはすべてのモードで Particle デバイスを開けます。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="223"/>
        <source>No udev rule gives this user access to Particle devices.</source>
        <translation>このユーザーに Particle デバイスへのアクセスを与える udev ルールがありません。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="224"/>
        <source>Without it only the administrator may open a Particle device over USB, and ModemManager may send modem commands to a device in listening mode.</source>
        <translation>これがないと USB で Particle デバイスを開けるのは管理者だけで、ModemManager がリスニングモードのデバイスにモデムコマンドを送ることがあります。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="227"/>
        <source>Install Device Restore&apos;s udev rule, then unplug the device and plug it in again.</source>
        <translation>Device Restore の udev ルールをインストールし、デバイスを抜いて差し直してください。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="231"/>
        <source>These rules do not cover every Particle device and mode, so some devices cannot be opened or are probed by ModemManager.</source>
        <translation>これらのルールはすべての Particle デバイスとモードを網羅していないため、開けないデバイスや ModemManager に調べられるデバイスがあります。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="236"/>
        <source>%1 sets the uaccess tag after 73-seat-late.rules, where it no longer has an effect.</source>
        <translation>%1 は 73-seat-late.rules の後で uaccess タグを設定しており、そこでは効果がありません。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="239"/>
        <source>The udev rule for Particle devices is out of date: %1.</source>
        <translation>Particle デバイス用の udev ルールが古くなっています: %1。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="242"/>
        <source>Install Device Restore&apos;s current udev rule, then unplug the device and plug it in again.</source>
        <translation>Device Restore の最新の udev ルールをインストールし、デバイスを抜いて差し直してください。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="253"/>
        <source>bus %1, device %2</source>
        <translation>バス %1、デバイス %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="270"/>
        <source>The %1 is connected, but it cannot be opened.</source>
        <translation>%1 は接続されていますが、開けません。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="271"/>
        <source>Another program may be using it.</source>
        <translation>別のプログラムが使用している可能性があります。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="272"/>
        <source>Close other programs that use Particle devices (Particle CLI, Workbench), then unplug the device and plug it in again.</source>
        <translation>Particle デバイスを使う他のプログラム (Particle CLI、Workbench) を閉じてから、デバイスを抜いて差し直してください。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="285"/>
        <source>The udev rule is installed, but the device was connected before it took effect.</source>
        <translation>udev ルールはインストールされていますが、デバイスはルールが有効になる前に接続されました。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="289"/>
        <source>The udev rule gives access to the person logged in at this computer&apos;s screen; this session is not that one (for example a remote login).</source>
        <translation>udev ルールはこのコンピューターの画面でログインしている人にアクセスを与えます。このセッションはそれではありません (リモートログインなど)。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="291"/>
        <source>Run Device Restore in the desktop session at this computer.</source>
        <translation>このコンピューターのデスクトップセッションで Device Restore を実行してください。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="298"/>
        <source>No Particle device is connected over USB.</source>
        <translation>USB で接続された Particle デバイスはありません。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="299"/>
        <source>The checks of devices and serial ports need a device.</source>
        <translation>デバイスとシリアルポートの確認にはデバイスが必要です。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="300"/>
        <source>Connect the device with a USB data cable (some cables only charge) and check again.</source>
        <translation>USB データケーブルでデバイスを接続し (充電専用のケーブルもあります)、もう一度確認してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/doctor/doctor.cpp" line="303"/>
        <source>%n Particle device(s) connected, all usable.</source>
        <translation>
            <numerusform>%n 台の Particle デバイスが接続されており、すべて使用できます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="313"/>
        <source>The serial port %1 of the %2 is open in another program: %3.</source>
        <translation>%2 のシリアルポート %1 は別のプログラムで開かれています: %3。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="315"/>
        <source>Listening mode and YModem need the port to themselves; another program reading it garbles the device&apos;s answers.</source>
        <translation>リスニングモードと YModem はポートを専有する必要があります。別のプログラムが読み取るとデバイスの応答が壊れます。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="318"/>
        <source>Close that program (or its serial monitor) before restoring.</source>
        <translation>復元の前にそのプログラム (またはそのシリアルモニター) を閉じてください。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="324"/>
        <source>This user may not open the serial port %1 of the %2 yet.</source>
        <translation>このユーザーはまだ %2 のシリアルポート %1 を開けません。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="325"/>
        <source>You were added to the group &apos;%1&apos;, but this session started before that.</source>
        <translation>グループ &apos;%1&apos; に追加されましたが、このセッションはそれより前に始まりました。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="326"/>
        <source>Log out and log in again (or restart the computer).</source>
        <translation>ログアウトしてからもう一度ログインしてください (またはコンピューターを再起動してください)。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="329"/>
        <source>This user may not open the serial port %1 of the %2.</source>
        <translation>このユーザーは %2 のシリアルポート %1 を開けません。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="330"/>
        <source>The port belongs to the group &apos;%1&apos;, and this user is not in it.</source>
        <translation>ポートはグループ &apos;%1&apos; に属しており、このユーザーはそのグループに入っていません。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="331"/>
        <source>Install Device Restore&apos;s udev rule, or add yourself to the group: sudo usermod -aG %1 %2, then log out and log in again.</source>
        <translation>Device Restore の udev ルールをインストールするか、グループに自分を追加してください: sudo usermod -aG %1 %2 の後、ログアウトして再度ログインします。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="343"/>
        <source>ModemManager is running and no udev rule tells it to leave Particle devices alone.</source>
        <translation>ModemManager が動作しており、Particle デバイスに触れないよう指示する udev ルールがありません。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="344"/>
        <source>It sends modem commands to every new serial port, which garbles a device in listening mode and can hold the port for up to a minute.</source>
        <translation>新しいシリアルポートすべてにモデムコマンドを送るため、リスニングモードのデバイスが混乱し、ポートが最大 1 分間ふさがることがあります。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="347"/>
        <source>Install Device Restore&apos;s udev rule (it sets ID_MM_DEVICE_IGNORE), or stop ModemManager if this computer has no mobile broadband modem: sudo systemctl stop ModemManager.</source>
        <translation>Device Restore の udev ルール (ID_MM_DEVICE_IGNORE を設定します) をインストールするか、このコンピューターにモバイルブロードバンドモデムがなければ ModemManager を停止してください: sudo systemctl stop ModemManager。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="353"/>
        <source>ModemManager is running and leaves Particle devices alone.</source>
        <translation>ModemManager は動作していますが、Particle デバイスには触れません。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="358"/>
        <source>brltty (the braille display service) is running.</source>
        <translation>brltty (点字ディスプレイのサービス) が動作しています。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="359"/>
        <source>It claims some USB serial devices as they are plugged in, and a serial port can vanish because of it.</source>
        <translation>差し込まれた USB シリアルデバイスの一部を占有するため、シリアルポートが消えることがあります。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="361"/>
        <source>If nobody uses a braille display on this computer and a device&apos;s port disappears, remove it: sudo apt remove brltty.</source>
        <translation>このコンピューターで点字ディスプレイを使う人がおらず、デバイスのポートが消える場合は削除してください: sudo apt remove brltty。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="367"/>
        <source>libusb on this computer cannot report devices as they are plugged in.</source>
        <translation>このコンピューターの libusb は、デバイスが差し込まれたことを通知できません。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="368"/>
        <source>Device Restore looks for devices once a second instead; a device appears up to a second later.</source>
        <translation>代わりに Device Restore が 1 秒ごとにデバイスを探します。デバイスの表示が最大 1 秒遅れます。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="374"/>
        <source>macOS needs no driver or permission for Particle devices.</source>
        <translation>macOS では Particle デバイスにドライバーも権限も不要です。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="379"/>
        <source>%1 through the proxy %2</source>
        <translation>プロキシ %2 経由の %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="381"/>
        <source>Releases already downloaded, a restore kit (device-restore kit import) or your own files still work without it.</source>
        <translation>ダウンロード済みのリリース、復元キット (device-restore kit import)、自分のファイルはそれがなくても使えます。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="385"/>
        <source>%1 cannot be found (DNS): %2.</source>
        <translation>%1 が見つかりません (DNS): %2。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="386"/>
        <location filename="../core/doctor/doctor.cpp" line="391"/>
        <source>Device Restore cannot download releases from there.</source>
        <translation>Device Restore はそこからリリースをダウンロードできません。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="387"/>
        <source>Check the network connection and its name server.</source>
        <translation>ネットワーク接続とネームサーバーを確認してください。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="390"/>
        <source>%1 cannot be reached: %2.</source>
        <translation>%1 に接続できません: %2。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="392"/>
        <source>Check the firewall, or a program that inspects secure connections.</source>
        <translation>ファイアウォール、または安全な接続を検査するプログラムを確認してください。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="393"/>
        <source>Check the proxy %1 and its settings.</source>
        <translation>プロキシ %1 とその設定を確認してください。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctor.cpp" line="397"/>
        <source>%1 answers.</source>
        <translation>%1 は応答しています。</translation>
    </message>
</context>
<context>
    <name>dr::DoctorService</name>
    <message>
        <location filename="../core/doctor/doctorservice.cpp" line="92"/>
        <source>The udev rule is installed in %1. %2</source>
        <translation>udev ルールを %1 にインストールしました。%2</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctorservice.cpp" line="94"/>
        <source>The rule was not installed: administrator rights were not given.</source>
        <translation>ルールはインストールされませんでした: 管理者権限が与えられませんでした。</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctorservice.cpp" line="96"/>
        <source>The rule was not installed: %1</source>
        <translation>ルールはインストールされませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/doctorservice.cpp" line="106"/>
        <source>The rule was not installed: %1 cannot be started (on Debian and Ubuntu it comes with the package pkexec or policykit-1).</source>
        <translation>ルールはインストールされませんでした: %1 を起動できません (Debian と Ubuntu ではパッケージ pkexec または policykit-1 に含まれます)。</translation>
    </message>
</context>
<context>
    <name>dr::FirmwareBundle</name>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="51"/>
        <source>%1 is not a readable zip file.</source>
        <translation>%1 は読み込み可能な zip ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="52"/>
        <source>Download the bundle again, or unpack it and choose the folder.</source>
        <translation>バンドルをもう一度ダウンロードするか、展開してそのフォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="114"/>
        <source>%1 can no longer be read.</source>
        <translation>%1 を読み込めなくなりました。</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="115"/>
        <source>Nothing was written from it. Check that the folder or zip is still there (a removed drive, a moved folder), then open it again.</source>
        <translation>このファイルからは何も書き込まれていません。フォルダーまたは zip ファイルがまだあるか（取り外したドライブ、移動したフォルダーなど）を確認してから、もう一度開いてください。</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="175"/>
        <source>The bytes of %1 are not at hand.</source>
        <translation>%1 のバイト列が手元にありません。</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="176"/>
        <source>Nothing was written from it. Open the binaries again, then restore.</source>
        <translation>このファイルからは何も書き込まれていません。バイナリをもう一度開いてから、復元してください。</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="184"/>
        <source>%1 changed after it was checked.</source>
        <translation>%1 は確認の後に変更されました。</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="185"/>
        <source>Nothing was written from it. Open the binaries again so that they are checked again, then restore.</source>
        <translation>このファイルからは何も書き込まれていません。バイナリをもう一度開いて確認し直してから、復元してください。</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="213"/>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="214"/>
        <location filename="../core/restore/firmwarebundle.cpp" line="269"/>
        <location filename="../core/restore/firmwarebundle.cpp" line="297"/>
        <source>Choose a folder or a zip file of Device OS release binaries.</source>
        <translation>Device OS リリースバイナリのフォルダーまたは zip ファイルを選択してください。</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="233"/>
        <location filename="../core/restore/firmwarebundle.cpp" line="259"/>
        <source>%1 cannot be read.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="234"/>
        <location filename="../core/restore/firmwarebundle.cpp" line="260"/>
        <source>Check the file&apos;s permissions.</source>
        <translation>ファイルのアクセス権を確認してください。</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="241"/>
        <source>%1 changed while it was read.</source>
        <translation>%1 は読み込み中に変更されました。</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="242"/>
        <source>Open the binaries again once nothing is writing to them.</source>
        <translation>バイナリへの書き込みが終わってから、もう一度開いてください。</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="268"/>
        <source>%1 is neither a folder, a zip file nor a .bin file.</source>
        <translation>%1 はフォルダー、zip ファイル、.bin ファイルのいずれでもありません。</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="274"/>
        <source>%1 holds no Particle firmware module.</source>
        <translation>%1 には Particle のファームウェアモジュールが含まれていません。</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="275"/>
        <source>Choose a folder or zip that holds Device OS binaries such as boron-system-part1@2.2.0.bin.</source>
        <translation>boron-system-part1@2.2.0.bin のような Device OS バイナリを含むフォルダーまたは zip ファイルを選択してください。</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="296"/>
        <source>No Device OS binaries were given.</source>
        <translation>Device OS のバイナリが指定されていません。</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="314"/>
        <source>%1 is empty.</source>
        <translation>%1 は空です。</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="315"/>
        <source>%1 is larger than any Particle module.</source>
        <translation>%1 は、Particle モジュールとしてはサイズが大きすぎます。</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="316"/>
        <source>Remove it from the bundle or download it again.</source>
        <translation>バンドルから削除するか、もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="337"/>
        <source>system module version %1</source>
        <translation>システムモジュールのバージョン %1</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="345"/>
        <source>file name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <location filename="../core/restore/firmwarebundle.cpp" line="374"/>
        <source>same folder as Device OS %1</source>
        <translation>Device OS %1 と同じフォルダー</translation>
    </message>
</context>
<context>
    <name>dr::FirmwareModule</name>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="95"/>
        <source>%1: the compressed module cannot be unpacked: %2.</source>
        <translation>%1: 圧縮されたモジュールを展開できません（%2）。</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="96"/>
        <source>The file is damaged or was not made by Particle&apos;s tools. Download it again.</source>
        <translation>ファイルが破損しているか、Particle のツールで作成されたものではありません。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="101"/>
        <source>unknown compression method %1</source>
        <translation>不明な圧縮方式 %1</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="105"/>
        <source>window size %1 is not between 8 and 15</source>
        <translation>ウィンドウサイズ %1 が 8～15 の範囲にありません</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="109"/>
        <source>it claims to unpack to %1 bytes, more than the %2 bytes allowed</source>
        <translation>展開後のサイズが %1 バイトとされていますが、上限の %2 バイトを超えています</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="118"/>
        <source>zlib could not start</source>
        <translation>zlib を開始できませんでした</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="136"/>
        <source>it unpacks to more than the %1 bytes its header declares</source>
        <translation>展開すると、ヘッダーで宣言された %1 バイトを超えます</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="145"/>
        <source>the compressed data ends too early</source>
        <translation>圧縮データが途中で終わっています</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="146"/>
        <source>the compressed data is corrupt</source>
        <translation>圧縮データが破損しています</translation>
    </message>
    <message>
        <location filename="../core/firmware/firmwaremodule.cpp" line="150"/>
        <source>it unpacks to %1 bytes, but its header declares %2</source>
        <translation>展開すると %1 バイトですが、ヘッダーでは %2 バイトと宣言されています</translation>
    </message>
</context>
<context>
    <name>dr::LibusbBackend</name>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="83"/>
        <source>The device took %1 of %2 bytes of %3.</source>
        <translation>デバイスは %3 の %2 バイト中 %1 バイトしか受け取りませんでした。</translation>
    </message>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="87"/>
        <source>Re-plug the device and try again.</source>
        <translation>デバイスを接続し直して、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="95"/>
        <source>reading the configuration descriptor</source>
        <translation>コンフィギュレーションディスクリプタの読み取り</translation>
    </message>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="122"/>
        <source>reading string descriptor %1</source>
        <translation>文字列ディスクリプタ %1 の読み取り</translation>
    </message>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="129"/>
        <source>claiming interface %1</source>
        <translation>インターフェイス %1 の確保</translation>
    </message>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="138"/>
        <source>selecting alt setting %1</source>
        <translation>alt 設定 %1 の選択</translation>
    </message>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="176"/>
        <source>starting libusb</source>
        <translation>libusb の起動</translation>
    </message>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="253"/>
        <location filename="../core/usb/libusbbackend.cpp" line="314"/>
        <source>listing USB devices</source>
        <translation>USB デバイスの一覧取得</translation>
    </message>
    <message>
        <location filename="../core/usb/libusbbackend.cpp" line="323"/>
        <source>opening the device</source>
        <translation>デバイスのオープン</translation>
    </message>
</context>
<context>
    <name>dr::ListeningModeClient</name>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="25"/>
        <source>The device&apos;s serial port went away.</source>
        <translation>デバイスのシリアルポートが見つからなくなりました。</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="26"/>
        <source>The device was unplugged or reset. Reconnect it and try again.</source>
        <translation>デバイスが取り外されたか、リセットされました。接続し直してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="58"/>
        <source>Cannot open the serial port %1.</source>
        <translation>シリアルポート %1 を開けません。</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="59"/>
        <source>Another program may be using it, or you lack permission (on Linux, join the dialout group or install the udev rules).</source>
        <translation>別のプログラムが使用しているか、アクセス権がありません（Linux では dialout グループに参加するか、udev ルールをインストールしてください）。</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="61"/>
        <source>Check that the device is connected and the port name is right.</source>
        <translation>デバイスが接続されていて、ポート名が正しいことを確認してください。</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="101"/>
        <source>The port was closed.</source>
        <translation>ポートが閉じられました。</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="126"/>
        <source>The serial port is busy with another operation.</source>
        <translation>シリアルポートは別の操作で使用中です。</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="127"/>
        <source>Wait for it to finish or cancel it.</source>
        <translation>その操作が終わるまで待つか、キャンセルしてください。</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="135"/>
        <source>The serial port is not open.</source>
        <translation>シリアルポートが開かれていません。</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="136"/>
        <source>Connect the device and open its port first.</source>
        <translation>先にデバイスを接続して、そのポートを開いてください。</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="191"/>
        <source>The command was cancelled.</source>
        <translation>コマンドはキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="208"/>
        <source>Writing to the serial port failed.</source>
        <translation>シリアルポートへの書き込みに失敗しました。</translation>
    </message>
    <message>
        <location filename="../core/serial/listeningmodeclient.cpp" line="209"/>
        <source>Reconnect the device and try again.</source>
        <translation>デバイスを接続し直して、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>dr::ModuleChecks</name>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="32"/>
        <source>no module</source>
        <translation>モジュールなし</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="35"/>
        <source>resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="38"/>
        <source>bootloader</source>
        <translation>ブートローダー</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="41"/>
        <source>monolithic firmware</source>
        <translation>モノリシックファームウェア</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="44"/>
        <source>system part</source>
        <translation>システムパート</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="47"/>
        <source>user part</source>
        <translation>ユーザーパート</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="50"/>
        <source>settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="53"/>
        <source>NCP firmware</source>
        <translation>NCP ファームウェア</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="56"/>
        <source>radio stack</source>
        <translation>無線スタック</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="59"/>
        <source>asset</source>
        <translation>アセット</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="62"/>
        <source>module function %1 index %2</source>
        <translation>モジュール機能 %1、インデックス %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="67"/>
        <source>%1 %2</source>
        <comment>a module kind and its index, e.g. &apos;system part 1&apos;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="75"/>
        <source>all Device OS versions</source>
        <translation>すべての Device OS バージョン</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="76"/>
        <source>Device OS %1 and later</source>
        <translation>Device OS %1 以降</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="77"/>
        <source>Device OS before %1</source>
        <translation>Device OS %1 より前</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="78"/>
        <source>Device OS %1 up to %2</source>
        <translation>Device OS %1～%2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="115"/>
        <source>PASS</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="117"/>
        <source>FAIL</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="119"/>
        <source>NOT CHECKED</source>
        <translation>未チェック</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="167"/>
        <source>%1 &gt;= %2 (Device OS %3)</source>
        <comment>a module dependency: part, minimum module version</comment>
        <translation>%1 &gt;= %2 (Device OS %3)</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="172"/>
        <source>%1 &gt;= %2</source>
        <comment>a module dependency: part, minimum module version</comment>
        <translation>%1 &gt;= %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="186"/>
        <source>CRC-32 %1 matches</source>
        <translation>CRC-32 %1 は一致しています</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="191"/>
        <source>stored CRC-32 %1, computed %2</source>
        <translation>格納された CRC-32 は %1、計算値は %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="193"/>
        <source>%1: the CRC-32 check failed (stored %2, computed %3): the file is damaged, and a device would refuse to run it.</source>
        <translation>%1: CRC-32 チェックに失敗しました（格納値 %2、計算値 %3）。ファイルが破損しているため、デバイスはこれを実行しません。</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="196"/>
        <location filename="../core/firmware/modulechecks.cpp" line="211"/>
        <source>Do not flash it. Download the file again from its original source.</source>
        <translation>書き込まないでください。入手元からファイルをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="199"/>
        <source>SHA-256 matches</source>
        <translation>SHA-256 は一致しています</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="203"/>
        <source>stored SHA-256 %1, computed %2</source>
        <translation>格納された SHA-256 は %1、計算値は %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="208"/>
        <source>%1: the SHA-256 stored in the module does not match its contents: the file was changed after it was built.</source>
        <translation>%1: モジュールに格納された SHA-256 が内容と一致しません。ファイルはビルド後に変更されています。</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="212"/>
        <source>stored %1, computed %2</source>
        <translation>格納値 %1、計算値 %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="219"/>
        <source>not compressed</source>
        <translation>圧縮なし</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="226"/>
        <source>inflates to %1 bytes as declared</source>
        <translation>宣言どおり %1 バイトに展開されます</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="245"/>
        <source>platform id %1 is unknown</source>
        <translation>プラットフォーム ID %1 は不明です</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="247"/>
        <source>%1: the module is for platform id %2, which is not a Particle platform Device Restore knows.</source>
        <translation>%1: このモジュールはプラットフォーム ID %2 用ですが、これは Device Restore が認識している Particle プラットフォームではありません。</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="251"/>
        <source>Check that the file is firmware for your device, built by Particle&apos;s tools; the file may also be damaged.</source>
        <translation>ファイルが、Particle のツールでビルドされたお使いのデバイス用のファームウェアであることを確認してください。ファイルが破損している可能性もあります。</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="253"/>
        <location filename="../core/firmware/modulechecks.cpp" line="254"/>
        <source>platform unknown</source>
        <translation>プラットフォーム不明</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="265"/>
        <source>its version %1 is Device OS %2</source>
        <translation>バージョン %1 は Device OS %2 に相当</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="268"/>
        <source>its version %1 first shipped with Device OS %2</source>
        <translation>バージョン %1 は Device OS %2 で初めて提供</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="279"/>
        <source>it needs %1</source>
        <translation>%1 が必要</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="289"/>
        <source>%1 is not supported: %2</source>
        <translation>%1 はサポートされていません: %2</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="292"/>
        <source>%1: the module is for the %2, which Device Restore does not support, so its addresses cannot be checked.</source>
        <translation>%1: このモジュールは %2 用ですが、Device Restore は %2 をサポートしていないため、アドレスをチェックできません。</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="295"/>
        <source>Use Particle&apos;s own tools for this device.</source>
        <translation>このデバイスには Particle 純正のツールを使用してください。</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="297"/>
        <source>platform not supported</source>
        <translation>サポートされていないプラットフォーム</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="301"/>
        <source>%1 has no %2 slot</source>
        <translation>%1 には %2 のスロットがありません</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="305"/>
        <source>%1: the module says it is a %2 for %3, but %3 has no such module.</source>
        <translation>%1: モジュールは %3 用の %2 であると示していますが、%3 にはそのようなモジュールはありません。</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="307"/>
        <source>The file was not built for this platform by Particle&apos;s tools, or it is damaged. Do not flash it.</source>
        <translation>このファイルは Particle のツールでこのプラットフォーム用にビルドされたものではないか、破損しています。書き込まないでください。</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="326"/>
        <source>no bounds listed for Device OS %1</source>
        <translation>Device OS %1 の範囲は登録されていません</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="327"/>
        <source>Device OS version unknown</source>
        <translation>Device OS バージョン不明</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="328"/>
        <source>%1; fits the bounds for %2</source>
        <translation>%1、%2 の範囲に収まる</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="329"/>
        <source>%1; fits none of the ranges</source>
        <translation>%1、どの範囲にも収まらない</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="341"/>
        <source>%1 lies within %2 (%3 bounds for %4)</source>
        <translation>%1 は %2 の範囲内です（%4 での %3 の範囲）</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="347"/>
        <source>%1 is outside %2 (%3 bounds for %4)</source>
        <translation>%1 は %2 の範囲外です（%4 での %3 の範囲）</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="351"/>
        <source>%1: the %2 occupies %3, outside the %4 slot of the %5 (%6, for %7).</source>
        <translation>%1: %2 は %3 を占めており、%5 の %4 スロット（%6、%7 用）からはみ出しています。</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="353"/>
        <source>It would overwrite other firmware; do not flash it. Use a file built for the %1 and this Device OS version.</source>
        <translation>他のファームウェアを上書きしてしまうため、書き込まないでください。%1 とこの Device OS バージョン用にビルドされたファイルを使用してください。</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="374"/>
        <source>%1 is in the %2 slot</source>
        <translation>%1 は %2 スロット内にあります</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="379"/>
        <source>%1 is in the %2 slot, not a %3 slot</source>
        <translation>%1 は %3 のスロットではなく、%2 スロット内にあります</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="383"/>
        <source>%1: the module says it is a %2, but its start address %3 is the %4 slot of the %5.</source>
        <translation>%1: モジュールは %2 であると示していますが、開始アドレス %3 は %5 の %4 スロットです。</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="386"/>
        <source>The module header is inconsistent: the file was built wrongly or altered. Do not flash it.</source>
        <translation>モジュールヘッダーに矛盾があります。ファイルのビルドが誤っているか、改変されています。書き込まないでください。</translation>
    </message>
    <message>
        <location filename="../core/firmware/modulechecks.cpp" line="391"/>
        <source>%1 is in no module slot of the %2</source>
        <translation>%1 は %2 のどのモジュールスロットにもありません</translation>
    </message>
</context>
<context>
    <name>dr::ModuleInspection</name>
    <message>
        <location filename="../core/serial/moduleinspection.cpp" line="22"/>
        <source>Integrity</source>
        <translation>整合性</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspection.cpp" line="23"/>
        <source>Address Range</source>
        <translation>アドレス範囲</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspection.cpp" line="24"/>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspection.cpp" line="25"/>
        <source>Dependencies</source>
        <translation>依存関係</translation>
    </message>
</context>
<context>
    <name>dr::ModuleInspectionJson</name>
    <message>
        <location filename="../core/serial/moduleinspectionjson.cpp" line="27"/>
        <source>The device&apos;s module list is malformed: %1.</source>
        <translation>デバイスのモジュール一覧が不正です（%1）。</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionjson.cpp" line="28"/>
        <source>Reset the device and inspect it again. If this persists, the device&apos;s Device OS may be damaged: restore it over DFU.</source>
        <translation>デバイスをリセットして、もう一度検査してください。それでも解決しない場合は、デバイスの Device OS が破損している可能性があります。DFU で復元してください。</translation>
    </message>
</context>
<context>
    <name>dr::ModuleInspectionPrinter</name>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="26"/>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="35"/>
        <source>%1 (Device OS %2)</source>
        <translation>%1 (Device OS %2)</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="74"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="75"/>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="76"/>
        <source>Bootloader</source>
        <translation>ブートローダー</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="77"/>
        <source>Monolithic</source>
        <translation>モノリシック</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="78"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="79"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="80"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="81"/>
        <source>Network co-processor</source>
        <translation>ネットワークコプロセッサ</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="82"/>
        <source>Radio stack</source>
        <translation>無線スタック</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="83"/>
        <source>Asset</source>
        <translation>アセット</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="85"/>
        <source>Unknown (%1)</source>
        <translation>不明（%1）</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="93"/>
        <source>not checked</source>
        <translation>未チェック</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="103"/>
        <source>Platform: %1</source>
        <translation>プラットフォーム: %1</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="110"/>
        <source>Read back over DFU (the device is in DFU mode); the checks are Device OS&apos;s, made by Device Restore on the bytes read.</source>
        <translation>DFU で読み出しました(デバイスは DFU モードです)。チェックは Device OS と同じもので、読み出したバイトに対して Device Restore が行いました。</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="113"/>
        <source>Modules</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="118"/>
        <source>Empty - %1 location, %2 bytes max size</source>
        <translation>空 - 場所 %1、最大サイズ %2 バイト</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="119"/>
        <source>Empty - %1 location</source>
        <translation>空 - 場所 %1</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="126"/>
        <source>%1 module #%2 - version %3, %4 location, %5 bytes max size</source>
        <translation>%1 モジュール #%2 - バージョン %3、場所 %4、最大サイズ %5 バイト</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="131"/>
        <source>%1 module #%2 - version %3, %4 location</source>
        <translation>%1 モジュール #%2 - バージョン %3、場所 %4</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="142"/>
        <source>%1 module #%2 - version %3</source>
        <translation>%1 モジュール #%2 - バージョン %3</translation>
    </message>
    <message>
        <location filename="../core/serial/moduleinspectionprinter.cpp" line="149"/>
        <source>%1 module #%2 (%3) - not read: %4</source>
        <translation>%1 モジュール #%2 (%3) - 未読み出し: %4</translation>
    </message>
</context>
<context>
    <name>dr::ModuleParser</name>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="123"/>
        <source>%1 is not a Particle firmware module: it has no module header (module_info) where Device OS puts one.</source>
        <translation>%1 は Particle のファームウェアモジュールではありません。Device OS がモジュールヘッダー（module_info）を置く位置に、それがありません。</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="126"/>
        <source>Choose a Device OS part (system-part, bootloader, softdevice) or an application binary built for a Particle device. Files such as patch programmers or flag images cannot be restored with this tool.</source>
        <translation>Device OS のパート（system-part、bootloader、softdevice）か、Particle デバイス用にビルドされたアプリケーションバイナリを選択してください。パッチプログラマーやフラグイメージなどのファイルは、このツールでは復元できません。</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="135"/>
        <source>%1 is cut short: it is %2 bytes, but its module header says the module is %3 bytes.</source>
        <translation>%1 は途中で切れています。ファイルは %2 バイトですが、モジュールヘッダーではモジュールが %3 バイトとされています。</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="140"/>
        <location filename="../core/firmware/moduleparser.cpp" line="460"/>
        <source>The download or copy did not finish. Download the file again.</source>
        <translation>ダウンロードまたはコピーが完了していません。ファイルをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="163"/>
        <source>%1 stray bytes at offset 0x%2</source>
        <translation>オフセット 0x%2 に余分な %1 バイトがあります</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="168"/>
        <source>more than %1 extensions</source>
        <translation>拡張が %1 個を超えています</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="178"/>
        <source>extension type 0x%1 at offset 0x%2 has length %3, but only %4 bytes are left</source>
        <translation>オフセット 0x%2 の拡張タイプ 0x%1 の長さは %3 ですが、残りは %4 バイトしかありません</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="238"/>
        <source>%1: the module&apos;s suffix is damaged: %2.</source>
        <translation>%1: モジュールのサフィックスが破損しています（%2）。</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="239"/>
        <location filename="../core/firmware/moduleparser.cpp" line="264"/>
        <location filename="../core/firmware/moduleparser.cpp" line="301"/>
        <location filename="../core/firmware/moduleparser.cpp" line="314"/>
        <location filename="../core/firmware/moduleparser.cpp" line="404"/>
        <source>The file is damaged. Download it again.</source>
        <translation>ファイルが破損しています。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="248"/>
        <source>its size field says %1 bytes, less than the minimum %2</source>
        <translation>サイズフィールドは %1 バイトで、最小値の %2 未満です</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="252"/>
        <source>its size field says %1 bytes, more than the module has after its header</source>
        <translation>サイズフィールドは %1 バイトで、モジュールのヘッダー以降の長さを超えています</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="262"/>
        <source>%1: the module header&apos;s extensions are damaged: %2.</source>
        <translation>%1: モジュールヘッダーの拡張が破損しています（%2）。</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="263"/>
        <source>no END extension</source>
        <translation>END 拡張がありません</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="276"/>
        <source>it overlaps the module header</source>
        <translation>モジュールヘッダーと重なっています</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="298"/>
        <source>%1: the module is flagged compressed but has no room for its compression header.</source>
        <translation>%1: モジュールには圧縮フラグが立っていますが、圧縮ヘッダーの入る余地がありません。</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="311"/>
        <source>%1: the compression header says it is %2 bytes, which does not fit.</source>
        <translation>%1: 圧縮ヘッダーでは %2 バイトとされていますが、収まりません。</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="400"/>
        <source>%1 is empty.</source>
        <translation>%1 は空です。</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="401"/>
        <source>%1 ends where another module should follow.</source>
        <translation>%1 は、次のモジュールが続くはずの位置で終わっています。</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="402"/>
        <source>Choose the firmware file itself; download it again if it should not be empty.</source>
        <translation>ファームウェアファイルそのものを選択してください。空であるはずがない場合は、もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="434"/>
        <source>%1: module %2 of this combined file (at byte %3) cannot be read: %4</source>
        <translation>%1: この結合ファイルのモジュール %2（%3 バイト目）を読み込めません: %4</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="448"/>
        <source>%1 claims to combine more than %2 modules.</source>
        <translation>%1 は %2 個を超えるモジュールを結合しているとされています。</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="451"/>
        <source>The file is damaged or not made by Particle&apos;s tools.</source>
        <translation>ファイルが破損しているか、Particle のツールで作成されたものではありません。</translation>
    </message>
    <message>
        <location filename="../core/firmware/moduleparser.cpp" line="456"/>
        <source>%1 is cut short: module %2 says another module follows it, but the file ends there.</source>
        <translation>%1 は途中で切れています。モジュール %2 の後に別のモジュールが続くとされていますが、ファイルはそこで終わっています。</translation>
    </message>
</context>
<context>
    <name>dr::NetworkProbe</name>
    <message>
        <location filename="../core/doctor/networkprobe.cpp" line="28"/>
        <source>%1 (release catalog and restore zips)</source>
        <translation>%1 (リリースカタログと復元 ZIP)</translation>
    </message>
    <message>
        <location filename="../core/doctor/networkprobe.cpp" line="29"/>
        <source>%1 (module files of older releases)</source>
        <translation>%1 (古いリリースのモジュールファイル)</translation>
    </message>
    <message>
        <location filename="../core/doctor/networkprobe.cpp" line="30"/>
        <source>%1 (fallback for module files)</source>
        <translation>%1 (モジュールファイルの代替入手先)</translation>
    </message>
    <message>
        <location filename="../core/doctor/networkprobe.cpp" line="139"/>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答なし</translation>
    </message>
</context>
<context>
    <name>dr::PlatformData</name>
    <message>
        <location filename="../core/platform/platformtexts.cpp" line="17"/>
        <source>The Spark Core (Gen 1) is not covered: Particle publishes no restore images for it, its firmware is monolithic and it has no module-based Device OS.</source>
        <translation>Spark Core（Gen 1）は対象外です。Particle は復元イメージを公開しておらず、ファームウェアは一体型で、モジュール方式の Device OS もありません。</translation>
    </message>
    <message>
        <location filename="../core/platform/platformtexts.cpp" line="20"/>
        <source>The A-SoM was never released to the public; there are no restore images for it.</source>
        <translation>A-SoM は一般に発売されなかったため、復元イメージがありません。</translation>
    </message>
    <message>
        <location filename="../core/platform/platformtexts.cpp" line="22"/>
        <source>The X-SoM was never released to the public; there are no restore images for it.</source>
        <translation>X-SoM は一般に発売されなかったため、復元イメージがありません。</translation>
    </message>
    <message>
        <location filename="../core/platform/platformtexts.cpp" line="24"/>
        <source>No public release data yet: Particle&apos;s restore catalog has no images for the Electron 2, so we cannot check what to write.</source>
        <translation>公開されたリリースデータがまだありません。Particle の復元カタログに Electron 2 のイメージがないため、何を書き込むべきか確認できません。</translation>
    </message>
    <message>
        <location filename="../core/platform/platformtexts.cpp" line="27"/>
        <source>No public release data: Particle&apos;s restore catalog has no images for this platform.</source>
        <translation>公開されたリリースデータがありません。Particle の復元カタログにこのプラットフォームのイメージがありません。</translation>
    </message>
    <message>
        <location filename="../core/platform/platformtexts.cpp" line="29"/>
        <source>Tachyon runs Linux, not Device OS: it has no DFU mode and answers no Particle control requests, so it is restored with Particle&apos;s own Linux tools.</source>
        <translation>Tachyon は Device OS ではなく Linux で動作します。DFU モードがなく、Particle のコントロールリクエストにも応答しないため、Particle 独自の Linux 用ツールで復元します。</translation>
    </message>
</context>
<context>
    <name>dr::PlatformDatabase</name>
    <message>
        <location filename="../core/platform/platformdatabase.cpp" line="485"/>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: 読み込めません（%2）。</translation>
    </message>
    <message>
        <location filename="../core/platform/platformdatabase.cpp" line="486"/>
        <source>Check the path (DEVICE_RESTORE_PLATFORMS if you set it) and the file&apos;s permissions.</source>
        <translation>パス（設定している場合は DEVICE_RESTORE_PLATFORMS）とファイルのアクセス権を確認してください。</translation>
    </message>
    <message>
        <location filename="../core/platform/platformdatabase.cpp" line="494"/>
        <source>Fix the platform database (README, &quot;Platform database&quot;), or unset DEVICE_RESTORE_PLATFORMS to use the built-in one.</source>
        <translation>プラットフォームデータベースを修正するか（README の「Platform database」を参照）、DEVICE_RESTORE_PLATFORMS を解除して組み込みのデータベースを使用してください。</translation>
    </message>
    <message>
        <location filename="../core/platform/platformdatabase.cpp" line="551"/>
        <source>The built-in platform database is missing.</source>
        <translation>組み込みのプラットフォームデータベースがありません。</translation>
    </message>
    <message>
        <location filename="../core/platform/platformdatabase.cpp" line="552"/>
        <source>Rebuild the program; the resource :/dr/platforms.json was not linked in.</source>
        <translation>プログラムをビルドし直してください。リソース :/dr/platforms.json がリンクされていません。</translation>
    </message>
</context>
<context>
    <name>dr::ReleaseCache</name>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="53"/>
        <source>The release cache could not write %1.</source>
        <translation>リリースキャッシュに %1 を書き込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="54"/>
        <source>Nothing of it was kept. Free some disk space or choose another cache folder (DEVICE_RESTORE_CACHE), then try again.</source>
        <translation>何も保存されていません。ディスクの空き容量を増やすか、別のキャッシュフォルダー（DEVICE_RESTORE_CACHE）を選択してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="187"/>
        <source>Another Device Restore is changing the release cache.</source>
        <translation>別の Device Restore がリリースキャッシュを変更しています。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="188"/>
        <source>Wait until it has finished, then try again.</source>
        <translation>終了するまで待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="237"/>
        <source>The release cache&apos;s list %1 is damaged.</source>
        <translation>リリースキャッシュの一覧 %1 が破損しています。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="238"/>
        <source>Remove the downloaded releases (the settings&apos; &quot;Remove downloaded releases&quot;, or delete %1) and fetch them again.</source>
        <translation>ダウンロード済みのリリースを削除し（設定の「ダウンロード済みのリリースを削除」、または %1 を削除）、もう一度取得してください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="356"/>
        <source>No release catalog was kept yet, so the releases cannot be listed offline.</source>
        <translation>リリースカタログがまだ保存されていないため、オフラインではリリースを一覧表示できません。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="357"/>
        <source>Connect to the internet once so that the catalog can be fetched, or give --catalog-url with a folder or mirror that holds it.</source>
        <translation>カタログを取得できるよう一度インターネットに接続するか、--catalog-url でカタログを置いたフォルダーまたはミラーを指定してください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="366"/>
        <source>The kept catalog file %1 changed since it was fetched.</source>
        <translation>保存されたカタログファイル %1 が取得後に変更されています。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="367"/>
        <source>It was not used. Connect to the internet so that the catalog can be fetched again.</source>
        <translation>使用しませんでした。カタログをもう一度取得できるよう、インターネットに接続してください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="433"/>
        <source>%1 is not the file that was verified.</source>
        <translation>%1 は検証されたファイルではありません。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="434"/>
        <source>Nothing was kept. Fetch the release again.</source>
        <translation>何も保存されていません。リリースをもう一度取得してください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="554"/>
        <source>The cached file %1 changed since it was verified.</source>
        <translation>キャッシュ内のファイル %1 が検証後に変更されています。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="555"/>
        <source>The cached file %1 is gone.</source>
        <translation>キャッシュ内のファイル %1 がありません。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="556"/>
        <source>Device OS %1 for the %2 was removed from the cache and not used. Fetch it again.</source>
        <translation>%2 用の Device OS %1 はキャッシュから削除され、使用されませんでした。もう一度取得してください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="574"/>
        <location filename="../core/catalog/releasecache.cpp" line="593"/>
        <source>Device OS %1 for platform %2 is not in the release cache.</source>
        <translation>プラットフォーム %2 用の Device OS %1 はリリースキャッシュにありません。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="577"/>
        <source>Fetch it first, or import a restore kit that holds it.</source>
        <translation>先に取得するか、それを含む復元キットをインポートしてください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecache.cpp" line="596"/>
        <source>Fetch it first (it needs the internet), or import a restore kit that holds it.</source>
        <translation>先に取得する（インターネットが必要です）か、それを含む復元キットをインポートしてください。</translation>
    </message>
</context>
<context>
    <name>dr::ReleaseCatalog</name>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="30"/>
        <source>Fetch the catalog again; if it stays broken, point --catalog-url at a good copy (a mirror or a folder).</source>
        <translation>カタログをもう一度取得してください。壊れたままの場合は、--catalog-url で正常なコピー（ミラーまたはフォルダー）を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="82"/>
        <source>The catalog file %1 cannot be read.</source>
        <translation>カタログファイル %1 を読み取れません。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="83"/>
        <source>Check that the folder holds deviceRestore.json, deviceOsVersions.json and versionInfo.json.</source>
        <translation>フォルダーに deviceRestore.json、deviceOsVersions.json、versionInfo.json があることを確認してください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="370"/>
        <source>The release catalog has no files for platform %1.</source>
        <translation>リリースカタログにプラットフォーム %1 のファイルがありません。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="371"/>
        <source>Choose one of the platforms `device-restore catalog` lists.</source>
        <translation>`device-restore catalog` が一覧表示するプラットフォームのいずれかを選択してください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="375"/>
        <source>Device OS %1 is not in the release catalog.</source>
        <translation>Device OS %1 はリリースカタログにありません。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="376"/>
        <source>Choose a version `device-restore catalog --platform %1 --all` lists, or fetch the catalog again.</source>
        <translation>`device-restore catalog --platform %1 --all` が一覧表示するバージョンを選択するか、カタログをもう一度取得してください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="400"/>
        <source>Device OS %1 was not published for the %2.</source>
        <translation>Device OS %1 は %2 向けには公開されていません。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releasecatalog.cpp" line="401"/>
        <source>Choose a version `device-restore catalog --platform %1 --all` lists.</source>
        <translation>`device-restore catalog --platform %1 --all` が一覧表示するバージョンを選択してください。</translation>
    </message>
</context>
<context>
    <name>dr::ReleaseVerifier</name>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="28"/>
        <source>Nothing was kept. Fetch the release again; if it fails again, the published file is damaged: choose another release, or use a mirror or a restore kit.</source>
        <translation>何も保存されていません。リリースをもう一度取得してください。再び失敗する場合は公開されたファイルが破損しています。別のリリースを選択するか、ミラーまたは復元キットを使用してください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="55"/>
        <source>%1 is not a file of Device OS %2 for the %3.</source>
        <translation>%1 は %3 用 Device OS %2 のファイルではありません。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="57"/>
        <source>Nothing was kept. Give only the files the catalog names for the release.</source>
        <translation>何も保存されていません。カタログがそのリリースに指定しているファイルだけを指定してください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="79"/>
        <source>Device OS %1 for the %2 lacks %3.</source>
        <translation>%2 用 Device OS %1 に %3 がありません。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="81"/>
        <location filename="../core/catalog/releaseverifier.cpp" line="217"/>
        <source>Nothing was kept. Fetch the whole release again.</source>
        <translation>何も保存されていません。リリース全体をもう一度取得してください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="215"/>
        <source>Device OS %1 for the %2 lacks its zip or its module-info file.</source>
        <translation>%2 用 Device OS %1 に zip またはモジュール情報ファイルがありません。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="237"/>
        <source>%1 failed a module check (%2): %3</source>
        <translation>%1 はモジュールチェック（%2）に失敗しました: %3</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="244"/>
        <source>%1 holds a module for %2, not for the %3.</source>
        <translation>%1 には %3 用ではなく %2 用のモジュールが含まれています。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="258"/>
        <source>%1: the module version of Device OS %2 is not known, so its system parts cannot be checked.</source>
        <translation>%1: Device OS %2 のモジュールバージョンが不明なため、システムパートをチェックできません。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="261"/>
        <source>Nothing was kept. Fetch the catalog again (its versionInfo.json lists the module versions), then the release.</source>
        <translation>何も保存されていません。カタログをもう一度取得し（その versionInfo.json にモジュールバージョンが記載されています）、次にリリースを取得してください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="271"/>
        <source>%1 holds a %2 of another release: version %3, Device OS %4 ships %5.</source>
        <translation>%1 には別のリリースの %2 が含まれています: バージョン %3 ですが、Device OS %4 に含まれるのは %5 です。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="126"/>
        <location filename="../core/catalog/releaseverifier.cpp" line="179"/>
        <source>%1 is not a firmware module: %2</source>
        <translation>%1 はファームウェアモジュールではありません: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="296"/>
        <source>%1: the module-info file %2 does not describe its %3.</source>
        <translation>%1: モジュール情報ファイル %2 にその %3 の記述がありません。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="301"/>
        <source>%1: two modules of the zip claim the part %2.</source>
        <translation>%1: zip 内の 2 つのモジュールが同じパート %2 を主張しています。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="313"/>
        <source>%1 describes the part %2, which %3 does not hold.</source>
        <translation>%1 はパート %2 を記述していますが、%3 にはそのパートがありません。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="318"/>
        <source>%1 holds no system part.</source>
        <translation>%1 にシステムパートが含まれていません。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="174"/>
        <source>%1 is larger than any firmware module.</source>
        <translation>%1 はどのファームウェアモジュールよりも大きいサイズです。</translation>
    </message>
    <message>
        <location filename="../core/catalog/releaseverifier.cpp" line="351"/>
        <source>The files of Device OS %1 for the %2 hold no system part.</source>
        <translation>%2 用 Device OS %1 のファイルにシステムパートが含まれていません。</translation>
    </message>
</context>
<context>
    <name>dr::RestoreEngine</name>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="94"/>
        <source>The restore was cancelled.</source>
        <translation>復元はキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="95"/>
        <source>Run the same restore again to finish it.</source>
        <translation>完了するには、同じ復元をもう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="105"/>
        <source>bootloader</source>
        <translation>ブートローダー</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="105"/>
        <source>bootloader part %1</source>
        <translation>ブートローダー パート %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="107"/>
        <source>system part %1</source>
        <translation>システムパート %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="109"/>
        <source>user firmware</source>
        <translation>ユーザーファームウェア</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="111"/>
        <source>radio stack</source>
        <translation>無線スタック</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="130"/>
        <source>its %1 (version %2) needs the %3 at version %4 or newer, and the device has %5.</source>
        <translation>%1（バージョン %2）には %3 のバージョン %4 以降が必要ですが、デバイスにあるのは %5 です。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="135"/>
        <source>version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="135"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="137"/>
        <source>its %1 (version %2) fails its dependency check.</source>
        <translation>%1（バージョン %2）が依存関係チェックに失敗しています。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="197"/>
        <source>The device&apos;s serial port did not appear within %1 s.</source>
        <translation>%1 秒以内にデバイスのシリアルポートが現れませんでした。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="199"/>
        <source>Check the cable (a data cable, not a charge-only one). A device blinking yellow is in DFU mode and has no serial port: press RESET, then run the restore again.</source>
        <translation>ケーブルを確認してください（充電専用ではなく、データ通信対応のケーブルが必要です）。黄色に点滅しているデバイスは DFU モードで、シリアルポートがありません。RESET を押してから、復元をもう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="229"/>
        <source>The serial port %1 belongs to another device (%2), not %3.</source>
        <translation>シリアルポート %1 は %3 ではなく、別のデバイス（%2）のものです。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="230"/>
        <source>Nothing was sent to it. Unplug the other devices, or name the port of this one, and run the restore again.</source>
        <translation>このポートには何も送信していません。他のデバイスを取り外すか、このデバイスのポートを指定して、復元をもう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="286"/>
        <source>The device has no serial port now.</source>
        <translation>現在、デバイスにシリアルポートがありません。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="483"/>
        <source>The device did not come back in DFU mode within %1 s.</source>
        <translation>デバイスが %1 秒以内に DFU モードで再接続されませんでした。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="484"/>
        <source>The device did not come back in normal mode within %1 s.</source>
        <translation>デバイスが %1 秒以内に通常モードで再接続されませんでした。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="487"/>
        <source>If its LED does not blink yellow, hold MODE, tap RESET and keep holding MODE until it blinks yellow, then run the restore again.</source>
        <translation>LED が黄色に点滅していない場合は、MODE を押したまま RESET を軽く押し、黄色に点滅するまで MODE を押し続けてから、復元をもう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="489"/>
        <source>Check the cable, then run the restore again; it continues from here.</source>
        <translation>ケーブルを確認してから、復元をもう一度実行してください。ここから再開されます。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="500"/>
        <source>The device stayed in DFU mode: %1</source>
        <translation>デバイスは DFU モードのままです: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="502"/>
        <source>The device stays in DFU mode (blinking yellow) instead of starting Device OS: %1</source>
        <translation>デバイスは Device OS を起動せず、DFU モード（黄色の点滅）のままです: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="504"/>
        <source>Run the restore again with DFU allowed: it writes the system part again over DFU.</source>
        <translation>DFU を許可して復元をもう一度実行してください。システムパートを DFU で書き直します。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="513"/>
        <source>its bootloader does not accept the system part.</source>
        <translation>ブートローダーがシステムパートを受け付けません。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="528"/>
        <source>there is no valid %1 in its flash (an interrupted or incomplete write).</source>
        <translation>フラッシュに有効な %1 がありません（中断された、または不完全な書き込み）。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="530"/>
        <source>the %1 in its flash is for another platform (%2).</source>
        <translation>フラッシュ上の %1 は別のプラットフォーム（%2）用です。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="532"/>
        <source>the %1 in its flash (version %2) fails its CRC check (an interrupted write).</source>
        <translation>フラッシュ上の %1（バージョン %2）が CRC チェックに失敗しています（中断された書き込み）。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="535"/>
        <source>its bootloader does not start the %1 (version %2), which looks intact; the bootloader may be too old for it.</source>
        <translation>ブートローダーが %1（バージョン %2）を起動しません。%1 は壊れていないようなので、ブートローダーが古すぎる可能性があります。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="545"/>
        <source>Putting the device into DFU mode (it will blink yellow)</source>
        <translation>デバイスを DFU モードにしています（黄色に点滅します）</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="559"/>
        <source>Asked the device to enter DFU mode</source>
        <translation>デバイスに DFU モードへの切り替えを要求しました</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="572"/>
        <source>The DFU request failed (%1); opening %2 at 14400 baud</source>
        <translation>DFU リクエストが失敗しました（%1）。%2 を 14400 baud で開きます</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="581"/>
        <source>The device did not enter DFU mode by itself (%1); asking for the buttons</source>
        <translation>デバイスが自動的に DFU モードになりませんでした（%1）。ボタン操作を依頼します</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="582"/>
        <source>Put the device into DFU mode with its buttons</source>
        <translation>ボタンを使ってデバイスを DFU モードにしてください</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="586"/>
        <source>The device did not switch to DFU mode by itself.</source>
        <translation>デバイスが自動的に DFU モードに切り替わりませんでした。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="589"/>
        <source>Waiting for the device in DFU mode</source>
        <translation>DFU モードのデバイスを待っています</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="612"/>
        <source>Could not read the device&apos;s protection state: %1</source>
        <translation>デバイスの保護状態を読み取れませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="625"/>
        <source>Starting Device OS</source>
        <translation>Device OS を起動しています</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="638"/>
        <source>Left DFU mode; waiting for Device OS to start</source>
        <translation>DFU モードを終了しました。Device OS の起動を待っています</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="686"/>
        <location filename="../core/restore/restoreengine.cpp" line="847"/>
        <source>The device is applying the %1 and restarting</source>
        <translation>デバイスが %1 を適用して再起動しています</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="719"/>
        <source>Putting the device into listening mode (it will blink dark blue)</source>
        <translation>デバイスをリスニングモードにしています（濃い青に点滅します）</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="724"/>
        <source>Opening %1 at 28800 baud to start listening mode</source>
        <translation>リスニングモードを開始するため、%1 を 28800 baud で開いています</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="726"/>
        <source>The 28800-baud request failed: %1</source>
        <translation>28800 baud のリクエストが失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="728"/>
        <source>No answer yet: sending the 28800-baud request again</source>
        <translation>まだ応答がありません。28800 ボーのリクエストを再送しています</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="740"/>
        <source>The device did not enter listening mode by itself; asking for the MODE button</source>
        <translation>デバイスが自動的にリスニングモードになりませんでした。MODE ボタンの操作を依頼します</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="741"/>
        <source>Put the device into listening mode with its MODE button</source>
        <translation>MODE ボタンを使ってデバイスをリスニングモードにしてください</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="745"/>
        <source>The device did not switch to listening mode by itself.</source>
        <translation>デバイスが自動的にリスニングモードに切り替わりませんでした。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="749"/>
        <source>Waiting for the device in listening mode</source>
        <translation>リスニングモードのデバイスを待っています</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="756"/>
        <source>The device did not answer in listening mode within %1 s.</source>
        <translation>デバイスが %1 秒以内にリスニングモードで応答しませんでした。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="758"/>
        <source>Hold MODE until the LED blinks dark blue, then run the restore again; it continues from here.</source>
        <translation>LED が濃い青に点滅するまで MODE を押し続けてから、復元をもう一度実行してください。ここから再開されます。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="777"/>
        <source>Sending the %1 again (attempt %2 of %3)</source>
        <translation>%1 を再送信しています（%3 回中 %2 回目）</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="789"/>
        <source>After its restart the device does not hold the %1 it was sent: %2</source>
        <translation>再起動後、デバイスは送信された %1 を保持していません: %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="792"/>
        <source>The device did not take the %1 version %2 after %3 transfers: %4.</source>
        <translation>デバイスは %3 回の転送後も %1 バージョン %2 を受け入れませんでした: %4。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="797"/>
        <source>The file is intact on this computer, so the bytes were damaged on the way or the device refused them. Use a short data cable straight into the computer (no hub) and run the restore again; it continues from here. If it fails the same way, restore over DFU.</source>
        <translation>このコンピューター上のファイルは正常なので、転送中にバイトが破損したか、デバイスが拒否しました。短いデータケーブルでコンピューターに直接（ハブなしで）接続し、復元をもう一度実行してください。ここから続行します。同じように失敗する場合は DFU で復元してください。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="815"/>
        <source>Sending %1 over %2 (YModem)</source>
        <translation>%1 を %2 経由で送信しています（YModem）</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="824"/>
        <source>YModem: %1 writes in %2 ms, of which %3 ms waiting for the device&apos;s answers</source>
        <translation>YModem: %1 回の書き込みに %2 ms（うちデバイスの応答待ち %3 ms）</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="840"/>
        <source>The device rejected the %1 (%2); it restarts</source>
        <translation>デバイスは %1 を拒否しました（%2）。再起動します</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="843"/>
        <source>The device says it took the %1: %2</source>
        <translation>デバイスは %1 を受け取ったと報告しています: %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="880"/>
        <source>The device&apos;s module list has no place for the %1 yet; it is checked after the next parts</source>
        <translation>デバイスのモジュール一覧にはまだ %1 の場所がありません。次のパーツの後に確認します</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="889"/>
        <source>it has no %1 (it lists %2)</source>
        <translation>%1 がありません（一覧: %2）</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="892"/>
        <source>its %1 is still version %2</source>
        <translation>%1 はまだバージョン %2 です</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="895"/>
        <source>its %1 fails the %2 check</source>
        <translation>%1 は %2 チェックに失敗しています</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="906"/>
        <source>Reading the device&apos;s modules over %1</source>
        <translation>%1 経由でデバイスのモジュールを読み取っています</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="913"/>
        <source>Leaving listening mode failed: %1</source>
        <translation>リスニングモードの終了に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="938"/>
        <source>Let the device connect</source>
        <translation>デバイスの接続を待つ</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="938"/>
        <source>Let the device start</source>
        <translation>デバイスの起動を待つ</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="941"/>
        <source>Device OS %1 is now on the device. Keep it powered with its antenna attached until its LED breathes cyan (slow fading light blue): that means it has connected to the cellular network. This can take several minutes. Then confirm to go on.</source>
        <translation>デバイスに Device OS %1 が書き込まれました。アンテナを取り付けたまま電源を入れておき、LED がシアンのゆっくりした明滅（水色の光がゆっくり明るくなったり暗くなったりする状態）になるまで待ってください。これはセルラーネットワークに接続したことを示します。数分かかることがあります。その後、確認して先に進んでください。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="945"/>
        <source>Device OS %1 is now on the device. Wait until it has started, then confirm.</source>
        <translation>デバイスに Device OS %1 が書き込まれました。起動するまで待ってから、確認してください。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="954"/>
        <source>Reading the device&apos;s modules</source>
        <translation>デバイスのモジュールを読み取っています</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="975"/>
        <source>Control requests failed (%1); reading the modules in listening mode</source>
        <translation>制御リクエストが失敗しました（%1）。リスニングモードでモジュールを読み取ります</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="988"/>
        <source>The transfer of the %1 was stopped between two YModem blocks; the device dropped it and keeps its modules as they were. It is in listening mode (blinking dark blue): press RESET to leave it.</source>
        <translation>%1 の転送は YModem ブロックの合間で中止されました。デバイスは受信した分を破棄し、モジュールは元のままです。デバイスはリスニングモード（濃い青の点滅）のままなので、RESET を押して終了してください。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="993"/>
        <source>The device is not on the bus (unplugged, or still restarting).</source>
        <translation>デバイスが USB バス上にありません（取り外されたか、再起動中です）。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="995"/>
        <source>The device is in DFU mode (blinking yellow).</source>
        <translation>デバイスは DFU モード（黄色の点滅）です。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="997"/>
        <source>The device is running Device OS in listening mode (blinking dark blue).</source>
        <translation>デバイスは Device OS をリスニングモード（濃い青の点滅）で実行しています。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="999"/>
        <source>The device is running Device OS.</source>
        <translation>デバイスは Device OS を実行しています。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1000"/>
        <source>Nothing has been written yet.</source>
        <translation>まだ何も書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1001"/>
        <source>Written: %1.</source>
        <translation>書き込み済み: %1。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1003"/>
        <source>Running the same restore again continues from here.</source>
        <translation>同じ復元をもう一度実行すると、ここから再開されます。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1035"/>
        <source>The device runs Device OS %1 and every module passes its checks.</source>
        <translation>デバイスは Device OS %1 を実行しており、すべてのモジュールがチェックに合格しています。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1039"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1040"/>
        <source>Restore finished in %1 s</source>
        <translation>復元が %1 秒で完了しました</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1041"/>
        <source>Restore stopped: %1 %2</source>
        <translation>復元が停止しました: %1 %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1051"/>
        <source>The plan is refused: %1</source>
        <translation>プランは拒否されました: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1052"/>
        <source>Nothing was written. Change the choices that the plan refuses.</source>
        <translation>何も書き込まれていません。プランで拒否された選択を変更してください。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1058"/>
        <source>The plan sends the %1 over YModem, which Device OS %2 no longer takes.</source>
        <translation>プランでは %1 を YModem で送信しますが、Device OS %2 は YModem に対応していません。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1060"/>
        <source>Nothing was written. Plan again with DFU allowed, or over USB control requests.</source>
        <translation>何も書き込まれていません。DFU を許可するか、USB 制御リクエストを使ってプランを作り直してください。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1065"/>
        <source>The plan sends the %1 over the serial port (YModem), but there is no way to find the device&apos;s serial port here.</source>
        <translation>プランでは %1 をシリアルポート（YModem）で送信しますが、ここではデバイスのシリアルポートを見つける手段がありません。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1068"/>
        <source>Nothing was written. Plan again with DFU allowed.</source>
        <translation>何も書き込まれていません。DFU を許可してプランを作り直してください。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1071"/>
        <source>Step %1 has no binary.</source>
        <translation>ステップ %1 にバイナリがありません。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1086"/>
        <source>Looking for device %1</source>
        <translation>デバイス %1 を探しています</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1089"/>
        <source>Found %1 in DFU mode at %2</source>
        <translation>%2 で DFU モードの %1 が見つかりました</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1089"/>
        <source>Found %1 in normal mode at %2</source>
        <translation>%2 で通常モードの %1 が見つかりました</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1122"/>
        <source>Writing %1 (%2)</source>
        <translation>%1 を書き込んでいます（%2）</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1123"/>
        <source>Clearing the former %1 slot</source>
        <translation>以前の %1 スロットを消去しています</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1137"/>
        <source>%1 cleared</source>
        <translation>%1 を消去済み</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1157"/>
        <source>Writing the plan&apos;s DFU steps first, then the %1 once Device OS starts</source>
        <translation>まずプランの DFU 手順を書き込み、Device OS の起動後に %1 を書き込みます</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1171"/>
        <source>%1: %2 in %3 ms</source>
        <translation>%1: %2（%3 ms）</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1183"/>
        <source>The device runs in safe mode: %1</source>
        <translation>デバイスはセーフモードで動作しています: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1187"/>
        <source>%1 is missing</source>
        <translation>%1 がありません</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1189"/>
        <source>%1 is at version %2, not %3</source>
        <translation>%1 のバージョンが %3 ではなく %2 です</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1191"/>
        <source>%1 fails its checks</source>
        <translation>%1 がチェックに合格しません</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1197"/>
        <source>The device runs Device OS in safe mode (breathing magenta): %1 Its application does not run.</source>
        <translation>デバイスは Device OS をセーフモード（マゼンタがゆっくり点滅）で実行しています: %1 アプリケーションは動作しません。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1200"/>
        <source>Run the same restore again with DFU allowed; if the bundle lacks that module, add it from the same Device OS release.</source>
        <translation>DFU を許可して同じ復元をもう一度実行してください。バンドルにそのモジュールがない場合は、同じ Device OS リリースから追加してください。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1207"/>
        <source>After the restore the device does not hold what was planned: %1.</source>
        <translation>復元後のデバイスの内容がプランと異なります: %1。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1209"/>
        <source>Run the same restore again; if it fails the same way, save the report and contact support.</source>
        <translation>同じ復元をもう一度実行してください。同じように失敗する場合は、レポートを保存してサポートにお問い合わせください。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1229"/>
        <source>The plan names no platform.</source>
        <translation>プランにプラットフォームが指定されていません。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1241"/>
        <source>Reading the device&apos;s modules over DFU</source>
        <translation>DFU でデバイスのモジュールを読み出しています</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1250"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1258"/>
        <source>Read %1 KB of modules over DFU in %2 ms</source>
        <translation>DFU でモジュール %1 KB を %2 ms で読み出しました</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1275"/>
        <source>The device&apos;s platform is not known.</source>
        <translation>デバイスのプラットフォームが不明です。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1314"/>
        <source>The device takes no USB control requests and did not enter listening mode.</source>
        <translation>デバイスは USB 制御リクエストを受け付けず、リスニングモードにもなりませんでした。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreengine.cpp" line="1315"/>
        <source>Hold MODE until the LED blinks dark blue, then try again.</source>
        <translation>LED が濃い青に点滅するまで MODE を押し続けてから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>dr::RestoreKit</name>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="31"/>
        <source>Nothing from it was kept. Export the kit again on the computer that made it, and copy it again.</source>
        <translation>何も保存されていません。キットを作成したコンピューターでもう一度エクスポートし、コピーし直してください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="76"/>
        <source>%1 is not a Device Restore restore kit.</source>
        <translation>%1 は Device Restore の復元キットではありません。</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="77"/>
        <location filename="../core/catalog/restorekit.cpp" line="245"/>
        <source>Choose a file made with `device-restore kit export`.</source>
        <translation>`device-restore kit export` で作成したファイルを選択してください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="85"/>
        <source>%1 is a restore kit of format version %2, made by a newer Device Restore; this one reads format version %3.</source>
        <translation>%1 はフォーマットバージョン %2 の復元キットで、より新しい Device Restore で作成されています。この Device Restore が読めるのはフォーマットバージョン %3 です。</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="90"/>
        <source>Nothing was imported. Update Device Restore on this computer, or export the kit again with the version installed here.</source>
        <translation>何もインポートされていません。このコンピューターの Device Restore を更新するか、ここにインストールされているバージョンでキットをもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="205"/>
        <source>Device OS %1 for the %2 is not in the release cache.</source>
        <translation>%2 用 Device OS %1 はリリースキャッシュにありません。</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="207"/>
        <source>Add it to the cache first (fetch it, or import a kit that holds it), then export the kit.</source>
        <translation>先にキャッシュに追加し（取得するか、それを含むキットをインポート）、その後キットをエクスポートしてください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="244"/>
        <source>%1 is not a restore kit: it holds no manifest.json.</source>
        <translation>%1 は復元キットではありません: manifest.json が含まれていません。</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="265"/>
        <source>%1 lists %2 twice.</source>
        <translation>%1 に %2 が 2 回記載されています。</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="269"/>
        <source>%1 lacks %2, which its manifest lists.</source>
        <translation>%1 に、マニフェストに記載された %2 がありません。</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="280"/>
        <source>%1: %2 cannot be read (%3).</source>
        <translation>%1: %2 を読み取れません (%3)。</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="284"/>
        <source>%1: %2 is not the file that was exported (its SHA-256 or size differs).</source>
        <translation>%1: %2 はエクスポートされたファイルではありません（SHA-256 またはサイズが異なります）。</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="274"/>
        <source>%1 holds %2, which its manifest does not list.</source>
        <translation>%1 に、マニフェストに記載されていない %2 が含まれています。</translation>
    </message>
    <message>
        <location filename="../core/catalog/restorekit.cpp" line="329"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dr::RestorePlanner</name>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="93"/>
        <source>DFU</source>
        <comment>transport</comment>
        <translation>DFU</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="95"/>
        <source>control request</source>
        <comment>transport</comment>
        <translation>制御リクエスト</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="97"/>
        <source>YModem</source>
        <comment>transport</comment>
        <translation>YModem</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="144"/>
        <source>bootloader</source>
        <translation>ブートローダー</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="144"/>
        <source>bootloader part %1</source>
        <translation>ブートローダーパート %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="146"/>
        <source>system part %1</source>
        <translation>システムパート %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="148"/>
        <location filename="../core/restore/restoreplanner.cpp" line="1013"/>
        <source>user firmware</source>
        <translation>ユーザーファームウェア</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="150"/>
        <source>radio stack (SoftDevice)</source>
        <translation>無線スタック（SoftDevice）</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="152"/>
        <source>network co-processor firmware</source>
        <translation>ネットワークコプロセッサファームウェア</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="283"/>
        <source>%1 devices cannot be restored with this tool: %2</source>
        <translation>%1 デバイスはこのツールでは復元できません: %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="289"/>
        <source>Device OS %1 does not support the %2; the last release for it is %3.</source>
        <translation>Device OS %1 は %2 をサポートしていません。%2 向けの最終リリースは %3 です。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="293"/>
        <source>Device OS %1 is a pre-release: use it for testing, not in the field.</source>
        <translation>Device OS %1 はプレリリース版です。テスト用に使用し、現場では使用しないでください。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="325"/>
        <source>The %1 needs Device OS %2 or newer; %3 is older.</source>
        <translation>%1 には Device OS %2 以降が必要ですが、%3 はそれより古いバージョンです。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="330"/>
        <source>Its hardware does not work with older releases.</source>
        <translation>このハードウェアは古いリリースでは動作しません。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="333"/>
        <location filename="../core/restore/restoreplanner.cpp" line="375"/>
        <source>Particle recommends against it.</source>
        <translation>Particle はこれを推奨していません。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="337"/>
        <source>The %1 shipped from the factory with Device OS %2; %3 is older and may not support all of its hardware.</source>
        <translation>%1 は Device OS %2 で工場出荷されています。%3 はそれより古いため、一部のハードウェアに対応していない可能性があります。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="344"/>
        <source>The %1 should stay on the Device OS %2.x long-term-support line; %3 leaves it.</source>
        <translation>%1 は Device OS %2.x の長期サポート（LTS）ラインにとどめるべきですが、%3 はこのラインから外れます。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="351"/>
        <source>%1 is not a known %2 model; model-specific rules were not applied.</source>
        <translation>%1 は既知の %2 モデルではありません。モデル固有のルールは適用されていません。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="369"/>
        <source>Every %1 model needs Device OS %2 or newer; %3 is older.</source>
        <translation>すべての %1 モデルに Device OS %2 以降が必要ですが、%3 はそれより古いバージョンです。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="308"/>
        <source>This device has Device Protection on, which needs Device OS 6.1.1 or newer; %1 is older.</source>
        <translation>このデバイスでは Device Protection が有効になっており、Device OS 6.1.1 以降が必要ですが、%1 はそれより古いバージョンです。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="302"/>
        <source>This device has Device Protection on: it refuses firmware written over USB, in DFU mode and in normal mode. Turn Device Protection off for it in the Particle console (or put it in service mode), then plan again.</source>
        <translation>このデバイスでは Device Protection が有効です。DFU モードでも通常モードでも、USB 経由で書き込まれるファームウェアを拒否します。Particle コンソールで Device Protection を無効にしてから (またはサービスモードにしてから)、もう一度計画してください。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="313"/>
        <source>This is a downgrade from Device OS %1 to %2.</source>
        <translation>これは Device OS %1 から %2 へのダウングレードです。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="421"/>
        <source>The %1 cannot be sent: the device&apos;s Device OS takes neither control requests nor YModem.</source>
        <translation>%1 を送信できません。デバイスの Device OS は制御リクエストにも YModem にも対応していません。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="540"/>
        <source>The way to Device OS %1 goes through Device OS %2, and the bundle lacks its system parts: %3. Add them to the bundle and plan again.</source>
        <translation>Device OS %1 へ移行するには Device OS %2 を経由する必要がありますが、バンドルにそのシステムパート（%3）がありません。これらをバンドルに追加して、もう一度プランを作成してください。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="570"/>
        <source>The bundle has no Tinker for the %1 that runs on Device OS %2.</source>
        <translation>バンドルに、Device OS %2 で動作する %1 用の Tinker がありません。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="582"/>
        <source>%1 is a %2, not user firmware.</source>
        <translation>%1 は %2 で、ユーザーファームウェアではありません。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="590"/>
        <source>%1 is built for the %2, not the %3.</source>
        <translation>%1 は %3 用ではなく、%2 用にビルドされています。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="592"/>
        <source>platform %1</source>
        <translation>プラットフォーム %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="599"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 は使用できません: %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="605"/>
        <source>%1 is a 256 KB application, which needs Device OS 3.1.0 or newer; %2 is older.</source>
        <translation>%1 は 256 KB のアプリケーションで Device OS 3.1.0 以降が必要ですが、%2 はそれより古いバージョンです。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="613"/>
        <source>%1 was built for a newer Device OS than %2 and would only run in safe mode.</source>
        <translation>%1 は %2 より新しい Device OS 用にビルドされているため、セーフモードでしか動作しません。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="617"/>
        <source>the firmware you chose</source>
        <translation>選択したファームウェア</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="623"/>
        <source>The device has no valid user firmware to keep.</source>
        <translation>デバイスには、保持できる有効なユーザーファームウェアがありません。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="629"/>
        <source>The device&apos;s user firmware needs a newer Device OS than %1 and would only run in safe mode. Choose Tinker or a firmware file built for %1.</source>
        <translation>デバイスのユーザーファームウェアには %1 より新しい Device OS が必要なため、セーフモードでしか動作しません。Tinker か、%1 用にビルドされたファームウェアファイルを選択してください。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="636"/>
        <location filename="../core/restore/restoreplanner.cpp" line="642"/>
        <source>The device keeps its user firmware, which runs on Device OS %1.</source>
        <translation>デバイスのユーザーファームウェアは Device OS %1 で動作するため、そのまま保持されます。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="648"/>
        <source>the device&apos;s firmware is unknown; Tinker is a known good application</source>
        <translation>デバイスのファームウェアが不明なため、動作が確認されているアプリケーションの Tinker を使用</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="650"/>
        <source>the device has no valid user firmware</source>
        <translation>デバイスに有効なユーザーファームウェアがない</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="652"/>
        <source>the current user firmware needs a newer Device OS; replaced first so that safe mode cannot update the device back</source>
        <translation>現在のユーザーファームウェアにはより新しい Device OS が必要。セーフモードでデバイスが元のバージョンに更新されないよう、最初に置き換え</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="654"/>
        <source>the current user firmware does not run on Device OS %1</source>
        <translation>現在のユーザーファームウェアは Device OS %1 では動作しない</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="658"/>
        <source>Tinker was chosen</source>
        <translation>Tinker を選択</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="692"/>
        <source>%1 in the bundle cannot be used: %2</source>
        <translation>バンドル内の %1 は使用できません: %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="693"/>
        <source>it failed its checks</source>
        <translation>チェックに不合格</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="723"/>
        <source>The bundle has no %1 of Device OS %2 for the %3.</source>
        <translation>バンドルに、%3 用の Device OS %2 の %1 がありません。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="736"/>
        <source>The bundle has no %1 of Device OS %2, and the device&apos;s %1 is too old for it (version %3 or newer is needed).</source>
        <translation>バンドルに Device OS %2 の %1 がなく、デバイスの %1 はこのリリースには古すぎます（バージョン %3 以降が必要です）。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="745"/>
        <source>The bundle has no %1 of Device OS %2; the device keeps its own, which the release accepts.</source>
        <translation>バンドルに Device OS %2 の %1 がありません。デバイスの既存の %1 はこのリリースで使用できるため、そのまま保持されます。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="749"/>
        <source>The bundle has no %1 of Device OS %2; the device&apos;s own is left as it is.</source>
        <translation>バンドルに Device OS %2 の %1 がありません。デバイスの既存の %1 はそのまま残されます。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="757"/>
        <source>The bundle has no Device OS %1 for the %2.</source>
        <translation>バンドルに %2 用の Device OS %1 がありません。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="793"/>
        <source>The %1 is already at version %2 and passes its checks; it is not written again.</source>
        <translation>%1 はすでにバージョン %2 で、チェックにも合格しているため、再度書き込みません。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="800"/>
        <source>The network co-processor firmware is newer (%1) than the bundle&apos;s (%2) and is never downgraded.</source>
        <translation>ネットワークコプロセッサファームウェア（%1）はバンドルのもの（%2）より新しいため、ダウングレードしません。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="816"/>
        <source>The device&apos;s modules could not be read, so every part is written: %1</source>
        <translation>デバイスのモジュールを読み出せなかったため、すべてのパーツを書き込みます: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="823"/>
        <source>The device&apos;s modules were read back over DFU: what is at the target version and passes its checks is not written again.</source>
        <translation>デバイスのモジュールを DFU で読み出しました。目標バージョンでチェックに合格しているものは再度書き込みません。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="827"/>
        <source>The %1 could not be read over DFU: %2</source>
        <translation>%1 は DFU で読み出せませんでした: %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="843"/>
        <source>the device&apos;s modules are unknown</source>
        <translation>デバイスのモジュールが不明</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="844"/>
        <source>could not be read over DFU</source>
        <translation>DFU で読み出せませんでした</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="845"/>
        <source>missing on the device</source>
        <translation>デバイスにない</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="846"/>
        <source>fails its checks on the device</source>
        <translation>デバイス上でチェックに合格しない</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="847"/>
        <source>version %1 → %2</source>
        <translation>バージョン %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="883"/>
        <source>The device&apos;s Device OS is unknown or not running, so the bootloader is sent after the system parts; the device may start in safe mode (breathing magenta) until then.</source>
        <translation>デバイスの Device OS が不明か動作していないため、ブートローダーはシステムパートの後に送信します。それまでの間、デバイスがセーフモード（マゼンタのゆっくりした明滅）で起動することがあります。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1002"/>
        <source>The device already runs this user firmware (same SHA-256); it is not written again.</source>
        <translation>デバイスはすでにこのユーザーファームウェアを実行しているため（SHA-256 が同一）、再度書き込みません。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="980"/>
        <source>a 128 KB application there would run instead of the new 256 KB one</source>
        <translation>そこにある 128 KB のアプリケーションが、新しい 256 KB のアプリケーションの代わりに実行されてしまう</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="503"/>
        <source>The %1 of Device OS %2 cannot be sent before the %3: the device&apos;s %3 needs the %1 at version %4 or newer, so the device would refuse it (error -1340). Allow DFU, or send the %3 first.</source>
        <translation>Device OS %2 の %1 は %3 より先に送れません。デバイスの %3 には %1 のバージョン %4 以降が必要なため、デバイスが拒否します（エラー -1340）。DFU を許可するか、先に %3 を送ってください。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="511"/>
        <source>The %1 of Device OS %2 needs the %3 at version %4 or newer on the device before it arrives, and this plan cannot put it there first: the device would refuse it (error -1340) or fail to start. Allow DFU, or restore through an intermediate Device OS release.</source>
        <translation>Device OS %2 の %1 は、届く前にデバイス上に %3 のバージョン %4 以降が必要ですが、このプランでは先にそれを書き込めません。デバイスが拒否する（エラー -1340）か、起動しなくなります。DFU を許可するか、中間の Device OS リリースを経由して復元してください。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1098"/>
        <source>No Device OS binaries were given.</source>
        <translation>Device OS バイナリが指定されていません。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1103"/>
        <source>User firmware from a file was chosen, but no file was given.</source>
        <translation>ファイルからのユーザーファームウェアが選択されましたが、ファイルが指定されていません。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1116"/>
        <source>The model is not known, so the downgrade goes through Device OS 1.5.2 as the BRN402 and B402 require. Give the model (for example BRN404) to go straight to %1.</source>
        <translation>モデルが不明なため、BRN402 と B402 の要件に従い、Device OS 1.5.2 を経由してダウングレードします。%1 へ直接移行するには、モデル（例: BRN404）を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1122"/>
        <source>The %1 goes from Device OS %2 to %3 in two stages: first 1.5.2, then, after it has connected to the cellular network once, %3.</source>
        <translation>%1 は Device OS %2 から %3 へ 2 段階で移行します。まず 1.5.2 にし、一度セルラーネットワークに接続した後で %3 にします。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1143"/>
        <source>let Device OS 1.5.2 start and connect to the cellular network (breathing cyan), then confirm</source>
        <translation>Device OS 1.5.2 が起動してセルラーネットワークに接続する（シアンのゆっくりした明滅）のを待ってから確認</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1146"/>
        <source>let Device OS %1 start before the next release</source>
        <translation>次のリリースの前に Device OS %1 の起動を待つ</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1171"/>
        <source>The device already has Device OS %1 and every module passes its checks: nothing will be written.</source>
        <translation>デバイスはすでに Device OS %1 で、すべてのモジュールがチェックに合格しているため、何も書き込みません。</translation>
    </message>
    <message>
        <location filename="../core/restore/restoreplanner.cpp" line="1200"/>
        <source>No platform was given.</source>
        <translation>プラットフォームが指定されていません。</translation>
    </message>
</context>
<context>
    <name>dr::RestoreReport</name>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="72"/>
        <source>Device Restore %1 report, %2</source>
        <translation>Device Restore %1 レポート、%2</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="75"/>
        <source>Host: %1</source>
        <translation>ホスト: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="77"/>
        <source>Device: %1 (%2), simulated</source>
        <translation>デバイス: %1（%2）、シミュレーション</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="78"/>
        <source>Device: %1 (%2)</source>
        <translation>デバイス: %1（%2）</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="81"/>
        <source>Device OS: %1 -&gt; %2</source>
        <translation>Device OS: %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="82"/>
        <source>Device OS: unknown -&gt; %1</source>
        <translation>Device OS: 不明 → %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="83"/>
        <source>Outcome: restored</source>
        <translation>結果: 復元済み</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="84"/>
        <source>Outcome: cancelled</source>
        <translation>結果: キャンセル</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="85"/>
        <source>Outcome: failed</source>
        <translation>結果: 失敗</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="86"/>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="87"/>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="88"/>
        <source>Steps:</source>
        <translation>ステップ:</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="91"/>
        <source>%1. %2: %3 (%4 ms) - %5</source>
        <comment>step number, part, outcome, time, error</comment>
        <translation>%1. %2: %3 (%4 ms) - %5</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="96"/>
        <source>%1. %2: %3 (%4 ms)</source>
        <comment>step number, part, outcome, time</comment>
        <translation>%1. %2: %3 (%4 ms)</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="103"/>
        <source>Before:</source>
        <translation>復元前:</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="106"/>
        <source>After:</source>
        <translation>復元後:</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="110"/>
        <source>Computer check:</source>
        <translation>コンピューターの確認:</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="112"/>
        <source>Computer check: not run.</source>
        <translation>コンピューターの確認: 未実施。</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="113"/>
        <source>Log:</source>
        <translation>ログ:</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="129"/>
        <source>The report could not be saved to %1.</source>
        <translation>レポートを %1 に保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/restore/restorereport.cpp" line="130"/>
        <source>Choose a folder you can write to.</source>
        <translation>書き込み可能なフォルダーを選択してください。</translation>
    </message>
</context>
<context>
    <name>dr::SafeZip</name>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="22"/>
        <source>%1 is not a readable zip file.</source>
        <translation>%1 は読み取り可能な zip ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="23"/>
        <source>Nothing was kept. Fetch it again; if it stays so, the file is damaged at its source.</source>
        <translation>何も保存されていません。もう一度取得してください。変わらない場合は、配布元でファイルが破損しています。</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="101"/>
        <source>%1 holds %2 entries, more than the %3 such a file can hold.</source>
        <translation>%1 には %2 個のエントリがあり、このようなファイルの上限 %3 個を超えています。</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="105"/>
        <source>Nothing was kept. This is not a Device OS release file; fetch it again from the catalog&apos;s source.</source>
        <translation>何も保存されていません。これは Device OS のリリースファイルではありません。カタログの配布元からもう一度取得してください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="117"/>
        <source>%1 holds an entry named &quot;%2&quot; with %3.</source>
        <translation>%1 に「%2」という名前のエントリがあります（%3）。</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="118"/>
        <source>Nothing was kept. Release files never hold such names: do not use this file; fetch the release again from the catalog&apos;s source.</source>
        <translation>何も保存されていません。リリースファイルにこのような名前が含まれることはありません。このファイルは使用せず、カタログの配布元からリリースをもう一度取得してください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="125"/>
        <source>%1 holds a symbolic link, &quot;%2&quot;.</source>
        <translation>%1 にシンボリックリンク「%2」が含まれています。</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="126"/>
        <source>Nothing was kept. Release files never hold links: do not use this file.</source>
        <translation>何も保存されていません。リリースファイルにリンクが含まれることはありません。このファイルは使用しないでください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="129"/>
        <source>%1 holds an encrypted entry, &quot;%2&quot;.</source>
        <translation>%1 に暗号化されたエントリ「%2」が含まれています。</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="130"/>
        <source>Nothing was kept. Release files are never encrypted.</source>
        <translation>何も保存されていません。リリースファイルが暗号化されていることはありません。</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="135"/>
        <source>%1: the entry &quot;%2&quot; claims %3 bytes, more than any firmware file.</source>
        <translation>%1: エントリ「%2」のサイズは %3 バイトとされており、どのファームウェアファイルよりも大きいです。</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="138"/>
        <location filename="../core/catalog/safezip.cpp" line="143"/>
        <source>Nothing was kept and nothing was unpacked. Do not use this file.</source>
        <translation>何も保存も展開もされていません。このファイルは使用しないでください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="142"/>
        <source>%1 claims more than %2 bytes when unpacked.</source>
        <translation>%1 の展開後のサイズは %2 バイトを超えるとされています。</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="147"/>
        <source>%1 holds &quot;%2&quot; twice.</source>
        <translation>%1 に「%2」が 2 回含まれています。</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="148"/>
        <location filename="../core/catalog/safezip.cpp" line="173"/>
        <source>Nothing was kept. Do not use this file.</source>
        <translation>何も保存されていません。このファイルは使用しないでください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="172"/>
        <source>%1 is %2 bytes, larger than such a file can be.</source>
        <translation>%1 は %2 バイトで、このようなファイルとしては大きすぎます。</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="198"/>
        <source>%1 does not hold %2.</source>
        <translation>%1 に %2 が含まれていません。</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="199"/>
        <source>Fetch it again.</source>
        <translation>もう一度取得してください。</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="249"/>
        <source>%1 could not be written.</source>
        <translation>%1 を書き込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/catalog/safezip.cpp" line="250"/>
        <source>Check that the folder exists, is writable and has free space.</source>
        <translation>フォルダーが存在し、書き込み可能で、空き容量があることを確認してください。</translation>
    </message>
</context>
<context>
    <name>dr::SerialModeSwitch</name>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="86"/>
        <source>Cannot open the serial port %1.</source>
        <translation>シリアルポート %1 を開けません。</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="87"/>
        <source>Check that the device is connected and not used by another program.</source>
        <translation>デバイスが接続されていて、別のプログラムで使用されていないことを確認してください。</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="93"/>
        <source>The serial port refused the baud rate %1.</source>
        <translation>シリアルポートがボーレート %1 を受け付けませんでした。</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="94"/>
        <source>Put the device in the mode by hand (see the instructions).</source>
        <translation>手動でデバイスをそのモードにしてください（手順を参照）。</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="103"/>
        <source>yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="104"/>
        <location filename="../core/serial/serialmodeswitch.cpp" line="114"/>
        <source>blinking</source>
        <translation>点滅</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="105"/>
        <source>Put the device in DFU mode</source>
        <translation>デバイスを DFU モードにする</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="106"/>
        <location filename="../core/serial/serialmodeswitch.cpp" line="124"/>
        <source>Hold down the MODE button (SETUP on a Photon or P1).</source>
        <translation>MODE ボタン（Photon または P1 では SETUP）を押し続けます。</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="107"/>
        <location filename="../core/serial/serialmodeswitch.cpp" line="125"/>
        <source>While holding it, press and release RESET.</source>
        <translation>押したまま、RESET を押して離します。</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="108"/>
        <source>Keep holding MODE: the LED blinks magenta, then yellow.</source>
        <translation>MODE を押し続けます。LED がマゼンタに点滅し、次に黄色に点滅します。</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="109"/>
        <source>Release MODE as soon as the LED blinks yellow.</source>
        <translation>LED が黄色に点滅したら、すぐに MODE を離します。</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="110"/>
        <source>The status LED blinks yellow.</source>
        <translation>ステータス LED が黄色に点滅します。</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="113"/>
        <source>dark blue</source>
        <translation>濃い青</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="115"/>
        <source>Put the device in listening mode</source>
        <translation>デバイスをリスニングモードにする</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="116"/>
        <source>Hold down the MODE button (SETUP on a Photon or P1) for about three seconds.</source>
        <translation>MODE ボタン（Photon または P1 では SETUP）を約 3 秒間押し続けます。</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="117"/>
        <source>Release it when the LED blinks dark blue.</source>
        <translation>LED が濃い青に点滅したら離します。</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="118"/>
        <source>The status LED blinks dark blue.</source>
        <translation>ステータス LED が濃い青に点滅します。</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="121"/>
        <source>magenta</source>
        <translation>マゼンタ</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="122"/>
        <source>breathing</source>
        <translation>ゆっくりした明滅</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="123"/>
        <source>Put the device in safe mode</source>
        <translation>デバイスをセーフモードにする</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="126"/>
        <source>Release MODE as soon as the LED blinks magenta.</source>
        <translation>LED がマゼンタに点滅したら、すぐに MODE を離します。</translation>
    </message>
    <message>
        <location filename="../core/serial/serialmodeswitch.cpp" line="127"/>
        <source>The status LED breathes magenta once it is connected.</source>
        <translation>接続すると、ステータス LED がマゼンタのゆっくりした明滅になります。</translation>
    </message>
</context>
<context>
    <name>dr::Sidecar</name>
    <message>
        <location filename="../core/catalog/sidecar.cpp" line="74"/>
        <location filename="../core/catalog/sidecar.cpp" line="144"/>
        <source>Fetch the release again; the module-info file beside its zip is damaged.</source>
        <translation>リリースをもう一度取得してください。zip の横にあるモジュール情報ファイルが破損しています。</translation>
    </message>
    <message>
        <location filename="../core/catalog/sidecar.cpp" line="143"/>
        <source>%1 describes no module.</source>
        <translation>%1 はモジュールを記述していません。</translation>
    </message>
    <message>
        <location filename="../core/catalog/sidecar.cpp" line="307"/>
        <source>%1: the module-info file says something else than the module&apos;s bytes (%2).</source>
        <translation>%1: モジュール情報ファイルの内容がモジュールのバイトと一致しません（%2）。</translation>
    </message>
    <message>
        <location filename="../core/catalog/sidecar.cpp" line="309"/>
        <source>Nothing was kept. Fetch the release again; if it stays so, the published files are inconsistent: use another release or a mirror.</source>
        <translation>何も保存されていません。リリースをもう一度取得してください。変わらない場合は公開されたファイルに不整合があります。別のリリースかミラーを使用してください。</translation>
    </message>
</context>
<context>
    <name>dr::StationService</name>
    <message>
        <location filename="../core/station/stationservice.cpp" line="146"/>
        <source>Step %1 of %2: %3</source>
        <translation>ステップ %1/%2: %3</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="169"/>
        <source>Waiting for the person: %1</source>
        <translation>操作を待っています: %1</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="173"/>
        <source>The person went on</source>
        <translation>続行されました</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="173"/>
        <source>The person stopped</source>
        <translation>中止されました</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="238"/>
        <source>Restore started</source>
        <translation>復元を開始しました</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="248"/>
        <location filename="../core/station/stationservice.cpp" line="868"/>
        <source>Cancelled before it started.</source>
        <translation>開始前に取り消しました。</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="257"/>
        <source>Cancelled while reading its modules.</source>
        <translation>モジュールの読み取り中に取り消しました。</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="266"/>
        <source>Unplugged while its modules were read.</source>
        <translation>モジュールの読み取り中に取り外されました。</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="287"/>
        <source>Choose the application&apos;s .bin file in the recipe.</source>
        <translation>レシピでアプリケーションの .bin ファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="296"/>
        <source>The station has no Device OS releases to restore from.</source>
        <translation>ステーションに復元に使える Device OS リリースがありません。</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="297"/>
        <source>Open binaries or a restore kit, or allow the release catalog.</source>
        <translation>バイナリか復元キットを開くか、リリースカタログを許可してください。</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="303"/>
        <source>Cancelled while its releases were prepared.</source>
        <translation>リリースの準備中に取り消しました。</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="321"/>
        <source>Nothing was written.</source>
        <translation>何も書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="339"/>
        <source>Writing %1 module(s): Device OS %2 to %3</source>
        <translation>%1 個のモジュールを書き込み中: Device OS %2 → %3</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="354"/>
        <source>Unplugged during step %1 of %2.</source>
        <translation>ステップ %1/%2 の途中で取り外されました。</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="355"/>
        <source>Unplugged during the restore.</source>
        <translation>復元の途中で取り外されました。</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="360"/>
        <source>The restore did not finish.</source>
        <translation>復元は完了しませんでした。</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="375"/>
        <source>Restored to Device OS %1; final inspection passed</source>
        <translation>Device OS %1 に復元しました。最終検査に合格しました</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="378"/>
        <source>Already at Device OS %1; nothing written</source>
        <translation>すでに Device OS %1 です。何も書き込んでいません</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="381"/>
        <location filename="../core/station/stationservice.cpp" line="695"/>
        <source>Not suitable: %1</source>
        <translation>対象外: %1</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="384"/>
        <location filename="../core/station/stationservice.cpp" line="869"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="415"/>
        <source>The report could not be saved: %1</source>
        <translation>レポートを保存できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="432"/>
        <source>The summary could not be written: %1</source>
        <translation>集計を書き込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="605"/>
        <source>Plugged in (USB port %1, %2)</source>
        <translation>接続されました (USB ポート %1、%2)</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="626"/>
        <source>Plugged in again (USB port %1)</source>
        <translation>再接続されました (USB ポート %1)</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="643"/>
        <source>Unplugged</source>
        <translation>取り外し済み</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="658"/>
        <source>The %1 cannot be restored: %2</source>
        <translation>%1 は復元できません: %2</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="662"/>
        <source>The recipe is for the %1; this is a %2.</source>
        <translation>レシピは %1 用です。これは %2 です。</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="670"/>
        <source>The recipe allows only %1, none of which is a %2 model.</source>
        <translation>レシピが許可するのは %1 だけで、どれも %2 のモデルではありません。</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="679"/>
        <source>the %1 needs %2 or newer</source>
        <translation>%1 には %2 以降が必要</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="681"/>
        <source>The recipe&apos;s Device OS %1 is below the model minimum: %2.</source>
        <translation>レシピの Device OS %1 はモデルの最低バージョンより古いです: %2。</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="690"/>
        <source>Its platform is not known.</source>
        <translation>プラットフォームが不明です。</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="723"/>
        <source>Queued: %1 devices are restored at once.</source>
        <translation>待機中: 同時に復元できるのは %1 台です。</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="724"/>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="759"/>
        <source>This %1 shows no device ID over USB and its USB port is not known, so it cannot be told from other devices.</source>
        <translation>この %1 は USB でデバイス ID を示さず、USB ポートも不明なため、ほかのデバイスと区別できません。</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="763"/>
        <source>This %1 (USB port %2) and the one on USB port %3 both show the USB serial number %4 instead of a device ID (old Device OS): which serial port is this one&apos;s cannot be told.</source>
        <translation>この %1 (USB ポート %2) と USB ポート %3 のデバイスは、どちらもデバイス ID の代わりに USB シリアル番号 %4 を示しています (古い Device OS)。どちらのシリアルポートがこのデバイスのものか判別できません。</translation>
    </message>
    <message>
        <location filename="../core/station/stationservice.cpp" line="774"/>
        <source>Stopped: %1</source>
        <translation>停止しました: %1</translation>
    </message>
</context>
<context>
    <name>dr::UdevRuleFix</name>
    <message>
        <location filename="../core/doctor/udevrulefix.cpp" line="23"/>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location filename="../core/doctor/udevrulefix.cpp" line="24"/>
        <location filename="../core/doctor/udevrulefix.cpp" line="30"/>
        <location filename="../core/doctor/udevrulefix.cpp" line="35"/>
        <source>Run the fix as administrator.</source>
        <translation>管理者として修正を実行してください。</translation>
    </message>
    <message>
        <location filename="../core/doctor/udevrulefix.cpp" line="29"/>
        <location filename="../core/doctor/udevrulefix.cpp" line="34"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/udevrulefix.cpp" line="55"/>
        <source>The rule is installed, but udev did not reload its rules (udevadm %1).</source>
        <translation>ルールはインストールされましたが、udev がルールを再読み込みしませんでした (udevadm %1)。</translation>
    </message>
    <message>
        <location filename="../core/doctor/udevrulefix.cpp" line="57"/>
        <source>Unplug the device and plug it in again; if it still cannot be opened, restart the computer.</source>
        <translation>デバイスを抜いて差し直してください。それでも開けない場合はコンピューターを再起動してください。</translation>
    </message>
</context>
<context>
    <name>dr::UsbDeviceFinder</name>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="29"/>
        <source>A Particle device did not appear on USB within %1 s.</source>
        <translation>%1 秒以内に USB 上に Particle デバイスが現れませんでした。</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="30"/>
        <source>The device %1 did not appear on USB within %2 s.</source>
        <translation>%2 秒以内に USB 上にデバイス %1 が現れませんでした。</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="35"/>
        <source>A Particle device did not appear on USB in DFU mode within %1 s.</source>
        <translation>%1 秒以内に USB 上に DFU モードの Particle デバイスが現れませんでした。</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="37"/>
        <source>The device %1 did not appear on USB in DFU mode within %2 s.</source>
        <translation>%2 秒以内に USB 上に DFU モードのデバイス %1 が現れませんでした。</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="41"/>
        <source>A Particle device did not appear on USB in normal mode within %1 s.</source>
        <translation>%1 秒以内に USB 上に通常モードの Particle デバイスが現れませんでした。</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="43"/>
        <source>The device %1 did not appear on USB in normal mode within %2 s.</source>
        <translation>%2 秒以内に USB 上に通常モードのデバイス %1 が現れませんでした。</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="81"/>
        <source>%1 %2 devices are attached that do not tell their device ID over USB (old Device OS); this one cannot be told from the others.</source>
        <translation>USB でデバイス ID を示さない %2 デバイスが %1 台接続されています（古い Device OS）。このデバイスを他と区別できません。</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="85"/>
        <source>Unplug all but the device to work on, then try again. Nothing was written.</source>
        <translation>作業するデバイス以外をすべて取り外してから、もう一度試してください。何も書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="145"/>
        <source>Waiting for the device</source>
        <translation>デバイスを待っています</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="153"/>
        <source>Put it into DFU mode by hand: hold MODE, tap RESET, release MODE when the LED blinks yellow. Then try again.</source>
        <translation>手動で DFU モードにしてください。MODE を押したまま RESET を軽く押し、LED が黄色に点滅したら MODE を離します。その後、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="155"/>
        <source>Check the cable; if the LED is dark, press RESET. Then try again.</source>
        <translation>ケーブルを確認してください。LED が消えている場合は RESET を押してください。その後、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="174"/>
        <source>Waiting for the device to reset</source>
        <translation>デバイスのリセットを待っています</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="178"/>
        <source>The device did not reset within %1 s.</source>
        <translation>%1 秒以内にデバイスがリセットされませんでした。</translation>
    </message>
    <message>
        <location filename="../core/usb/usbdevicefinder.cpp" line="179"/>
        <source>Press RESET on the device and try again.</source>
        <translation>デバイスの RESET を押して、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>dr::UsbError</name>
    <message>
        <location filename="../core/usb/usberror.cpp" line="57"/>
        <source>Windows did not let this program open the device.</source>
        <translation>Windows がこのプログラムにデバイスを開くことを許可しませんでした。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="58"/>
        <source>The WinUSB driver is not bound to it: unplug and re-plug the device, or bind WinUSB with Zadig, then try again.</source>
        <translation>デバイスに WinUSB ドライバーが割り当てられていません。デバイスを接続し直すか、Zadig で WinUSB を割り当ててから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="63"/>
        <source>Linux did not give this program access to the device.</source>
        <translation>Linux がこのプログラムにデバイスへのアクセスを許可しませんでした。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="64"/>
        <source>The udev rule for Particle devices is missing: save these lines as /etc/udev/rules.d/50-particle.rules, run &apos;sudo udevadm control --reload&apos;, re-plug the device:
</source>
        <translation>Particle デバイス用の udev ルールがありません。次の行を /etc/udev/rules.d/50-particle.rules として保存し、&apos;sudo udevadm control --reload&apos; を実行してから、デバイスを接続し直してください:
</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="70"/>
        <source>The system did not give this program access to the device.</source>
        <translation>システムがこのプログラムにデバイスへのアクセスを許可しませんでした。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="71"/>
        <source>Close other programs that use the device (particle CLI, serial monitors) and try again.</source>
        <translation>デバイスを使用している他のプログラム（particle CLI、シリアルモニターなど）を閉じて、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="76"/>
        <source>The device disconnected during %1.</source>
        <translation>%1 の途中でデバイスの接続が切れました。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="77"/>
        <source>Check the cable and the connection, plug the device in again and retry.</source>
        <translation>ケーブルと接続を確認し、デバイスを接続し直して、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="81"/>
        <source>The device did not answer %1 in time.</source>
        <translation>%1 に対して、デバイスが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="82"/>
        <source>Reset the device (press RESET), re-plug it, and try again.</source>
        <translation>デバイスをリセットし（RESET を押します）、接続し直して、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="84"/>
        <source>The device refused %1 (stall).</source>
        <translation>デバイスが %1 を拒否しました（stall）。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="85"/>
        <source>The device may not support this request in its current mode or version; reset it and try again.</source>
        <translation>デバイスが現在のモードまたはバージョンでこのリクエストに対応していない可能性があります。リセットして、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="90"/>
        <source>Another program is using the device.</source>
        <translation>別のプログラムがデバイスを使用しています。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="91"/>
        <source>Close other programs that use the device (particle CLI, dfu-util, serial monitors) and try again.</source>
        <translation>デバイスを使用している他のプログラム（particle CLI、dfu-util、シリアルモニターなど）を閉じて、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="96"/>
        <source>The device or its interface was not found for %1.</source>
        <translation>%1 の対象となるデバイスまたはインターフェイスが見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="97"/>
        <location filename="../core/usb/usberror.cpp" line="125"/>
        <source>Re-plug the device and try again.</source>
        <translation>デバイスを接続し直して、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="100"/>
        <source>The device sent more data than asked for in %1.</source>
        <translation>%1 で、デバイスが要求より多くのデータを送ってきました。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="101"/>
        <location filename="../core/usb/usberror.cpp" line="275"/>
        <location filename="../core/usb/usberror.cpp" line="281"/>
        <location filename="../core/usb/usberror.cpp" line="448"/>
        <location filename="../core/usb/usberror.cpp" line="454"/>
        <location filename="../core/usb/usberror.cpp" line="462"/>
        <source>Reset the device and try again.</source>
        <translation>デバイスをリセットして、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="104"/>
        <source>The computer ran out of memory during %1.</source>
        <translation>%1 の途中でコンピューターのメモリが不足しました。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="105"/>
        <source>Close other programs and try again.</source>
        <translation>他のプログラムを閉じて、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="108"/>
        <source>The system&apos;s USB stack does not support %1.</source>
        <translation>システムの USB スタックが %1 に対応していません。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="109"/>
        <source>Bind the WinUSB driver to the device (Zadig).</source>
        <translation>デバイスに WinUSB ドライバーを割り当ててください（Zadig）。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="110"/>
        <source>Check that libusb works on this system.</source>
        <translation>このシステムで libusb が動作することを確認してください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="113"/>
        <source>%1 was interrupted.</source>
        <translation>%1 が中断されました。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="114"/>
        <source>Try again.</source>
        <translation>もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="117"/>
        <source>%1 was called with invalid parameters.</source>
        <translation>%1 が無効なパラメーターで呼び出されました。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="118"/>
        <source>This is a bug in Device Restore; please report it.</source>
        <translation>これは Device Restore の不具合です。ご報告ください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="121"/>
        <source>A USB input/output error happened during %1.</source>
        <translation>%1 の途中で USB の入出力エラーが発生しました。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="122"/>
        <source>Try another cable or USB port, avoid hubs, and retry.</source>
        <translation>別のケーブルまたは USB ポートを使い、ハブを経由せずに、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="124"/>
        <source>USB error during %1.</source>
        <translation>%1 の途中で USB エラーが発生しました。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="131"/>
        <source>%1 was cancelled.</source>
        <translation>%1 はキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="132"/>
        <source>Run it again when ready; the device stays in its current mode.</source>
        <translation>準備ができたら、もう一度実行してください。デバイスは現在のモードのままです。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="161"/>
        <location filename="../core/usb/usberror.cpp" line="245"/>
        <source>Reset the device into DFU mode (blinking yellow) and try again.</source>
        <translation>デバイスをリセットして DFU モード（黄色の点滅）にし、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="164"/>
        <source>The device refused the target of %1 (errTARGET).</source>
        <translation>デバイスが %1 の書き込み先を拒否しました（errTARGET）。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="167"/>
        <source>The device rejected the file (errFILE).</source>
        <translation>デバイスがファイルを拒否しました（errFILE）。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="170"/>
        <source>The device could not write its flash (errWRITE).</source>
        <translation>デバイスがフラッシュに書き込めませんでした（errWRITE）。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="171"/>
        <source>The area may be read-only or the flash worn: reset the device into DFU mode and try again; if it repeats, the device may need service.</source>
        <translation>領域が読み取り専用か、フラッシュが劣化している可能性があります。デバイスをリセットして DFU モードにし、もう一度お試しください。繰り返し発生する場合は、デバイスの修理が必要な可能性があります。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="176"/>
        <source>The device could not erase its flash (errERASE).</source>
        <translation>デバイスがフラッシュを消去できませんでした（errERASE）。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="179"/>
        <source>The device&apos;s erase check failed (errCHECK_ERASED).</source>
        <translation>デバイスの消去チェックに失敗しました（errCHECK_ERASED）。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="182"/>
        <source>The device&apos;s program operation failed (errPROG).</source>
        <translation>デバイスの書き込み操作に失敗しました（errPROG）。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="185"/>
        <source>The device read back different bytes than were written (errVERIFY).</source>
        <translation>デバイスから読み戻したデータが、書き込んだデータと異なります（errVERIFY）。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="188"/>
        <source>The device refused the address (errADDRESS).</source>
        <translation>デバイスがアドレスを拒否しました（errADDRESS）。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="191"/>
        <source>The device says the download is incomplete (errNOTDONE).</source>
        <translation>デバイスによると、ダウンロードが完了していません（errNOTDONE）。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="194"/>
        <source>The device found the firmware corrupt (errFIRMWARE).</source>
        <translation>デバイスがファームウェアの破損を検出しました（errFIRMWARE）。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="195"/>
        <source>Flash a complete, valid firmware in DFU mode.</source>
        <translation>DFU モードで、完全で有効なファームウェアを書き込んでください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="204"/>
        <source>The device saw an unexpected USB reset (errUSBR).</source>
        <translation>デバイスで予期しない USB リセットが発生しました（errUSBR）。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="207"/>
        <source>The device saw an unexpected power-on reset (errPOR).</source>
        <translation>デバイスで予期しないパワーオンリセットが発生しました（errPOR）。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="216"/>
        <source>The device did not expect the request %1 (errSTALLEDPKT).</source>
        <translation>デバイスはリクエスト %1 を想定していませんでした（errSTALLEDPKT）。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="219"/>
        <source>The device reported no error but %1 did not complete.</source>
        <translation>デバイスはエラーを報告していませんが、%1 が完了しませんでした。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="222"/>
        <source>The device reported DFU status %1 during %2.</source>
        <translation>%2 の途中で、デバイスが DFU ステータス %1 を報告しました。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="231"/>
        <source>The device&apos;s bootloader could not carry out %1: it stalled the status request that reports the result, which is how Gen 2 bootloaders signal a failed erase or write.</source>
        <translation>デバイスのブートローダーは %1 を実行できませんでした。結果を報告するステータス要求をストールしました。これは Gen 2 ブートローダーが消去または書き込みの失敗を知らせる方法です。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="235"/>
        <source>Reset the device into DFU mode (blinking yellow) and try again; if it fails at the same address again, the flash there may be worn or protected.</source>
        <translation>デバイスを DFU モード (黄色の点滅) でリセットして、もう一度お試しください。同じアドレスで再び失敗する場合、その部分のフラッシュが劣化しているか保護されている可能性があります。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="243"/>
        <source>The device is in DFU state %1 during %2, expected %3.</source>
        <translation>%2 の途中で、デバイスの DFU 状態が %1 になっています（想定: %3）。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="269"/>
        <source>The device is busy with other requests.</source>
        <translation>デバイスは他のリクエストの処理中です。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="270"/>
        <source>Close other programs that talk to the device (particle CLI, the web console) and try again.</source>
        <translation>デバイスと通信している他のプログラム（particle CLI、Web コンソールなど）を閉じて、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="274"/>
        <source>The device has no memory left for the request.</source>
        <translation>デバイスに、リクエストを処理するためのメモリが残っていません。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="277"/>
        <source>The device lost track of the request.</source>
        <translation>デバイスがリクエストを見失いました。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="278"/>
        <source>Try again; if it repeats, reset the device.</source>
        <translation>もう一度お試しください。繰り返し発生する場合は、デバイスをリセットしてください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="280"/>
        <source>The device could not process the request.</source>
        <translation>デバイスがリクエストを処理できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="294"/>
        <source>The device found no Particle module in what it was sent.</source>
        <translation>デバイスは送られたデータの中に Particle モジュールを見つけられませんでした。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="295"/>
        <source>Check that the file is a Device OS module binary, not a zip or an ELF file, then try again.</source>
        <translation>ファイルが zip や ELF ではなく Device OS のモジュールバイナリであることを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="299"/>
        <source>The device does not take this kind of module over USB.</source>
        <translation>デバイスはこの種類のモジュールを USB で受け付けません。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="300"/>
        <source>Restore this module over DFU instead.</source>
        <translation>このモジュールは代わりに DFU で復元してください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="302"/>
        <source>The device refused the module: it failed its validation.</source>
        <translation>デバイスはモジュールを拒否しました。検証に失敗しました。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="303"/>
        <source>Check that the file is a module for this device and its Device OS, then try again.</source>
        <translation>ファイルがこのデバイスとその Device OS 用のモジュールであることを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="308"/>
        <source>The device refused the module: its CRC does not match (the file or the transfer is damaged).</source>
        <translation>デバイスはモジュールを拒否しました。CRC が一致しません（ファイルまたは転送が壊れています）。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="310"/>
        <source>Open the release binaries again and retry; use another cable if it happens again.</source>
        <translation>リリースのバイナリを開き直して再試行してください。再発する場合は別のケーブルを使ってください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="315"/>
        <source>The device refused the module: a module it depends on is missing or too old, or an installed module needs a newer version of it.</source>
        <translation>デバイスはモジュールを拒否しました。依存するモジュールがないか古すぎる、またはインストール済みのモジュールがそのより新しいバージョンを必要としています。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="317"/>
        <source>Send the module it depends on first (for Gen 3 system parts: the bootloader), or restore over DFU.</source>
        <translation>依存するモジュール（Gen 3 のシステムパートではブートローダー）を先に送るか、DFU で復元してください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="322"/>
        <source>The device refused the module: its addresses do not fit any of the device&apos;s module slots.</source>
        <translation>デバイスはモジュールを拒否しました。アドレスがデバイスのどのモジュールスロットにも収まりません。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="324"/>
        <source>Check that the module is built for this device and its Device OS layout.</source>
        <translation>モジュールがこのデバイスとその Device OS のメモリ配置向けにビルドされていることを確認してください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="328"/>
        <source>The device refused the module: it is built for another platform.</source>
        <translation>デバイスはモジュールを拒否しました。別のプラットフォーム向けにビルドされています。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="329"/>
        <source>Use the binary built for this device&apos;s platform.</source>
        <translation>このデバイスのプラットフォーム向けにビルドされたバイナリを使ってください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="331"/>
        <source>The device refused the module: its format is not one it reads.</source>
        <translation>デバイスはモジュールを拒否しました。その形式を読めません。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="332"/>
        <source>Use a module built for this Device OS release.</source>
        <translation>この Device OS リリース向けにビルドされたモジュールを使ってください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="392"/>
        <source>Check that the file is a complete module built for this device and this Device OS, then try again; nothing was installed.</source>
        <translation>ファイルがこのデバイスとこの Device OS 向けにビルドされた完全なモジュールであることを確認してから、もう一度お試しください。何もインストールされていません。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="396"/>
        <source>The device could not write the update to its flash.</source>
        <translation>デバイスは更新をフラッシュに書き込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="397"/>
        <source>Reset the device and try again; if it repeats, its flash may be worn.</source>
        <translation>デバイスをリセットして、もう一度お試しください。繰り返す場合、フラッシュが劣化している可能性があります。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="399"/>
        <source>The device refused a piece of the update: it was empty or ran past the size announced at the start, and the device cancelled the update.</source>
        <translation>デバイスは更新の一部を拒否しました。空であったか、開始時に通知したサイズを超えていたため、デバイスは更新を取り消しました。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="401"/>
        <source>Start the update again; if it repeats, this is a bug in Device Restore, please report it.</source>
        <translation>更新をもう一度開始してください。繰り返す場合は Device Restore の不具合ですので、報告してください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="404"/>
        <source>The update is too large for the device&apos;s update area.</source>
        <translation>更新がデバイスの更新領域に対して大きすぎます。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="406"/>
        <source>The device has firmware updates disabled.</source>
        <translation>デバイスのファームウェア更新が無効になっています。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="407"/>
        <source>Enable updates in the device&apos;s application (System.enableUpdates()), or restore it in DFU mode.</source>
        <translation>デバイスのアプリケーションで更新を有効にする (System.enableUpdates()) か、DFU モードで復元してください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="429"/>
        <source>The device&apos;s Device OS does not support this request.</source>
        <translation>デバイスの Device OS はこのリクエストに対応していません。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="435"/>
        <source>The device does not allow this request now.</source>
        <translation>現在、デバイスはこのリクエストを受け付けていません。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="442"/>
        <source>The device is protected (Device Protection) and refused the request.</source>
        <translation>デバイスは保護されているため（Device Protection）、リクエストを拒否しました。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="447"/>
        <source>The device took too long to process the request.</source>
        <translation>デバイスでのリクエストの処理に時間がかかりすぎました。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="457"/>
        <source>The device rejected the data it was sent.</source>
        <translation>デバイスが送信されたデータを拒否しました。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="461"/>
        <source>The device could not carry out the request.</source>
        <translation>デバイスがリクエストを実行できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="430"/>
        <source>Put the device into DFU mode by hand (hold MODE, tap RESET, release at blinking yellow) and continue there.</source>
        <translation>手動でデバイスを DFU モードにして（MODE を押したまま RESET を軽く押し、黄色に点滅したら離します）、DFU モードで続行してください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="199"/>
        <source>The device refused %1 (errVENDOR): it has Device Protection on.</source>
        <translation>デバイスは %1 を拒否しました (errVENDOR)。Device Protection が有効です。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="200"/>
        <source>Turn Device Protection off for this device (Particle console, or &apos;particle device-protection disable&apos;), then try again.</source>
        <translation>このデバイスの Device Protection を無効にしてから (Particle コンソール、または &apos;particle device-protection disable&apos;)、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="211"/>
        <source>The device&apos;s bootloader could not carry out %1 (errUNKNOWN).</source>
        <translation>デバイスのブートローダーは %1 を実行できませんでした (errUNKNOWN)。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="212"/>
        <source>Reset the device into DFU mode (blinking yellow) and try again; if it fails at the same address again, the flash there may be worn.</source>
        <translation>デバイスを DFU モード (黄色の点滅) でリセットして、もう一度お試しください。同じアドレスで再び失敗する場合、その部分のフラッシュが劣化している可能性があります。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="436"/>
        <source>Put the device in listening mode (hold MODE until blinking dark blue) and try again.</source>
        <translation>デバイスをリスニングモードにしてから（濃い青に点滅するまで MODE を押し続けます）、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="443"/>
        <source>Unprotect the device from the Particle console, or put it in service mode.</source>
        <translation>Particle コンソールでデバイスの保護を解除するか、デバイスをサービスモードにしてください。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="452"/>
        <source>The device was not ready for the request (for an update: it had not received all of it, or no update was started).</source>
        <translation>デバイスはリクエストの準備ができていませんでした (更新の場合: すべてを受信していないか、更新が開始されていません)。</translation>
    </message>
    <message>
        <location filename="../core/usb/usberror.cpp" line="458"/>
        <source>Check that the file is a valid module for this device.</source>
        <translation>ファイルがこのデバイス用の有効なモジュールであることを確認してください。</translation>
    </message>
</context>
<context>
    <name>dr::YmodemSender</name>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="48"/>
        <source>The transfer has not finished.</source>
        <translation>転送が完了していません。</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="57"/>
        <source>The file to send is empty.</source>
        <translation>送信するファイルが空です。</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="58"/>
        <source>Choose a module binary (.bin) and try again.</source>
        <translation>モジュールのバイナリ（.bin）を選択して、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="115"/>
        <source>The device did not accept %1 after %2 attempts.</source>
        <translation>%2 回試行しましたが、デバイスは %1 を受け付けませんでした。</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="116"/>
        <source>Check the USB cable and port (avoid hubs), put the device back in listening mode (blinking dark blue) and try again.</source>
        <translation>USB ケーブルとポートを確認し（ハブは避けてください）、デバイスを再びリスニングモード（濃い青の点滅）にして、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="214"/>
        <location filename="../core/serial/ymodemsender.cpp" line="328"/>
        <source>the file header</source>
        <translation>ファイルヘッダー</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="243"/>
        <location filename="../core/serial/ymodemsender.cpp" line="249"/>
        <location filename="../core/serial/ymodemsender.cpp" line="335"/>
        <source>block %1</source>
        <translation>ブロック %1</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="265"/>
        <location filename="../core/serial/ymodemsender.cpp" line="340"/>
        <source>the end of the file</source>
        <translation>ファイルの終端</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="278"/>
        <source>the end of the session</source>
        <translation>セッションの終了</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="294"/>
        <location filename="../core/serial/ymodemsender.cpp" line="356"/>
        <location filename="../core/serial/ymodemsender.cpp" line="445"/>
        <source>The transfer was cancelled.</source>
        <translation>転送はキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="295"/>
        <location filename="../core/serial/ymodemsender.cpp" line="446"/>
        <source>The device keeps its installed modules; nothing was applied.</source>
        <translation>デバイスにインストール済みのモジュールはそのままです。何も適用されていません。</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="324"/>
        <source>The device did not start a YModem transfer within %1 s.</source>
        <translation>%1 秒以内にデバイスが YModem 転送を開始しませんでした。</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="325"/>
        <source>Put the device in listening mode (hold MODE until it blinks dark blue) and try again.</source>
        <translation>デバイスをリスニングモードにしてから（濃い青に点滅するまで MODE を押し続けます）、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="330"/>
        <source>block 1</source>
        <translation>ブロック 1</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="345"/>
        <source>The device did not confirm the file within %1 s of the end of the transfer.</source>
        <translation>転送終了後 %1 秒以内に、デバイスがファイルの受信を確認しませんでした。</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="347"/>
        <source>Reset the device, inspect it, and send the file again if it is not installed.</source>
        <translation>デバイスをリセットして検査し、ファイルがインストールされていなければ、もう一度送信してください。</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="357"/>
        <source>The device keeps its installed modules; nothing was applied. Reset it if it still blinks dark blue.</source>
        <translation>デバイスにインストール済みのモジュールはそのままです。何も適用されていません。まだ濃い青に点滅している場合は、リセットしてください。</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="428"/>
        <source>This device&apos;s Device OS (6.0 or later) no longer accepts files over serial (YModem).</source>
        <translation>このデバイスの Device OS（6.0 以降）は、シリアル経由（YModem）のファイルを受け付けなくなりました。</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="429"/>
        <source>Flash it over USB control requests or DFU instead.</source>
        <translation>代わりに、USB 制御リクエストまたは DFU で書き込んでください。</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="432"/>
        <source>The device has no room for a file of %1 bytes.</source>
        <translation>デバイスに %1 バイトのファイルを格納する空きがありません。</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="433"/>
        <source>Check that the file is a module for this platform.</source>
        <translation>ファイルがこのプラットフォーム用のモジュールであることを確認してください。</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="436"/>
        <source>The device rejected the file after receiving it: %1</source>
        <translation>デバイスはファイルを受信した後で拒否しました: %1</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="437"/>
        <source>Check that the file is an intact module for this platform and that its dependencies are installed first.</source>
        <translation>ファイルがこのプラットフォーム用の破損していないモジュールであること、および依存するモジュールが先にインストールされていることを確認してください。</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="442"/>
        <source>The device could not write the file to its flash.</source>
        <translation>デバイスがファイルをフラッシュに書き込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="443"/>
        <source>Reset the device and try again; if it fails again, restore it over DFU.</source>
        <translation>デバイスをリセットして、もう一度お試しください。再び失敗する場合は、DFU で復元してください。</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="448"/>
        <source>The device cancelled the transfer.</source>
        <translation>デバイスが転送をキャンセルしました。</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="449"/>
        <source>The device cancelled the transfer: %1</source>
        <translation>デバイスが転送をキャンセルしました: %1</translation>
    </message>
    <message>
        <location filename="../core/serial/ymodemsender.cpp" line="450"/>
        <source>Put the device back in listening mode (blinking dark blue) and try again.</source>
        <translation>デバイスを再びリスニングモード（濃い青の点滅）にして、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>dr::ui::DeviceLine</name>
    <message>
        <location filename="../ui/pages/pagecommon.cpp" line="27"/>
        <source>Unknown platform</source>
        <translation>不明なプラットフォーム</translation>
    </message>
    <message>
        <location filename="../ui/pages/pagecommon.cpp" line="28"/>
        <source>DFU mode (blinking yellow)</source>
        <translation>DFU モード（黄色の点滅）</translation>
    </message>
    <message>
        <location filename="../ui/pages/pagecommon.cpp" line="29"/>
        <source>running</source>
        <translation>通常動作中</translation>
    </message>
    <message>
        <location filename="../ui/pages/pagecommon.cpp" line="32"/>
        <source>%1 · %2 · ID %3 · USB port %4</source>
        <comment>platform, mode, device ID, USB port</comment>
        <translation>%1 · %2 · ID %3 · USB ポート %4</translation>
    </message>
    <message>
        <location filename="../ui/pages/pagecommon.cpp" line="34"/>
        <source>%1 · %2 · Device OS %3 · ID %4 · USB port %5</source>
        <comment>platform, mode, Device OS version, device ID, USB port</comment>
        <translation>%1 · %2 · Device OS %3 · ID %4 · USB ポート %5</translation>
    </message>
</context>
<context>
    <name>dr::ui::DevicePage</name>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="25"/>
        <source>Which device?</source>
        <translation>デバイスを選択</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="26"/>
        <source>Choose the device to restore. The list follows what is plugged in.</source>
        <translation>復元するデバイスを選択してください。一覧は接続状況に合わせて更新されます。</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="29"/>
        <source>Attached devices</source>
        <translation>接続されているデバイス</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="30"/>
        <source>The Particle devices attached to this computer, with platform, mode, Device OS, device ID and USB port. Choose the one to restore.</source>
        <translation>このコンピューターに接続されている Particle デバイスです（プラットフォーム、モード、Device OS、デバイス ID、USB ポート）。復元するデバイスを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="32"/>
        <source>No Particle device is attached.

Plug the device into this computer with a USB data cable (charge-only cables do not work). If it is attached and does not appear, hold MODE, tap RESET and keep holding MODE until the LED blinks yellow (DFU mode).</source>
        <translation>Particle デバイスが接続されていません。

データ通信対応の USB ケーブルでデバイスをこのコンピューターに接続してください（充電専用ケーブルでは動作しません）。接続しても表示されない場合は、MODE を押したまま RESET を軽く押し、LED が黄色に点滅する（DFU モード）まで MODE を押し続けてください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="45"/>
        <source>Check this computer…</source>
        <translation>このコンピューターを確認…</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="47"/>
        <source>Find out what stops this computer from opening the device, and fix it</source>
        <translation>このコンピューターがデバイスを開けない原因を調べて修正します</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="58"/>
        <source>&amp;Inspect modules</source>
        <translation>モジュールを検査(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="60"/>
        <source>Inspect modules</source>
        <translation>モジュールを検査</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="61"/>
        <source>Read the modules on the selected device and show them with their checks</source>
        <translation>選択したデバイスのモジュールを読み取り、チェック結果とともに表示します</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="68"/>
        <source>Device in listening mode that is not listed</source>
        <translation>一覧にないリスニングモードのデバイス</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="69"/>
        <source>A device in listening mode blinks dark blue. If it is not in the list above, or its modules cannot be read over USB, enter its serial port and inspect it over serial.</source>
        <translation>リスニングモードのデバイスは濃い青に点滅します。上の一覧にない場合や、USB 経由でモジュールを読み取れない場合は、シリアルポートを入力して、シリアル経由で検査してください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="81"/>
        <source>Serial port</source>
        <translation>シリアルポート</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="82"/>
        <source>The path or name of the device&apos;s serial port, for example %1</source>
        <translation>デバイスのシリアルポートのパスまたは名前（例: %1）</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="84"/>
        <source>Serial &amp;port:</source>
        <translation>シリアルポート(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="86"/>
        <location filename="../ui/pages/devicepage.cpp" line="363"/>
        <source>Inspect over &amp;serial</source>
        <translation>シリアル経由で検査(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="88"/>
        <location filename="../ui/pages/devicepage.cpp" line="364"/>
        <source>Inspect over serial</source>
        <translation>シリアル経由で検査</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="89"/>
        <source>Ask the device on this serial port for its ID and modules</source>
        <translation>このシリアルポートのデバイスに、ID とモジュールを問い合わせます</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="137"/>
        <source>The device&apos;s modules were read over DFU: only what is out of date will be written.</source>
        <translation>デバイスのモジュールを DFU で読み出しました。古いものだけが書き込まれます。</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="139"/>
        <source>The device&apos;s modules were read.</source>
        <translation>デバイスのモジュールを読み取りました。</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="148"/>
        <location filename="../ui/pages/devicepage.cpp" line="325"/>
        <location filename="../ui/pages/devicepage.cpp" line="338"/>
        <source>Modules on device %1</source>
        <translation>デバイス %1 のモジュール</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="156"/>
        <source>The modules could not be read over USB; the plan uses what the device said over %1.</source>
        <translation>USB 経由ではモジュールを読み取れませんでした。プランには、デバイスが %1 経由で報告した内容を使用します。</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="159"/>
        <source>Could not read the modules: %1 The restore will write every module.</source>
        <translation>モジュールを読み取れませんでした: %1 復元ではすべてのモジュールを書き込みます。</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="168"/>
        <source>Reading the device&apos;s modules over DFU… %1%</source>
        <translation>DFU でデバイスのモジュールを読み出しています… %1%</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="277"/>
        <source>Waiting for device %1 to appear again…</source>
        <translation>デバイス %1 が再び現れるのを待っています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/devicepage.cpp" line="279"/>
        <source>%n devices are attached: choose the one to restore.</source>
        <translation>
            <numerusform>%n 台のデバイスが接続されています。復元するデバイスを選択してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="293"/>
        <source>This is a %1, but you chose the %2. Go back to change the platform, or choose another device.</source>
        <translation>このデバイスは %1 ですが、%2 が選択されています。前のページに戻ってプラットフォームを変更するか、別のデバイスを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="295"/>
        <source>device of unknown platform</source>
        <translation>不明なプラットフォームのデバイス</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="300"/>
        <location filename="../ui/pages/devicepage.cpp" line="329"/>
        <source>Reading the device&apos;s modules…</source>
        <translation>デバイスのモジュールを読み取っています…</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="307"/>
        <source>The device is in DFU mode: reading its modules over DFU (it listed them over %1 before)…</source>
        <translation>デバイスは DFU モードです。モジュールを DFU で読み出しています(以前は %1 で一覧を取得しました)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="310"/>
        <source>The device is in DFU mode: reading its modules over DFU…</source>
        <translation>デバイスは DFU モードです。モジュールを DFU で読み出しています…</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="328"/>
        <source>Reading the device&apos;s modules over DFU…</source>
        <translation>DFU でデバイスのモジュールを読み出しています…</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="337"/>
        <source>Modules on device %1, read over DFU (checked by Device Restore)</source>
        <translation>デバイス %1 のモジュール(DFU で読み出し、Device Restore がチェック)</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="363"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="364"/>
        <source>Stop inspecting</source>
        <translation>検査を停止</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="372"/>
        <source>Stopping…</source>
        <translation>停止しています…</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="378"/>
        <source>Enter the serial port of the device first, for example %1.</source>
        <translation>先にデバイスのシリアルポートを入力してください（例: %1）。</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="384"/>
        <source>Asking the device on %1…</source>
        <translation>%1 のデバイスに問い合わせています…</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="397"/>
        <source>Modules on device %1 (serial port %2)</source>
        <translation>デバイス %1 のモジュール（シリアルポート %2）</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="401"/>
        <source>Device %1 answered on %2.</source>
        <translation>デバイス %1 が %2 で応答しました。</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="403"/>
        <source>Device %1 on %2 is a %3, but you chose the %4. Go back to change the platform.</source>
        <translation>%2 のデバイス %1 は %3 ですが、%4 が選択されています。前のページに戻ってプラットフォームを変更してください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="411"/>
        <source>It is not in the list of USB devices, so it cannot be restored from here yet. Hold MODE, tap RESET and keep holding MODE until the LED blinks yellow (DFU mode): the device then appears in the list.</source>
        <translation>このデバイスは USB デバイスの一覧にないため、まだここから復元できません。MODE を押したまま RESET を軽く押し、LED が黄色に点滅する（DFU モード）まで MODE を押し続けてください。デバイスが一覧に表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="420"/>
        <source>The plan uses the modules the device listed over %1.</source>
        <translation>プランには、デバイスが %1 経由で報告したモジュールを使用します。</translation>
    </message>
    <message>
        <location filename="../ui/pages/devicepage.cpp" line="434"/>
        <source>Could not inspect the device on %1.</source>
        <translation>%1 のデバイスを検査できませんでした。</translation>
    </message>
</context>
<context>
    <name>dr::ui::DoctorDialog</name>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="44"/>
        <source>Check this computer</source>
        <translation>このコンピューターを確認</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="59"/>
        <source>Findings</source>
        <translation>確認結果</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="68"/>
        <source>What the fix writes</source>
        <translation>修正で書き込まれる内容</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="70"/>
        <source>&amp;Install</source>
        <translation>インストール(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="72"/>
        <location filename="../ui/dialogs/doctordialog.cpp" line="214"/>
        <source>Do &amp;not install</source>
        <translation>インストールしない(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="88"/>
        <source>Check &amp;again</source>
        <translation>もう一度確認(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="96"/>
        <source>Installing; the system may ask for your password…</source>
        <translation>インストール中です。システムがパスワードを求めることがあります…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="124"/>
        <source>Checking this computer…</source>
        <translation>このコンピューターを確認しています…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="150"/>
        <source>Nothing on this computer stops it from restoring Particle devices.</source>
        <translation>このコンピューターで Particle デバイスの復元を妨げるものはありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/doctordialog.cpp" line="151"/>
        <source>%n thing(s) on this computer need attention.</source>
        <translation>
            <numerusform>このコンピューターで %n 件の対処が必要です。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="169"/>
        <source>What to do: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="197"/>
        <source>This writes the rule below to %1 with administrator rights (the system asks for your password), makes udev read it, and then asks you to plug the device in again.</source>
        <translation>下のルールを管理者権限で %1 に書き込み (システムがパスワードを求めます)、udev に読み込ませてから、デバイスを差し直すようお願いします。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/doctordialog.cpp" line="214"/>
        <source>&amp;Hide</source>
        <translation>隠す(&amp;H)</translation>
    </message>
</context>
<context>
    <name>dr::ui::DownloadPanel</name>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="21"/>
        <source>Download progress</source>
        <translation>ダウンロードの進行状況</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="25"/>
        <source>Stop the down&amp;load</source>
        <translation>ダウンロードを中止(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="27"/>
        <source>Stop the download</source>
        <translation>ダウンロードを中止</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="28"/>
        <source>Stops downloading; nothing of this download is kept</source>
        <translation>ダウンロードを中止します。ダウンロードした内容は何も保存されません</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="45"/>
        <source>Stopping the download…</source>
        <translation>ダウンロードを中止しています…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="58"/>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="85"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="88"/>
        <source>%1/s</source>
        <comment>download rate</comment>
        <translation>%1/秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/downloadpanel.cpp" line="91"/>
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>残り約 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/downloadpanel.cpp" line="92"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>残り約 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="95"/>
        <source>file %1 of %2</source>
        <translation>ファイル %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="112"/>
        <source>Download stopped. Nothing of it was kept; choose Next to start it again.</source>
        <translation>ダウンロードを中止しました。何も保存されていません。もう一度始めるには「次へ」を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/downloadpanel.cpp" line="113"/>
        <source>Download failed: %1</source>
        <translation>ダウンロードに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::ModuleDescription</name>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="16"/>
        <source>Bootloader</source>
        <translation>ブートローダー</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="18"/>
        <source>Prebootloader (MBR)</source>
        <translation>プリブートローダー（MBR）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="20"/>
        <source>Prebootloader part 1</source>
        <translation>プリブートローダーパート 1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="22"/>
        <source>Bootloader part %1</source>
        <translation>ブートローダーパート %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="25"/>
        <source>System part %1</source>
        <translation>システムパート %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="27"/>
        <source>User firmware</source>
        <translation>ユーザーファームウェア</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="29"/>
        <source>SoftDevice (radio stack)</source>
        <translation>SoftDevice（無線スタック）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="31"/>
        <source>NCP firmware (network co-processor)</source>
        <translation>NCP ファームウェア（ネットワークコプロセッサ）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="33"/>
        <source>Monolithic firmware</source>
        <translation>モノリシックファームウェア</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="35"/>
        <source>Resource %1</source>
        <translation>リソース %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="37"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="39"/>
        <source>Asset %1</source>
        <translation>アセット %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="43"/>
        <location filename="../ui/widgets/moduledescription.cpp" line="52"/>
        <source>Module (function %1, index %2)</source>
        <translation>モジュール（機能 %1、インデックス %2）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduledescription.cpp" line="49"/>
        <source>(empty slot)</source>
        <translation>（空のスロット）</translation>
    </message>
</context>
<context>
    <name>dr::ui::ModuleTable</name>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="13"/>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="13"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="13"/>
        <source>Integrity</source>
        <translation>整合性</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="13"/>
        <source>Address range</source>
        <translation>アドレス範囲</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="13"/>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="14"/>
        <source>Dependencies</source>
        <translation>依存関係</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="14"/>
        <source>Needs</source>
        <translation>必要条件</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="18"/>
        <source>Modules on the device</source>
        <translation>デバイス上のモジュール</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="19"/>
        <source>Each module with its version and the device&apos;s four checks.</source>
        <translation>各モジュールのバージョンと、デバイスによる 4 つのチェックの結果です。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="39"/>
        <source>written, not yet confirmed</source>
        <translation>書き込み済み、未確認</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="68"/>
        <source>cleared, not yet confirmed</source>
        <translation>消去済み、未確認</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="70"/>
        <source>%1 (%2), written, not yet confirmed</source>
        <translation>%1 (%2)、書き込み済み、未確認</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="72"/>
        <source>%1, written, not yet confirmed</source>
        <translation>%1、書き込み済み、未確認</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="77"/>
        <source>The restore wrote this module; the device has not been read since (it is in DFU mode or restarting), so its checks are not known yet.</source>
        <translation>復元でこのモジュールを書き込みましたが、その後デバイスはまだ読み取られていないため（DFU モード中または再起動中）、チェック結果はまだわかりません。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="81"/>
        <source>not yet confirmed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="118"/>
        <source>not reported</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="119"/>
        <source>not checked</source>
        <translation>未チェック</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="124"/>
        <source>Not reported by the device: its module table over USB does not include this check.</source>
        <translation>デバイスから報告されていません。USB 経由で取得するデバイスのモジュールテーブルには、このチェックは含まれていません。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="147"/>
        <source>Not read over DFU: %1</source>
        <translation>DFU で読み出せません: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="120"/>
        <source>not checked by the device</source>
        <translation>デバイスで未チェック</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="116"/>
        <source>PASS</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../ui/widgets/moduletable.cpp" line="117"/>
        <source>FAIL</source>
        <translation>不合格</translation>
    </message>
</context>
<context>
    <name>dr::ui::PlanPage</name>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="17"/>
        <source>The plan</source>
        <translation>復元プラン</translation>
    </message>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="18"/>
        <source>Every step, in order. Nothing has been written yet.</source>
        <translation>すべてのステップを順番に示します。まだ何も書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="21"/>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="23"/>
        <source>Go &amp;ahead despite Particle&apos;s recommendations</source>
        <translation>Particle の推奨に反しても続行する(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="60"/>
        <source>Check device %1 &amp;without writing anything</source>
        <translation>何も書き込まずにデバイス %1 をチェックする(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="61"/>
        <source>Check device %1 without writing anything</source>
        <comment>accessible name</comment>
        <translation>何も書き込まずにデバイス %1 をチェックする</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/planpage.cpp" line="65"/>
        <source>Write %n module(s) to device %1</source>
        <comment>accessible name</comment>
        <translation>
            <numerusform>%n 個のモジュールをデバイス %1 に書き込む</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="25"/>
        <source>Go ahead despite Particle&apos;s recommendations</source>
        <translation>Particle の推奨に反しても続行する</translation>
    </message>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="26"/>
        <source>Allows the steps marked as needing your confirmation</source>
        <translation>確認が必要と示されたステップを許可します</translation>
    </message>
    <message>
        <location filename="../ui/pages/planpage.cpp" line="29"/>
        <source>Confirms that the listed modules may be written to this device</source>
        <translation>一覧のモジュールをこのデバイスに書き込んでよいことを確認します</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/planpage.cpp" line="63"/>
        <source>&amp;Write %n module(s) to device %1</source>
        <translation>
            <numerusform>%n 個のモジュールをデバイス %1 に書き込む(&amp;W)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dr::ui::PlanView</name>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="37"/>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="37"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="37"/>
        <source>After</source>
        <translation>復元後</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="37"/>
        <source>How</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="37"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="37"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="43"/>
        <source>Restore steps</source>
        <translation>復元のステップ</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="44"/>
        <source>Every step of the restore in order: module, version now and after, how it is sent, its size and why.</source>
        <translation>復元のすべてのステップを順番に示します（モジュール、現在と復元後のバージョン、送信方法、サイズ、理由）。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="49"/>
        <source>Plan notes</source>
        <translation>プランに関するメッセージ</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="50"/>
        <source>Refusals, warnings and notes about this restore.</source>
        <translation>この復元に関する拒否、警告、情報です。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="76"/>
        <source>%1: Device OS %2 → %3.</source>
        <translation>%1: Device OS %2 → %3。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="78"/>
        <source>%1: Device OS unknown → %2.</source>
        <translation>%1: Device OS 不明 → %2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/planview.cpp" line="84"/>
        <source>%n write(s), %1 in all.</source>
        <translation>
            <numerusform>%n 件の書き込み、合計 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/planview.cpp" line="87"/>
        <source>The restore runs in %n stage(s).</source>
        <translation>
            <numerusform>復元は %n 段階で実行されます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="131"/>
        <source>Needs your confirmation: %1</source>
        <translation>確認が必要: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="131"/>
        <source>Refused: %1</source>
        <translation>拒否: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="134"/>
        <source>Confirmed: %1</source>
        <translation>確認済み: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="134"/>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="137"/>
        <source>Note: %1</source>
        <translation>情報: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="80"/>
        <source>Refused: nothing will be written.</source>
        <translation>拒否: 何も書き込みません。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="82"/>
        <source>Nothing to write: the device is already there.</source>
        <translation>書き込むものはありません。デバイスはすでにこの状態です。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="97"/>
        <source>Wait</source>
        <translation>待機</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="97"/>
        <source>you confirm</source>
        <translation>ユーザーによる確認</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="101"/>
        <source>DFU</source>
        <translation>DFU</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="102"/>
        <source>%1 (running)</source>
        <translation>%1（通常動作中）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planview.cpp" line="103"/>
        <source>erased</source>
        <translation>消去済み</translation>
    </message>
</context>
<context>
    <name>dr::ui::PlatformList</name>
    <message>
        <location filename="../ui/widgets/platformlist.cpp" line="12"/>
        <source>Platforms</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../ui/widgets/platformlist.cpp" line="13"/>
        <source>The kinds of Particle device; choose the one you want to restore.</source>
        <translation>Particle デバイスの種類です。復元したいものを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/platformlist.cpp" line="75"/>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <location filename="../ui/widgets/platformlist.cpp" line="77"/>
        <source>cellular</source>
        <translation>セルラー</translation>
    </message>
    <message>
        <location filename="../ui/widgets/platformlist.cpp" line="79"/>
        <source>Wi-Fi and cellular</source>
        <translation>Wi-Fi とセルラー</translation>
    </message>
    <message>
        <location filename="../ui/widgets/platformlist.cpp" line="81"/>
        <source>mesh</source>
        <translation>メッシュ</translation>
    </message>
    <message>
        <location filename="../ui/widgets/platformlist.cpp" line="106"/>
        <source>Gen %1</source>
        <translation>第 %1 世代</translation>
    </message>
    <message>
        <location filename="../ui/widgets/platformlist.cpp" line="115"/>
        <source>Not supported: %1</source>
        <translation>サポート対象外: %1</translation>
    </message>
</context>
<context>
    <name>dr::ui::PlatformPage</name>
    <message>
        <location filename="../ui/pages/platformpage.cpp" line="18"/>
        <source>Which kind of device?</source>
        <translation>デバイスの種類を選択</translation>
    </message>
    <message>
        <location filename="../ui/pages/platformpage.cpp" line="19"/>
        <source>Choose the Particle platform to restore. Platforms this tool cannot restore are shown greyed out with the reason.</source>
        <translation>復元する Particle プラットフォームを選択してください。このツールで復元できないプラットフォームは、理由とともにグレー表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/pages/platformpage.cpp" line="25"/>
        <source>Restore &amp;many devices…</source>
        <translation>多数のデバイスを復元(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/platformpage.cpp" line="27"/>
        <source>Restore many devices</source>
        <translation>多数のデバイスを復元</translation>
    </message>
    <message>
        <location filename="../ui/pages/platformpage.cpp" line="28"/>
        <source>Open the restore station: choose a recipe, and every device plugged in gets it, several at once</source>
        <translation>復元ステーションを開きます。レシピを選ぶと、接続したすべてのデバイスに同時に適用されます</translation>
    </message>
</context>
<context>
    <name>dr::ui::RecipeEditor</name>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="31"/>
        <source>Restore many devices</source>
        <translation>多数のデバイスを復元</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="32"/>
        <source>Every device plugged in at the station gets this recipe. Save it under a name to use it again.</source>
        <translation>ステーションに接続したすべてのデバイスにこのレシピが適用されます。名前を付けて保存すると再利用できます。</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="38"/>
        <source>Saved recipes</source>
        <translation>保存したレシピ</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="39"/>
        <source>Choose a saved recipe to fill in the form with it</source>
        <translation>保存したレシピを選ぶと、その内容がフォームに入ります</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="42"/>
        <source>Recipe name</source>
        <translation>レシピ名</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="43"/>
        <source>For example: Borons for customer returns</source>
        <translation>例: 返品された Boron</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="47"/>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="48"/>
        <source>Devices of other platforms are shown and left alone</source>
        <translation>他のプラットフォームのデバイスは表示されますが、何もしません</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="49"/>
        <source>Any supported platform</source>
        <translation>サポートされている任意のプラットフォーム</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="56"/>
        <source>Target Device OS version</source>
        <translation>目標の Device OS バージョン</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="60"/>
        <source>User firmware after the restore</source>
        <translation>復元後のユーザーファームウェア</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="61"/>
        <source>Tinker</source>
        <translation>Tinker</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="62"/>
        <source>Keep the device&apos;s application</source>
        <translation>デバイスのアプリケーションを保持</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="63"/>
        <source>A firmware file</source>
        <translation>ファームウェアファイル</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="66"/>
        <source>User firmware file</source>
        <translation>ユーザーファームウェアのファイル</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="67"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="69"/>
        <source>Choose the user firmware file</source>
        <translation>ユーザーファームウェアのファイルを選択</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="74"/>
        <source>Also update the &amp;radio (NCP) firmware where the target needs it</source>
        <translation>目標が必要とする場合は無線 (NCP) ファームウェアも更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="76"/>
        <source>Update the radio firmware</source>
        <translation>無線ファームウェアを更新</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="80"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="81"/>
        <source>Tick the models to restore; none ticked means every model</source>
        <translation>復元するモデルにチェックを入れます。チェックがなければすべてのモデルが対象です</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="84"/>
        <source>&amp;Leave alone models that need a newer Device OS than the target</source>
        <translation>目標より新しい Device OS が必要なモデルには何もしない(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="86"/>
        <source>Leave alone models that need a newer Device OS</source>
        <translation>新しい Device OS が必要なモデルには何もしない</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="88"/>
        <source>When a device is plugged in</source>
        <translation>デバイスを接続したとき</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="89"/>
        <source>Restore it &amp;at once</source>
        <translation>すぐに復元する(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="91"/>
        <source>&amp;Wait until I press Start</source>
        <translation>開始を押すまで待つ(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="96"/>
        <source>Devices restored at the same time</source>
        <translation>同時に復元するデバイス数</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="98"/>
        <source>At most &amp;this many at the same time:</source>
        <translation>同時に復元する最大数(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="109"/>
        <source>Sa&amp;ved recipes:</source>
        <translation>保存したレシピ(&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="110"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="111"/>
        <source>&amp;Platform:</source>
        <translation>プラットフォーム(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="112"/>
        <source>&amp;Device OS:</source>
        <translation>Device OS(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="113"/>
        <source>&amp;User firmware:</source>
        <translation>ユーザーファームウェア(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="114"/>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="117"/>
        <source>&amp;Models:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="124"/>
        <source>&amp;Save recipe</source>
        <translation>レシピを保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="126"/>
        <source>Keep this recipe under its name</source>
        <translation>このレシピをその名前で保存します</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="127"/>
        <source>R&amp;emove recipe</source>
        <translation>レシピを削除(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="129"/>
        <source>Forget the saved recipe of this name</source>
        <translation>この名前で保存したレシピを削除します</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="133"/>
        <source>&amp;Open the station</source>
        <translation>ステーションを開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="135"/>
        <source>Open the restore station with this recipe</source>
        <translation>このレシピで復元ステーションを開きます</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="171"/>
        <source>User firmware</source>
        <translation>ユーザーファームウェア</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="171"/>
        <source>Firmware (*.bin)</source>
        <translation>ファームウェア (*.bin)</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="206"/>
        <source>None saved yet</source>
        <translation>まだ保存されていません</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="269"/>
        <source>Give the recipe a name.</source>
        <translation>レシピに名前を付けてください。</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="271"/>
        <source>Choose the user firmware file, or another user firmware.</source>
        <translation>ユーザーファームウェアのファイルを選ぶか、別のユーザーファームウェアを選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="297"/>
        <source>Particle&apos;s recommended version for each platform</source>
        <translation>各プラットフォームの Particle 推奨バージョン</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="298"/>
        <source>Particle&apos;s recommended version</source>
        <translation>Particle 推奨バージョン</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="300"/>
        <source>The latest release for each platform</source>
        <translation>各プラットフォームの最新リリース</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="300"/>
        <source>The latest release</source>
        <translation>最新リリース</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="327"/>
        <source>Every model of each platform</source>
        <translation>各プラットフォームのすべてのモデル</translation>
    </message>
    <message>
        <location filename="../ui/station/recipeeditor.cpp" line="338"/>
        <source>Needs Device OS %1 or newer</source>
        <translation>Device OS %1 以降が必要</translation>
    </message>
</context>
<context>
    <name>dr::ui::RestorePage</name>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="24"/>
        <source>Restoring</source>
        <translation>復元中</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="25"/>
        <source>Keep the device plugged in. You can cancel at any time; the device stops at a safe point.</source>
        <translation>デバイスは接続したままにしてください。いつでもキャンセルでき、その場合デバイスは安全な時点で停止します。</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="32"/>
        <source>Current instruction</source>
        <translation>現在の指示</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="37"/>
        <source>Progress of this step</source>
        <translation>このステップの進行状況</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="38"/>
        <source>How much of the current module has been sent</source>
        <translation>現在のモジュールの送信済みの割合</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="40"/>
        <source>Overall progress</source>
        <translation>全体の進行状況</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="41"/>
        <source>How much of the whole restore is done</source>
        <translation>復元全体の完了した割合</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="45"/>
        <source>Waiting for the device</source>
        <translation>デバイスを待っています</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="57"/>
        <source>The device&apos;s modules as it reports them, updated while the restore runs</source>
        <translation>デバイスが報告するモジュールです。復元の実行中に更新されます</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="60"/>
        <location filename="../ui/pages/restorepage.cpp" line="77"/>
        <source>Show the &amp;log</source>
        <translation>ログを表示(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="66"/>
        <location filename="../ui/pages/restorepage.cpp" line="78"/>
        <source>Show the log</source>
        <translation>ログを表示</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="67"/>
        <source>Shows or hides every message of the restore, with technical detail</source>
        <translation>復元のすべてのメッセージを、技術的な詳細とともに表示または非表示にします</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="71"/>
        <source>Restore log</source>
        <translation>復元ログ</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="72"/>
        <source>Every message of the restore, oldest first</source>
        <translation>復元のすべてのメッセージ（古い順）</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="77"/>
        <source>Hide the &amp;log</source>
        <translation>ログを隠す(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="78"/>
        <source>Hide the log</source>
        <translation>ログを隠す</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="80"/>
        <source>Cancel &amp;restore</source>
        <translation>復元をキャンセル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="82"/>
        <source>Cancel restore</source>
        <translation>復元をキャンセル</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="83"/>
        <source>Stop at the next safe point; the result page then says what state the device is in</source>
        <translation>次の安全な時点で停止します。その後、結果ページにデバイスの状態が表示されます</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="87"/>
        <source>This step:</source>
        <translation>このステップ:</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="88"/>
        <source>Overall:</source>
        <translation>全体:</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="110"/>
        <source>Stopping at the next safe point…</source>
        <translation>次の安全な時点で停止しています…</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="126"/>
        <source>Step %1 of %2: %3</source>
        <translation>ステップ %1/%2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/restorepage.cpp" line="131"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>残り約 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="155"/>
        <source>Do what the page says, then choose Done.</source>
        <translation>ページの指示に従ってから、「完了」を選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="159"/>
        <source>&amp;Done</source>
        <translation>完了(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="160"/>
        <source>&amp;Stop the restore</source>
        <translation>復元を中止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="206"/>
        <source>The device&apos;s modules are shown here once it runs Device OS again.</source>
        <translation>デバイスが再び Device OS を実行すると、ここにモジュールが表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="207"/>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/restorepage.cpp" line="220"/>
        <source>No bytes have moved for %n second(s). Keep the device plugged in: if the transfer does not go on, it stops with an error that says what to do.</source>
        <translation>
            <numerusform>%n 秒間、データが転送されていません。デバイスを接続したままにしてください。転送が再開しない場合は、対処方法を示すエラーで停止します。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="230"/>
        <source>Still waiting for the device: %1 s so far, at most %2 s. If it does not answer by then, Device Restore tries another way or stops and says what to do.</source>
        <translation>デバイスを待っています（現在 %1 秒、最大 %2 秒）。それまでに応答がない場合、Device Restore は別の方法を試すか、停止して対処方法を示します。</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="265"/>
        <source>Waiting for you</source>
        <translation>ユーザーの操作待ち</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="302"/>
        <source>Waiting for the device to connect to the network</source>
        <translation>デバイスのネットワーク接続を待っています</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="304"/>
        <source>Waiting for the device to start</source>
        <translation>デバイスの起動を待っています</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="306"/>
        <source>Writing %1 (%2)</source>
        <translation>%1 を書き込んでいます（%2）</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="308"/>
        <source>Clearing the former user firmware slot</source>
        <translation>以前のユーザーファームウェアのスロットを消去しています</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="310"/>
        <source>The device is applying %1 and restarting</source>
        <translation>デバイスが %1 を適用して再起動しています</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="319"/>
        <source>Looking for the device. Leave it plugged in.</source>
        <translation>デバイスを探しています。接続したままにしてください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="321"/>
        <source>Putting the device into DFU mode. Its LED will blink yellow.</source>
        <translation>デバイスを DFU モードにしています。LED が黄色に点滅します。</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="323"/>
        <source>Putting the device into listening mode. Leave it plugged in; its LED blinks dark blue.</source>
        <translation>デバイスをリスニングモードにしています。接続したままにしてください。LED は濃い青に点滅します。</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="325"/>
        <source>The device is leaving DFU mode and restarting. Leave it plugged in; the LED changes colour several times.</source>
        <translation>デバイスが DFU モードを終了して再起動しています。接続したままにしてください。LED の色が何度か変わります。</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="328"/>
        <source>The device is installing the update and restarting. Leave it plugged in; the LED may blink magenta, then change colour several times.</source>
        <translation>デバイスが更新をインストールして再起動しています。接続したままにしてください。LED がマゼンタに点滅した後、色が何度か変わることがあります。</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="333"/>
        <source>Sending over the serial port. The LED blinks dark blue. Do not unplug the device.</source>
        <translation>シリアルポート経由で送信しています。LED は濃い青に点滅します。デバイスを取り外さないでください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="334"/>
        <source>Sending the update to the running device. The LED blinks magenta. Do not unplug the device.</source>
        <translation>動作中のデバイスに更新を送信しています。LED はマゼンタに点滅します。デバイスを取り外さないでください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="336"/>
        <source>Writing in DFU mode. The LED blinks yellow. Do not unplug the device.</source>
        <translation>DFU モードで書き込んでいます。LED は黄色に点滅します。デバイスを取り外さないでください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/restorepage.cpp" line="338"/>
        <source>Checking every module on the device.</source>
        <translation>デバイス上のすべてのモジュールをチェックしています。</translation>
    </message>
</context>
<context>
    <name>dr::ui::RestoreWizard</name>
    <message>
        <location filename="../ui/restorewizard.cpp" line="48"/>
        <source>Device Restore (simulated devices)</source>
        <translation>Device Restore（シミュレートされたデバイス）</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="48"/>
        <source>Device Restore</source>
        <translation>Device Restore</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="54"/>
        <source>Settin&amp;gs…</source>
        <translation>設定(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="56"/>
        <source>Check this &amp;computer…</source>
        <translation>このコンピューターを確認(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="67"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="227"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="227"/>
        <source>Go back to the previous page</source>
        <translation>前のページに戻ります</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="228"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="228"/>
        <source>Go on to the next page</source>
        <translation>次のページに進みます</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="229"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="229"/>
        <source>Start writing the plan to the device</source>
        <translation>プランに従ってデバイスへの書き込みを開始します</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="230"/>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="230"/>
        <source>Close Device Restore</source>
        <translation>Device Restore を閉じます</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="231"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="233"/>
        <source>Check this computer</source>
        <translation>このコンピューターを確認</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="234"/>
        <source>Check what stops this computer from reaching Particle devices and their releases, and fix it</source>
        <translation>このコンピューターが Particle デバイスとそのリリースにアクセスできない原因を確認して修正します</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="250"/>
        <source>Stop and close Device Restore</source>
        <translation>中止して Device Restore を閉じます</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="252"/>
        <source>The restore is already stopping at the next safe point; the window stays open</source>
        <translation>復元はすでに次の安全な時点で停止しようとしています。ウィンドウは開いたままです</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="254"/>
        <source>Stop the restore at the next safe point; the window stays open and shows what state the device is in</source>
        <translation>次の安全な時点で復元を中止します。ウィンドウは開いたままで、デバイスの状態が表示されます</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="232"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../ui/restorewizard.cpp" line="232"/>
        <source>Open the settings, such as the interface language</source>
        <translation>表示言語などの設定を開きます</translation>
    </message>
</context>
<context>
    <name>dr::ui::ResultPage</name>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="24"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="25"/>
        <source>What the device itself reports about every module now.</source>
        <translation>デバイス自身が報告した、現在のすべてのモジュールの状態です。</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="37"/>
        <location filename="../ui/pages/resultpage.cpp" line="53"/>
        <source>Show &amp;details</source>
        <translation>詳細を表示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="43"/>
        <location filename="../ui/pages/resultpage.cpp" line="54"/>
        <source>Show details</source>
        <translation>詳細を表示</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="44"/>
        <source>Shows or hides the technical detail of the error, for support</source>
        <translation>サポート用に、エラーの技術的な詳細を表示または非表示にします</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="48"/>
        <source>Technical detail</source>
        <translation>技術的な詳細</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="53"/>
        <source>Hide &amp;details</source>
        <translation>詳細を隠す(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="54"/>
        <source>Hide details</source>
        <translation>詳細を隠す</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="58"/>
        <source>Modules on the device after the restore</source>
        <translation>復元後のデバイス上のモジュール</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="63"/>
        <source>&amp;Save report…</source>
        <translation>レポートを保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="65"/>
        <location filename="../ui/pages/resultpage.cpp" line="104"/>
        <source>Save report</source>
        <translation>レポートを保存</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="66"/>
        <source>Save a text and a JSON file with the device, the plan, every step with its timing, the modules before and after, and any error</source>
        <translation>デバイス、プラン、各ステップとその所要時間、復元前後のモジュール、エラーを、テキストファイルと JSON ファイルに保存します</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="68"/>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="70"/>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="71"/>
        <source>Read the device again and plan the rest of the restore from what it holds now; modules already in place are skipped</source>
        <translation>デバイスをもう一度読み取り、現在の内容をもとに残りの復元をプランします。すでに書き込まれているモジュールはスキップされます</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="73"/>
        <source>Restore &amp;another device</source>
        <translation>別のデバイスを復元(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="75"/>
        <source>Restore another device</source>
        <translation>別のデバイスを復元</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="76"/>
        <source>Choose the next device to restore with the same version</source>
        <translation>同じバージョンで復元する次のデバイスを選択します</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="104"/>
        <source>Report (*.txt)</source>
        <translation>レポート (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="119"/>
        <source>✖ The restore stopped at step %1 of %2: %3 could not be written.</source>
        <translation>✖ 復元はステップ %1/%2 で停止しました。%3 を書き込めませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="124"/>
        <source>✖ The restore stopped at step %1 of %2: the former user firmware could not be cleared.</source>
        <translation>✖ 復元はステップ %1/%2 で停止しました。以前のユーザーファームウェアを消去できませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="127"/>
        <source>✖ The restore stopped at step %1 of %2, while waiting for the device.</source>
        <translation>✖ 復元は、デバイスを待っている間にステップ %1/%2 で停止しました。</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="153"/>
        <source>The report was not saved. %1</source>
        <translation>レポートは保存されませんでした。%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="157"/>
        <source>Report saved as %1 and %2.</source>
        <translation>レポートを %1 と %2 として保存しました。</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="190"/>
        <source>✔ Device %1 already had Device OS %2; every module passes its checks.</source>
        <translation>✔ デバイス %1 はすでに Device OS %2 で、すべてのモジュールがチェックに合格しています。</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="192"/>
        <source>✔ Device %1 now runs Device OS %2; every module passes its checks.</source>
        <translation>✔ デバイス %1 は Device OS %2 で動作しており、すべてのモジュールがチェックに合格しています。</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="195"/>
        <source>✖ The restore was cancelled.</source>
        <translation>✖ 復元はキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="219"/>
        <source>The device&apos;s modules were not read after the restore stopped.</source>
        <translation>復元の停止後、デバイスのモジュールは読み取られていません。</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="131"/>
        <source>✖ The restore failed: %1</source>
        <translation>✖ 復元に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="210"/>
        <source>Error code: %1</source>
        <translation>エラーコード: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultpage.cpp" line="218"/>
        <source>The device&apos;s modules could not be read after the restore.</source>
        <translation>復元後、デバイスのモジュールを読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>dr::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="52"/>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="53"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="54"/>
        <source>Settings of Device Restore</source>
        <translation>Device Restore の設定</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="58"/>
        <source>Interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="59"/>
        <source>The language of the program&apos;s windows. It changes the next time Device Restore starts.</source>
        <translation>プログラムのウィンドウに表示する言語です。次回 Device Restore を起動したときに変更されます。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="62"/>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="72"/>
        <source>Keep these settings</source>
        <translation>この設定を保存します</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="73"/>
        <source>Close without changing the settings</source>
        <translation>設定を変更せずに閉じます</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="76"/>
        <source>Interface &amp;language:</source>
        <translation>表示言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="82"/>
        <source>Device OS releases</source>
        <translation>Device OS リリース</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="85"/>
        <source>Particle&apos;s own servers</source>
        <translation>Particle のサーバー</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="86"/>
        <source>Release catalog address</source>
        <translation>リリースカタログのアドレス</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="87"/>
        <source>Where Device OS releases are downloaded from: empty for Particle&apos;s own servers, or the address of a mirror of them (https://...), or a folder holding the same files. The list of releases is loaded from there as soon as the settings are saved.</source>
        <translation>Device OS リリースのダウンロード元: 空欄なら Particle のサーバー、またはそのミラーのアドレス (https://...)、または同じファイルを置いたフォルダー。設定を保存するとすぐにそこからリリース一覧を読み込みます。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="91"/>
        <source>Empty: Particle&apos;s own servers. A mirror (https://…) or a folder with the same files also works. The list of releases is loaded from there when you press OK.</source>
        <translation>空欄: Particle のサーバー。ミラー (https://…) や同じファイルを置いたフォルダーも使えます。OK を押すとそこからリリース一覧を読み込みます。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="97"/>
        <source>Deletes every Device OS release downloaded so far; they are downloaded again when needed</source>
        <translation>これまでにダウンロードしたすべての Device OS リリースを削除します。必要になれば再度ダウンロードされます</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="103"/>
        <source>&amp;Catalog address:</source>
        <translation>カタログのアドレス(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="111"/>
        <source>Removing the downloaded releases…</source>
        <translation>ダウンロード済みのリリースを削除しています…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="116"/>
        <source>Removed the downloaded releases: %1 freed.</source>
        <translation>ダウンロード済みのリリースを削除しました: %1 解放されました。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="121"/>
        <source>The downloaded releases could not be removed. %1</source>
        <translation>ダウンロード済みのリリースを削除できませんでした。%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="142"/>
        <source>The new language applies the next time you start Device Restore.</source>
        <translation>新しい言語は、次回 Device Restore を起動したときに適用されます。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="143"/>
        <source>A change of language applies the next time you start Device Restore.</source>
        <translation>言語の変更は、次回 Device Restore を起動したときに適用されます。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="150"/>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="156"/>
        <source>&amp;Remove downloaded releases</source>
        <translation>ダウンロード済みのリリースを削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="152"/>
        <source>Remove downloaded releases: none are downloaded</source>
        <translation>ダウンロード済みのリリースを削除: ダウンロード済みのものはありません</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="157"/>
        <source>&amp;Remove downloaded releases (frees %1)</source>
        <translation>ダウンロード済みのリリースを削除(&amp;R) (%1 解放)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="158"/>
        <source>Remove downloaded releases</source>
        <translation>ダウンロード済みのリリースを削除</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="159"/>
        <source>Remove downloaded releases, freeing %1</source>
        <translation>ダウンロード済みのリリースを削除して %1 を解放</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="175"/>
        <source>“%1” is not an https, http or file address, nor a folder. Give the address of a mirror of Particle&apos;s files, or leave it empty.</source>
        <translation>「%1」は https、http、file のアドレスでもフォルダーでもありません。Particle のファイルのミラーのアドレスを入力するか、空欄にしてください。</translation>
    </message>
</context>
<context>
    <name>dr::ui::StationCard</name>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="80"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="82"/>
        <source>Stop this restore</source>
        <translation>この復元を停止</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="99"/>
        <location filename="../ui/station/stationcard.cpp" line="110"/>
        <location filename="../ui/station/stationcard.cpp" line="115"/>
        <location filename="../ui/station/stationcard.cpp" line="232"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="101"/>
        <location filename="../ui/station/stationcard.cpp" line="110"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="103"/>
        <location filename="../ui/station/stationcard.cpp" line="110"/>
        <source>Details…</source>
        <translation>詳細…</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="105"/>
        <location filename="../ui/station/stationcard.cpp" line="111"/>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="110"/>
        <location filename="../ui/station/stationcard.cpp" line="229"/>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="110"/>
        <location filename="../ui/station/stationcard.cpp" line="231"/>
        <source>Restore again</source>
        <translation>もう一度復元</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="175"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="177"/>
        <source>%1 on USB port %2</source>
        <translation>USB ポート %2 の %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="178"/>
        <source>%1 …%2</source>
        <translation>%1 …%2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="191"/>
        <source>Unknown platform</source>
        <translation>不明なプラットフォーム</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="192"/>
        <source>ID not known yet</source>
        <translation>ID はまだ不明</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="163"/>
        <source>mode not known</source>
        <translation>モード不明</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="165"/>
        <source>running</source>
        <translation>動作中</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="167"/>
        <source>listening mode</source>
        <translation>リスニングモード</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="169"/>
        <source>safe mode</source>
        <translation>セーフモード</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="194"/>
        <source>not plugged in</source>
        <translation>未接続</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="196"/>
        <source>USB %1</source>
        <translation>USB %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="199"/>
        <source>Device OS now → the recipe&apos;s target</source>
        <translation>現在の Device OS → レシピの目標</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="262"/>
        <source>Progress of %1</source>
        <translation>%1 の進行状況</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="272"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="274"/>
        <source>Status of %1</source>
        <translation>%1 の状態</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="276"/>
        <source>What is happening on %1</source>
        <translation>%1 で行われていること</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="277"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="278"/>
        <source>Restore this device with the station&apos;s recipe</source>
        <translation>ステーションのレシピでこのデバイスを復元します</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="279"/>
        <source>Cancel %1</source>
        <translation>%1 をキャンセル</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="280"/>
        <source>Stop this device&apos;s restore at the next safe point; the others go on</source>
        <translation>このデバイスの復元を次の安全な時点で停止します。他のデバイスは続行します</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="281"/>
        <source>Details of %1</source>
        <translation>%1 の詳細</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="282"/>
        <source>Its modules as last read, the error in full and its history</source>
        <translation>最後に読み取ったモジュール、エラーの全文、履歴</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="283"/>
        <source>Report of %1</source>
        <translation>%1 のレポート</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="284"/>
        <source>There is no report yet</source>
        <translation>レポートはまだありません</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="285"/>
        <source>Open the saved restore report</source>
        <translation>保存された復元レポートを開きます</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="286"/>
        <source>Done with %1</source>
        <translation>%1 の操作完了</translation>
    </message>
    <message>
        <location filename="../ui/station/stationcard.cpp" line="288"/>
        <source>Stop the restore of %1</source>
        <translation>%1 の復元を停止</translation>
    </message>
</context>
<context>
    <name>dr::ui::StationDetailsDialog</name>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="28"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="33"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="34"/>
        <source>What happened to this device at the station, oldest first</source>
        <translation>ステーションでこのデバイスに起きたこと (古い順)</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="38"/>
        <source>Restore log</source>
        <translation>復元ログ</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="39"/>
        <source>Every message of this device&apos;s restores, with technical detail</source>
        <translation>このデバイスの復元のすべてのメッセージ (技術的な詳細を含む)</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="44"/>
        <source>Modules as last read:</source>
        <translation>最後に読み取ったモジュール:</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="49"/>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="50"/>
        <source>&amp;Log</source>
        <translation>ログ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="73"/>
        <source>Details of %1</source>
        <translation>%1 の詳細</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="75"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="77"/>
        <source>USB port: %1</source>
        <translation>USB ポート: %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="78"/>
        <source>Device OS: %1</source>
        <translation>Device OS: %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="79"/>
        <source>Status: %1. %2</source>
        <translation>状態: %1。%2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="82"/>
        <source>Report: %1</source>
        <translation>レポート: %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="87"/>
        <source>&lt;b&gt;Error %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;エラー %1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="89"/>
        <source>What to do: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="91"/>
        <source>Detail: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="99"/>
        <source>The modules are shown here once the restore&apos;s final inspection has read them.</source>
        <translation>復元の最終検査でモジュールが読み取られると、ここに表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/station/stationdetailsdialog.cpp" line="104"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>dr::ui::StationStatusText</name>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="13"/>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="15"/>
        <source>Reading</source>
        <translation>読み取り中</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="17"/>
        <source>Planning</source>
        <translation>計画中</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="19"/>
        <source>Writing</source>
        <translation>書き込み中</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="21"/>
        <source>Needs you</source>
        <translation>操作が必要</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="23"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="25"/>
        <source>Already at target</source>
        <translation>既に目標どおり</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="27"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="29"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="31"/>
        <source>Unplugged</source>
        <translation>取り外し済み</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="33"/>
        <source>Not suitable</source>
        <translation>対象外</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="50"/>
        <source>Done, unplugged</source>
        <translation>完了、取り外し済み</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="53"/>
        <source>Writing: step %1 of %2</source>
        <translation>書き込み中: ステップ %1/%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/station/stationstatustext.cpp" line="63"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>残り約 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/station/stationstatustext.cpp" line="64"/>
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>残り約 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="72"/>
        <source>Started %1</source>
        <translation>%1 に開始</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="75"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="75"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="76"/>
        <source>Took %1</source>
        <translation>所要時間 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/station/stationstatustext.cpp" line="91"/>
        <source>%n module(s), every check passed</source>
        <translation>
            <numerusform>%n 個のモジュール、すべての検査に合格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/station/stationstatustext.cpp" line="92"/>
        <source>%n module(s), %1 with a failed check</source>
        <translation>
            <numerusform>%n 個のモジュール、うち %1 個が検査に不合格</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="93"/>
        <source>Device OS %1; %2</source>
        <translation>Device OS %1、%2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="98"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="101"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="108"/>
        <source>Starts as soon as a place is free.</source>
        <translation>空きができしだい開始します。</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="108"/>
        <source>Press Start to restore it.</source>
        <translation>開始を押すと復元します。</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="110"/>
        <source>Reading its modules to plan the restore. Leave it plugged in.</source>
        <translation>復元を計画するためにモジュールを読み取っています。接続したままにしてください。</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="112"/>
        <source>Getting the releases and making the plan.</source>
        <translation>リリースを取得して計画を作成しています。</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="114"/>
        <source>Do not unplug the device.</source>
        <translation>デバイスを取り外さないでください。</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="116"/>
        <source>Look at the device and follow the instruction.</source>
        <translation>デバイスを見て指示に従ってください。</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="118"/>
        <source>Restored and checked.</source>
        <translation>復元して確認しました。</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="120"/>
        <source>Nothing written. %1</source>
        <translation>書き込みなし。%1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="121"/>
        <source>Nothing written: it already runs the target.</source>
        <translation>書き込みなし: 既に目標のバージョンで動作しています。</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="125"/>
        <source>The restore stopped with an error.</source>
        <translation>復元はエラーで停止しました。</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="127"/>
        <source>Stopped at a safe point. Press Start to try again.</source>
        <translation>安全な時点で停止しました。開始を押すと再試行します。</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="131"/>
        <source>Plug it in again to go on; its row and history stay here.</source>
        <translation>続けるには再度接続してください。行と履歴はここに残ります。</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="133"/>
        <source>The recipe does not fit this device: it is left alone.</source>
        <translation>レシピがこのデバイスに合いません。何もしません。</translation>
    </message>
    <message>
        <location filename="../ui/station/stationstatustext.cpp" line="134"/>
        <source>%1 It is left alone.</source>
        <translation>%1 何もしません。</translation>
    </message>
</context>
<context>
    <name>dr::ui::StationView</name>
    <message>
        <location filename="../ui/station/stationview.cpp" line="22"/>
        <source>Restore station</source>
        <translation>復元ステーション</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="29"/>
        <location filename="../ui/station/stationview.cpp" line="183"/>
        <source>Recipe</source>
        <translation>レシピ</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="40"/>
        <source>Start &amp;all waiting</source>
        <translation>待機中をすべて開始(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="42"/>
        <source>Start every device that waits for a click</source>
        <translation>クリック待ちのデバイスをすべて開始します</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="43"/>
        <source>Ca&amp;ncel all</source>
        <translation>すべてキャンセル(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="45"/>
        <source>Stop every restore under way at its next safe point</source>
        <translation>実行中のすべての復元を次の安全な時点で停止します</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="46"/>
        <source>Open &amp;report folder</source>
        <translation>レポートフォルダーを開く(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="48"/>
        <source>Open the folder with each device&apos;s report and the summary of the station&apos;s restores</source>
        <translation>各デバイスのレポートとステーションの復元の概要があるフォルダーを開きます</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="51"/>
        <source>Change r&amp;ecipe…</source>
        <translation>レシピを変更(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="53"/>
        <source>Choose or edit what the devices get</source>
        <translation>デバイスに適用する内容を選択または編集します</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="55"/>
        <source>&amp;Hide unplugged devices</source>
        <translation>取り外したデバイスを隠す(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="57"/>
        <source>Show only the devices plugged in now; the others come back when plugged in again or when this is unticked</source>
        <translation>現在接続しているデバイスだけを表示します。他のデバイスは再接続するか、このチェックを外すと再び表示されます</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="71"/>
        <source>Plug in the devices to restore, one after another or several on a hub. Each appears here with what it holds and what it gets.</source>
        <translation>復元するデバイスを 1 台ずつ、またはハブに複数台接続してください。各デバイスが、現在の内容と適用される内容とともにここに表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="90"/>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="140"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="141"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="142"/>
        <source>In progress</source>
        <translation>処理中</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="143"/>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="149"/>
        <source>Any supported platform</source>
        <translation>サポートされている任意のプラットフォーム</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="152"/>
        <source>Particle&apos;s recommended version</source>
        <translation>Particle 推奨バージョン</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="154"/>
        <source>the latest release</source>
        <translation>最新リリース</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="158"/>
        <source>its application if it runs there, else Tinker</source>
        <translation>動作すればそのアプリケーション、そうでなければ Tinker</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="161"/>
        <source>Tinker</source>
        <translation>Tinker</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="164"/>
        <source>its own application</source>
        <translation>デバイス自身のアプリケーション</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="167"/>
        <source>the file %1</source>
        <translation>ファイル %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="171"/>
        <source>%1 to %2</source>
        <translation>%1 を %2 に</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="171"/>
        <source>then %1</source>
        <translation>その後 %1</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="173"/>
        <source>with the radio (NCP) firmware</source>
        <translation>無線 (NCP) ファームウェアを含む</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="175"/>
        <source>only %1</source>
        <translation>%1 のみ</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="176"/>
        <source>starts by itself when plugged in</source>
        <translation>接続すると自動的に開始</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="176"/>
        <source>waits for Start</source>
        <translation>開始を待つ</translation>
    </message>
    <message>
        <location filename="../ui/station/stationview.cpp" line="184"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
</context>
<context>
    <name>dr::ui::StationWindow</name>
    <message>
        <location filename="../ui/station/stationwindow.cpp" line="18"/>
        <source>Device Restore station (simulated devices)</source>
        <translation>Device Restore ステーション (シミュレートしたデバイス)</translation>
    </message>
    <message>
        <location filename="../ui/station/stationwindow.cpp" line="18"/>
        <source>Device Restore station</source>
        <translation>Device Restore ステーション</translation>
    </message>
    <message>
        <location filename="../ui/station/stationwindow.cpp" line="19"/>
        <source>Stopping every restore at its next safe point; the window closes when they have stopped.</source>
        <translation>すべての復元を次の安全な時点で停止しています。停止するとウィンドウが閉じます。</translation>
    </message>
</context>
<context>
    <name>dr::ui::VersionPage</name>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="33"/>
        <source>Which Device OS version?</source>
        <translation>Device OS バージョンを選択</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="34"/>
        <source>Choose the version to put on the device, and what should run on it afterwards.</source>
        <translation>デバイスに書き込むバージョンと、復元後にデバイスで実行するものを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="44"/>
        <source>Device OS versions</source>
        <translation>Device OS バージョン</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="48"/>
        <source>Show &amp;pre-releases</source>
        <translation>プレリリースを表示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="50"/>
        <source>Show pre-releases</source>
        <translation>プレリリースを表示</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="51"/>
        <source>Also list test versions of Device OS that are not final</source>
        <translation>正式版ではない Device OS のテスト版も一覧に表示します</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="54"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="55"/>
        <source>The exact model (SKU) of the device, printed on it; some models need a newer Device OS</source>
        <translation>デバイスに印字されている正確なモデル（SKU）です。モデルによっては、より新しい Device OS が必要です</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="59"/>
        <source>User firmware after the restore</source>
        <translation>復元後のユーザーファームウェア</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="60"/>
        <source>What runs on the device after the restore: Tinker, its own application, or a firmware file</source>
        <translation>復元後にデバイスで実行するもの（Tinker、デバイスの既存のアプリケーション、またはファームウェアファイル）</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="62"/>
        <source>Keep the device&apos;s application if it runs on this version, else Tinker</source>
        <translation>デバイスのアプリケーションを保持（このバージョンで動作しない場合は Tinker）</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="64"/>
        <source>Tinker</source>
        <translation>Tinker</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="65"/>
        <source>Keep the device&apos;s application</source>
        <translation>デバイスのアプリケーションを保持</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="66"/>
        <source>A firmware file…</source>
        <translation>ファームウェアファイル…</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="71"/>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="72"/>
        <source>&amp;User firmware:</source>
        <translation>ユーザーファームウェア(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="78"/>
        <source>Where the Device OS binaries come from</source>
        <translation>Device OS バイナリの入手元</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="80"/>
        <source>Particle&apos;s &amp;releases, downloaded when chosen</source>
        <translation>Particle のリリース (選んだときにダウンロード)(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="82"/>
        <source>Particle&apos;s releases</source>
        <translation>Particle のリリース</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="83"/>
        <source>List the Device OS releases Particle publishes; the chosen one is downloaded and checked before the plan</source>
        <translation>Particle が公開している Device OS リリースを一覧表示します。選んだものは計画の前にダウンロードされ、検証されます</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="85"/>
        <source>My o&amp;wn files (a folder or zip of release binaries)</source>
        <translation>自分のファイル (リリースバイナリのフォルダーまたは zip)(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="87"/>
        <source>My own files</source>
        <translation>自分のファイル</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="88"/>
        <source>Use a folder or zip of Device OS release binaries you have</source>
        <translation>手元にある Device OS リリースバイナリのフォルダーまたは zip を使います</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="99"/>
        <source>Binaries folder or zip</source>
        <translation>バイナリのフォルダーまたは zip ファイル</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="100"/>
        <source>The folder or zip file of Device OS release binaries in use. Type a path and press Enter to use another one.</source>
        <translation>使用中の Device OS リリースバイナリのフォルダーまたは zip ファイルです。別のものを使用するには、パスを入力して Enter キーを押してください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="102"/>
        <source>B&amp;inaries:</source>
        <translation>バイナリ(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="240"/>
        <source>The download size is not known: %1</source>
        <translation>ダウンロードサイズが不明です: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="302"/>
        <source>To use your own files instead, choose a folder or zip of release binaries.</source>
        <translation>代わりに自分のファイルを使うには、リリースバイナリのフォルダーまたは zip を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="330"/>
        <source>Loading the list of Device OS releases…</source>
        <translation>Device OS リリースの一覧を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="335"/>
        <source>The list of Particle&apos;s releases could not be loaded, so the Device OS binaries on this computer are used instead. %1</source>
        <translation>Particle のリリース一覧を読み込めなかったため、このコンピューターにある Device OS バイナリを代わりに使います。%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="348"/>
        <source>Offline: showing the releases downloaded on %1. Releases not downloaded yet need the network.</source>
        <translation>オフライン: %1 にダウンロードしたリリースを表示しています。まだダウンロードしていないリリースにはネットワークが必要です。</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="353"/>
        <source>From %1, the list of %2 (the network could not be reached: %3)</source>
        <translation>%1 から、%2 時点の一覧 (ネットワークに接続できませんでした: %3)</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="356"/>
        <source>From %1, the list of %2.</source>
        <translation>%1 から、%2 時点の一覧。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/versionpage.cpp" line="357"/>
        <source>%n release(s) downloaded on this computer.</source>
        <translation>
            <numerusform>このコンピューターにダウンロード済みのリリース: %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="387"/>
        <source>The list has no releases for the %1: use your own files.</source>
        <translation>一覧には %1 用のリリースがありません。自分のファイルを使ってください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="402"/>
        <source>recommended by Particle</source>
        <translation>Particle 推奨</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="404"/>
        <source>latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="406"/>
        <source>LTS</source>
        <translation>LTS</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="410"/>
        <source>on the device</source>
        <translation>デバイス上</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="413"/>
        <source>downloaded, %1</source>
        <translation>ダウンロード済み、%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="415"/>
        <source>not downloaded: needs the network</source>
        <translation>未ダウンロード: ネットワークが必要</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="428"/>
        <source>Downloaded and checked: no network needed</source>
        <translation>ダウンロード・検証済み: ネットワーク不要</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="429"/>
        <source>Choosing it downloads it (and any release the restore passes through) before the plan is shown</source>
        <translation>選ぶと、計画を表示する前にこのリリース (と復元が経由するリリース) がダウンロードされます</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/versionpage.cpp" line="460"/>
        <source>The downloaded Device OS binaries (the default): %n module(s).</source>
        <translation>
            <numerusform>ダウンロード済みの Device OS バイナリ（既定）: モジュール %n 個。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/versionpage.cpp" line="461"/>
        <source>%n module(s) found.</source>
        <translation>
            <numerusform>%n 個のモジュールが見つかりました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/versionpage.cpp" line="463"/>
        <source>%n other file(s) are not modules.</source>
        <translation>
            <numerusform>その他の %n 個のファイルはモジュールではありません。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="606"/>
        <source>Asking the server for the download size…</source>
        <translation>サーバーにダウンロードサイズを問い合わせています…</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="616"/>
        <source>Everything this restore needs is downloaded: no network needed.</source>
        <translation>この復元に必要なものはすべてダウンロード済みです。ネットワークは不要です。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/versionpage.cpp" line="623"/>
        <source>To download: at least %1 (Device OS %2; %n file(s) did not say their size).</source>
        <translation>
            <numerusform>ダウンロード: %1 以上（Device OS %2、%n 個のファイルがサイズを示しませんでした）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="626"/>
        <source>To download: %1 (Device OS %2).</source>
        <translation>ダウンロード: %1（Device OS %2）。</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="638"/>
        <source>Getting Device OS %1 for the %2 (and any release the restore passes through)…</source>
        <translation>%2 用の Device OS %1 を取得しています (復元が経由するリリースも含む)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="422"/>
        <location filename="../ui/pages/versionpage.cpp" line="490"/>
        <source>%1  (%2)</source>
        <comment>a version and its labels</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="424"/>
        <location filename="../ui/pages/versionpage.cpp" line="492"/>
        <source>%1  — not available: %2</source>
        <comment>a version and why it cannot be chosen</comment>
        <translation>%1  — 使用不可: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="104"/>
        <source>F&amp;older…</source>
        <translation>フォルダー(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="45"/>
        <source>Newest first, each with its labels: recommended by Particle, latest, LTS, pre-release, on the device, downloaded. Versions the device cannot run are greyed out with the reason.</source>
        <translation>新しい順。それぞれにラベル付き: Particle 推奨、最新、LTS、プレリリース、デバイス上、ダウンロード済み。デバイスで動かせないバージョンは理由とともにグレー表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="106"/>
        <source>Choose a folder</source>
        <translation>フォルダーを選択</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="107"/>
        <source>Use a folder of Device OS release binaries</source>
        <translation>Device OS リリースバイナリのフォルダーを使用します</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="108"/>
        <source>&amp;Zip…</source>
        <translation>zip ファイル(&amp;Z)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="110"/>
        <source>Choose a zip file</source>
        <translation>zip ファイルを選択</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="111"/>
        <source>Use a zip of Device OS release binaries</source>
        <translation>Device OS リリースバイナリの zip ファイルを使用します</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="112"/>
        <source>&amp;Downloaded binaries</source>
        <translation>ダウンロード済みのバイナリ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="114"/>
        <source>Use the downloaded binaries</source>
        <translation>ダウンロード済みのバイナリを使用</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="115"/>
        <source>Use the Device OS binaries the setup script downloaded (the default)</source>
        <translation>セットアップスクリプトがダウンロードした Device OS バイナリを使用します（既定）</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="156"/>
        <source>Zip of Device OS binaries</source>
        <translation>Device OS バイナリの zip ファイル</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="157"/>
        <source>Zip files (*.zip)</source>
        <translation>zip ファイル (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="158"/>
        <source>Folder of Device OS binaries</source>
        <translation>Device OS バイナリのフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="252"/>
        <source>User firmware</source>
        <translation>ユーザーファームウェア</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="252"/>
        <source>Firmware (*.bin)</source>
        <translation>ファームウェア (*.bin)</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="268"/>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="280"/>
        <source>Not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="448"/>
        <source>The binaries could not be read. %1</source>
        <translation>バイナリを読み込めませんでした。%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="449"/>
        <source>No Device OS binaries yet: choose a folder or zip of release binaries.</source>
        <translation>Device OS バイナリがまだありません。リリースバイナリのフォルダーまたは zip ファイルを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="478"/>
        <source>newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="408"/>
        <location filename="../ui/pages/versionpage.cpp" line="482"/>
        <source>pre-release</source>
        <translation>プレリリース</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="484"/>
        <source>LTS line</source>
        <translation>LTS ライン</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="418"/>
        <location filename="../ui/pages/versionpage.cpp" line="487"/>
        <source>the %1 needs %2 or newer</source>
        <translation>%1 には %2 以降が必要</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="504"/>
        <source>They hold no Device OS for the %1.</source>
        <translation>%1 用の Device OS は含まれていません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/versionpage.cpp" line="516"/>
        <source>Not usable: the file holds %n module(s), not one.</source>
        <translation>
            <numerusform>使用できません: ファイルに含まれるモジュールが 1 個ではなく %n 個です。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="518"/>
        <location filename="../ui/pages/versionpage.cpp" line="530"/>
        <source>Not usable: %1</source>
        <translation>使用できません: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="523"/>
        <source>Not usable: %1 is not user firmware.</source>
        <translation>使用できません: %1 はユーザーファームウェアではありません。</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="526"/>
        <source>Not usable: %1 is built for the %2, not the %3.</source>
        <translation>使用できません: %1 は %3 用ではなく、%2 用にビルドされています。</translation>
    </message>
    <message>
        <location filename="../ui/pages/versionpage.cpp" line="534"/>
        <source>%1: user firmware for the %2, checks pass.</source>
        <translation>%1: %2 用のユーザーファームウェア、チェック合格。</translation>
    </message>
</context>
</TS>
