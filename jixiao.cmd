@echo off
rem jixiao launcher for Windows: builds target\jixiao.jar on first use, then runs it.
rem Rebuild after updating the sources with: mvnw.cmd -q -DskipTests package
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\jixiao.jar"
set "JSA=%HERE%target\jixiao.jsa"
rem Short jobs: the quick compiler and the serial collector use about half the CPU (docs/performance.md)
set "OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
rem UTF-8 console so that Chinese messages show correctly
chcp 65001 >nul
if not exist "%JAR%" (
  echo 正在构建 jixiao（首次使用）… 1>&2
  pushd "%HERE%"
  call mvnw.cmd -q -B -DskipTests package 1>&2 || (popd & exit /b 2)
  popd
  if exist "%JSA%" del /q "%JSA%" >nul 2>&1
  if exist "%JSA%.failed" del /q "%JSA%.failed" >nul 2>&1
)
rem Class-data sharing: the classes of a demo round, archived once after the build. Written under a
rem temporary name and renamed only when the run succeeded (a cut-short archive would crash the JVM);
rem a stale or foreign archive is refused by the JVM, which then runs without it. JIXIAO_CDS=0 turns it off.
set "CDS="
if "%JIXIAO_CDS%"=="0" goto run
rem A failed archive (a JDK without dynamic archiving) is not tried again until the next build.
if not exist "%JSA%" if not exist "%JSA%.failed" call :archive
if exist "%JSA%" set "CDS=-XX:SharedArchiveFile=%JSA% -Xlog:cds=off -Xlog:cds+dynamic=off"
rem A lone --version loads a few dozen classes: mapping the archive costs it more than it saves.
if "%~1"=="--version" if "%~2"=="" set "CDS="
:run
java %OPTS% %CDS% %JIXIAO_JAVA_OPTS% -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -jar "%JAR%" %*
set "RC=%ERRORLEVEL%"
rem Double-clicked (no arguments): in a working folder this ran the desk; otherwise keep the message on screen.
if "%~1"=="" if not "%RC%"=="0" pause
exit /b %RC%

:archive
echo 正在准备类数据共享存档（构建后只做一次）… 1>&2
set "WORK=%TEMP%\jixiao-cds-%RANDOM%%RANDOM%"
java %OPTS% -XX:ArchiveClassesAtExit="%JSA%.tmp" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "%JAR%" demo -o "%WORK%\demo" >nul 2>&1
if errorlevel 1 (
  if exist "%JSA%.tmp" del /q "%JSA%.tmp" >nul 2>&1
  type nul > "%JSA%.failed"
) else (
  if exist "%JSA%.tmp" move /y "%JSA%.tmp" "%JSA%" >nul 2>&1
)
if exist "%WORK%" rmdir /s /q "%WORK%" >nul 2>&1
exit /b 0
