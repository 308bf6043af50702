/* The libclang functions weft check uses, called through a table filled by dlopen so that only weft check loads libclang. */
#ifndef WEFT_STATIC_CLANG_API_H
#define WEFT_STATIC_CLANG_API_H

#include <clang-c/CXCompilationDatabase.h>
#include <clang-c/Index.h>

/* X(name) for every clang_* function called anywhere in analyzer/static. */
#define WEFT__CLANG_FUNCS(X) \
    X(clang_CompilationDatabase_dispose) \
    X(clang_CompilationDatabase_fromDirectory) \
    X(clang_CompilationDatabase_getAllCompileCommands) \
    X(clang_CompileCommand_getArg) \
    X(clang_CompileCommand_getDirectory) \
    X(clang_CompileCommand_getFilename) \
    X(clang_CompileCommand_getNumArgs) \
    X(clang_CompileCommands_dispose) \
    X(clang_CompileCommands_getCommand) \
    X(clang_CompileCommands_getSize) \
    X(clang_Cursor_Evaluate) \
    X(clang_EvalResult_dispose) \
    X(clang_EvalResult_getAsLongLong) \
    X(clang_EvalResult_getKind) \
    X(clang_Cursor_getArgument) \
    X(clang_Cursor_getNumArguments) \
    X(clang_Cursor_getStorageClass) \
    X(clang_Cursor_isAnonymousRecordDecl) \
    X(clang_Cursor_isBitField) \
    X(clang_getFieldDeclBitWidth) \
    X(clang_Cursor_isNull) \
    X(clang_Type_visitFields) \
    X(clang_Cursor_getVarDeclInitializer) \
    X(clang_Type_getSizeOf) \
    X(clang_Type_getValueType) \
    X(clang_getEnumConstantDeclValue) \
    X(clang_getArraySize) \
    X(clang_Cursor_getOffsetOfField) \
    X(clang_getTypeDeclaration) \
    X(clang_Type_getNamedType) \
    X(clang_getResultType) \
    X(clang_getNumArgTypes) \
    X(clang_getArgType) \
    X(clang_getEnumDeclIntegerType) \
    X(clang_isFunctionTypeVariadic) \
    X(clang_getTypedefDeclUnderlyingType) \
    X(clang_createIndex) \
    X(clang_disposeDiagnostic) \
    X(clang_disposeIndex) \
    X(clang_disposeString) \
    X(clang_disposeTranslationUnit) \
    X(clang_equalCursors) \
    X(clang_formatDiagnostic) \
    X(clang_getArrayElementType) \
    X(clang_getCString) \
    X(clang_getCanonicalType) \
    X(clang_getCursorDefinition) \
    X(clang_getCursorResultType) \
    X(clang_getCursorExtent) \
    X(clang_getCursorKind) \
    X(clang_getCursorLocation) \
    X(clang_getCursorReferenced) \
    X(clang_getCursorSemanticParent) \
    X(clang_getCursorSpelling) \
    X(clang_getCursorPrettyPrinted) \
    X(clang_isAttribute) \
    X(clang_getCanonicalCursor) \
    X(clang_getCursorPrintingPolicy) \
    X(clang_PrintingPolicy_dispose) \
    X(clang_getCursorTLSKind) \
    X(clang_getCursorType) \
    X(clang_getCursorUSR) \
    X(clang_getDiagnostic) \
    X(clang_getDiagnosticSeverity) \
    X(clang_getFileContents) \
    X(clang_getFileLocation) \
    X(clang_getSkippedRanges) \
    X(clang_disposeSourceRangeList) \
    X(clang_getFileName) \
    X(clang_getInclusions) \
    X(clang_getNullCursor) \
    X(clang_getNumDiagnostics) \
    X(clang_getPointeeType) \
    X(clang_equalTypes) \
    X(clang_getRangeEnd) \
    X(clang_getRangeStart) \
    X(clang_getTranslationUnitCursor) \
    X(clang_getTypeSpelling) \
    X(clang_hashCursor) \
    X(clang_isConstQualifiedType) \
    X(clang_isCursorDefinition) \
    X(clang_isExpression) \
    X(clang_isVolatileQualifiedType) \
    X(clang_isStatement) \
    X(clang_parseTranslationUnit2) \
    X(clang_visitChildren) \
    X(clang_Location_isInSystemHeader)

