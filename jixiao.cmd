@echo off
rem jixiao launcher for Windows: builds target\jixiao.jar on first use, then runs it.
rem Rebuild after updating the sources with: mvnw.cmd -q -DskipTests package
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\jixiao.jar"
rem UTF-8 console so that Chinese messages show correctly
chcp 65001 >nul
if not exist "%JAR%" (
  echo 正在构建 jixiao（首次使用）… 1>&2
  pushd "%HERE%"
  call mvnw.cmd -q -B -DskipTests package 1>&2 || (popd & exit /b 2)
  popd
)
java %JIXIAO_JAVA_OPTS% -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -jar "%JAR%" %*
set "RC=%ERRORLEVEL%"
rem Double-clicked (no arguments): in a working folder this ran the desk; otherwise keep the message on screen.
if "%~1"=="" if not "%RC%"=="0" pause
exit /b %RC%
