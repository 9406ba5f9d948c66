@echo off
rem pira: avvia pira con il Java che trova (il suo, in java\, poi JAVA_HOME, poi PATH). Testi in UTF-8 (console in codepage 65001);
rem gli argomenti passano cosi' come sono, con %*.
setlocal
set "PIRA_HOME=%~dp0.."
set "JAVA="
if exist "%PIRA_HOME%\java\bin\java.exe" set "JAVA=%PIRA_HOME%\java\bin\java.exe"
if not defined JAVA if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA=%%~$PATH:J"
if not defined JAVA (
  echo pira: serve Java 17 o successivo, e non e' stato trovato. 1>&2
  echo   Installarlo da https://adoptium.net o indicare la sua cartella in JAVA_HOME. 1>&2
  exit /b 3
)
rem the console's code page is put back at the end: the office's console stays as it was
for /f "tokens=2 delims=:." %%C in ('chcp') do set "PIRA_CP=%%C"
chcp 65001 >nul
set "FLAGS=-Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Djava.awt.headless=true -XX:TieredStopAtLevel=1"
rem the first time, a training run imports and validates one file of each kind (lib\allenamento) and archives
rem the classes it loaded in lib\pira.jsa (AppCDS), mapped by every later run; without it pira is only slower
if not exist "%PIRA_HOME%\lib\pira.jsa" if exist "%PIRA_HOME%\lib\allenamento" (
  "%JAVA%" %FLAGS% "-XX:ArchiveClassesAtExit=%PIRA_HOME%\lib\pira.jsa" -Xlog:disable -jar "%PIRA_HOME%\pira.jar" allena "%PIRA_HOME%\lib\allenamento" >nul 2>&1
)
set "CDS=-Xshare:auto"
if exist "%PIRA_HOME%\lib\pira.jsa" set "CDS=-XX:SharedArchiveFile=%PIRA_HOME%\lib\pira.jsa"
"%JAVA%" %FLAGS% "%CDS%" -Xlog:disable -Xlog:all=error:stderr -jar "%PIRA_HOME%\pira.jar" %*
set "PIRA_RC=%ERRORLEVEL%"
if defined PIRA_CP chcp %PIRA_CP% >nul
exit /b %PIRA_RC%
