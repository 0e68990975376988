<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context><name>Bezeichnung</name>
<message><source>Übersicht</source><translation>Overview</translation></message>
<message><source>Tagebuch</source><translation>Diary</translation></message>
<message><source>Einstellungen</source><translation>Settings</translation></message>
</context>
<context><name>MainWindow</name>
<message><source>&amp;Tagebuch</source><translation>&amp;Diary</translation></message>
</context>
<context><name>UnlockPage</name>
<message><source>Tagebuch öffnen</source><translation>Open diary</translation></message>
</context>
</TS>