struct weft__clang_api {
#define WEFT__CLANG_FIELD(n) __typeof__(&n) n;
    WEFT__CLANG_FUNCS(WEFT__CLANG_FIELD)
#undef WEFT__CLANG_FIELD
};
extern struct weft__clang_api weft__clang;

/* Loads libclang once (thread-safe) and fills weft__clang. Returns 0, or -ENOENT with
 * err (errlen bytes; may be NULL) saying what failed; later calls return the first outcome. */
int weft__clang_load(char *err, size_t errlen);

/* Every use of clang_x in the files that include this header goes through the table. */
#ifndef WEFT__CLANG_API_IMPL
#define clang_CompilationDatabase_dispose (weft__clang.clang_CompilationDatabase_dispose)
#define clang_CompilationDatabase_fromDirectory (weft__clang.clang_CompilationDatabase_fromDirectory)
#define clang_CompilationDatabase_getAllCompileCommands (weft__clang.clang_CompilationDatabase_getAllCompileCommands)
#define clang_CompileCommand_getArg (weft__clang.clang_CompileCommand_getArg)
#define clang_CompileCommand_getDirectory (weft__clang.clang_CompileCommand_getDirectory)
#define clang_CompileCommand_getFilename (weft__clang.clang_CompileCommand_getFilename)
#define clang_CompileCommand_getNumArgs (weft__clang.clang_CompileCommand_getNumArgs)
#define clang_CompileCommands_dispose (weft__clang.clang_CompileCommands_dispose)
#define clang_CompileCommands_getCommand (weft__clang.clang_CompileCommands_getCommand)
#define clang_CompileCommands_getSize (weft__clang.clang_CompileCommands_getSize)
#define clang_Cursor_Evaluate (weft__clang.clang_Cursor_Evaluate)
#define clang_EvalResult_dispose (weft__clang.clang_EvalResult_dispose)
#define clang_EvalResult_getAsLongLong (weft__clang.clang_EvalResult_getAsLongLong)
#define clang_EvalResult_getKind (weft__clang.clang_EvalResult_getKind)
#define clang_Cursor_getArgument (weft__clang.clang_Cursor_getArgument)
#define clang_Cursor_getNumArguments (weft__clang.clang_Cursor_getNumArguments)
#define clang_Cursor_getStorageClass (weft__clang.clang_Cursor_getStorageClass)
#define clang_Cursor_isAnonymousRecordDecl (weft__clang.clang_Cursor_isAnonymousRecordDecl)
#define clang_Cursor_isBitField (weft__clang.clang_Cursor_isBitField)
#define clang_getFieldDeclBitWidth (weft__clang.clang_getFieldDeclBitWidth)
#define clang_Cursor_isNull (weft__clang.clang_Cursor_isNull)
#define clang_Type_visitFields (weft__clang.clang_Type_visitFields)
#define clang_Cursor_getVarDeclInitializer (weft__clang.clang_Cursor_getVarDeclInitializer)
#define clang_Type_getSizeOf (weft__clang.clang_Type_getSizeOf)
#define clang_Type_getValueType (weft__clang.clang_Type_getValueType)
#define clang_getEnumConstantDeclValue (weft__clang.clang_getEnumConstantDeclValue)
#define clang_getArraySize (weft__clang.clang_getArraySize)
#define clang_Cursor_getOffsetOfField (weft__clang.clang_Cursor_getOffsetOfField)
#define clang_getTypeDeclaration (weft__clang.clang_getTypeDeclaration)
#define clang_Type_getNamedType (weft__clang.clang_Type_getNamedType)
#define clang_getResultType (weft__clang.clang_getResultType)
#define clang_getNumArgTypes (weft__clang.clang_getNumArgTypes)
#define clang_getArgType (weft__clang.clang_getArgType)
#define clang_getEnumDeclIntegerType (weft__clang.clang_getEnumDeclIntegerType)
#define clang_isFunctionTypeVariadic (weft__clang.clang_isFunctionTypeVariadic)
#define clang_getTypedefDeclUnderlyingType (weft__clang.clang_getTypedefDeclUnderlyingType)
#define clang_createIndex (weft__clang.clang_createIndex)
#define clang_disposeDiagnostic (weft__clang.clang_disposeDiagnostic)
#define clang_disposeIndex (weft__clang.clang_disposeIndex)
#define clang_disposeString (weft__clang.clang_disposeString)
#define clang_disposeTranslationUnit (weft__clang.clang_disposeTranslationUnit)
#define clang_equalCursors (weft__clang.clang_equalCursors)
#define clang_formatDiagnostic (weft__clang.clang_formatDiagnostic)
#define clang_getArrayElementType (weft__clang.clang_getArrayElementType)
#define clang_getCString (weft__clang.clang_getCString)
#define clang_getCanonicalType (weft__clang.clang_getCanonicalType)
#define clang_getCursorDefinition (weft__clang.clang_getCursorDefinition)
#define clang_getCursorResultType (weft__clang.clang_getCursorResultType)
#define clang_getCursorExtent (weft__clang.clang_getCursorExtent)
#define clang_getCursorKind (weft__clang.clang_getCursorKind)
#define clang_getCursorLocation (weft__clang.clang_getCursorLocation)
#define clang_getCursorReferenced (weft__clang.clang_getCursorReferenced)
#define clang_getCursorSemanticParent (weft__clang.clang_getCursorSemanticParent)
#define clang_getCursorSpelling (weft__clang.clang_getCursorSpelling)
#define clang_getCursorPrettyPrinted (weft__clang.clang_getCursorPrettyPrinted)
#define clang_isAttribute (weft__clang.clang_isAttribute)
#define clang_getCanonicalCursor (weft__clang.clang_getCanonicalCursor)
#define clang_getCursorPrintingPolicy (weft__clang.clang_getCursorPrintingPolicy)
#define clang_PrintingPolicy_dispose (weft__clang.clang_PrintingPolicy_dispose)
#define clang_getCursorTLSKind (weft__clang.clang_getCursorTLSKind)
#define clang_getCursorType (weft__clang.clang_getCursorType)
#define clang_getCursorUSR (weft__clang.clang_getCursorUSR)
#define clang_getDiagnostic (weft__clang.clang_getDiagnostic)
#define clang_getDiagnosticSeverity (weft__clang.clang_getDiagnosticSeverity)
#define clang_getFileContents (weft__clang.clang_getFileContents)
#define clang_getFileLocation (weft__clang.clang_getFileLocation)
#define clang_getSkippedRanges (weft__clang.clang_getSkippedRanges)
#define clang_disposeSourceRangeList (weft__clang.clang_disposeSourceRangeList)
#define clang_getFileName (weft__clang.clang_getFileName)
#define clang_getInclusions (weft__clang.clang_getInclusions)
#define clang_getNullCursor (weft__clang.clang_getNullCursor)
#define clang_getNumDiagnostics (weft__clang.clang_getNumDiagnostics)
#define clang_getPointeeType (weft__clang.clang_getPointeeType)
#define clang_equalTypes (weft__clang.clang_equalTypes)
#define clang_getRangeEnd (weft__clang.clang_getRangeEnd)
#define clang_getRangeStart (weft__clang.clang_getRangeStart)
#define clang_getTranslationUnitCursor (weft__clang.clang_getTranslationUnitCursor)
#define clang_getTypeSpelling (weft__clang.clang_getTypeSpelling)
#define clang_Location_isInSystemHeader (weft__clang.clang_Location_isInSystemHeader)
#define clang_hashCursor (weft__clang.clang_hashCursor)
#define clang_isConstQualifiedType (weft__clang.clang_isConstQualifiedType)
#define clang_isCursorDefinition (weft__clang.clang_isCursorDefinition)
#define clang_isExpression (weft__clang.clang_isExpression)
#define clang_isVolatileQualifiedType (weft__clang.clang_isVolatileQualifiedType)
#define clang_isStatement (weft__clang.clang_isStatement)
#define clang_parseTranslationUnit2 (weft__clang.clang_parseTranslationUnit2)
#define clang_visitChildren (weft__clang.clang_visitChildren)
#endif

#endif
