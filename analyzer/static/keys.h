/* The grammar of the keys that name locations, locks, thread handles and function-pointer slots, and the tests on them both sides make. */
#ifndef WEFT_STATIC_KEYS_H
#define WEFT_STATIC_KEYS_H

#include <string.h>

/*
 * A key is a string; equal keys name the same thing in every TU (USRs are global), so the
 * whole-program pass interns them and compares integers. Extraction (ex_lvalue.c) builds
 * them; the pass reads only their heads, with the functions below, and builds the
 * caller's key for a callee's parameter key (param_key in its linking file).
 *
 *   g:USR            a global (or static) variable; then ".field" and "[N]" (a constant
 *                    element), e.g. "g:c:@locks[3].m"; "g:libc@NAME()" hidden libc state
 *   l:FN#NAME        a local of function FN no other thread can reach
 *   o:FN#NAME        a local whose address escapes: one shared object
 *   *g:USR           what global pointer USR points at; then ".field"
 *   *@pN             what pointer parameter N (< 4) points at: the caller's argument's key
 *                    is put in its place per call; then ".field"
 *   f:TYPE.FIELD     any memory of that struct field, by type ("f:TYPE.*" any field)
 *   t:TYPE           any memory of that type
 *   h:NAME           the fresh allocation local NAME holds (a thread's argument)
 *   q:FN#NAME        a caller's private local handed by address to a callee of its TU that
 *                    keeps nothing of it (a call's argument: no access through it is shared)
 *   KEY~             some part of KEY's object, which not known (a cast or pointer
 *                    arithmetic from its address: "g:c:@s~")
 *   n:               a null pointer
 *   @pN              a lock or handle argument that is parameter N itself
 *   @r.FIELD         a create's handle in the fresh object its function returns: that field
 *                    of what the caller's variable for the result points at (CALL's ret)
 *   *TEXT            what an expression points at (a lock by pointer; "*3" the constant 3)
 *   *?l:FN#NAME      what a local pointer never given a value points at: any lock
 *   =N               the value a longjmp passes
 *   p:FN#N           the function-pointer slot of parameter N of function FN
 *   v:NAME#OFF@FN    a local of FN with one value per call, tested by an if
 *                    ("#OFF=K@": its value minus K)
 *   KEY[N], KEY[*], KEY[@pN]   element N of lock array KEY, some element, the element
 *                    parameter N selects
 */

/* "@pN" (N < 4): N, else -1. */
static inline int weft__key_param(const char *k)
{
    return k[0] == '@' && k[1] == 'p' && k[2] >= '0' && k[2] <= '3' && !k[3] ? k[2] - '0' : -1;
}

/* "*@pN..." (N < 4), memory through pointer parameter N: N, else -1. */
static inline int weft__key_through_param(const char *k)
{
    return k[0] == '*' && k[1] == '@' && k[2] == 'p' && k[3] >= '0' && k[3] <= '3' ? k[3] - '0' : -1;
}

/* Whether k starts with prefix. */
static inline int weft__key_is(const char *k, const char *prefix)
{
    return !strncmp(k, prefix, strlen(prefix));
}

/* "KEY~": some part of an object, reached by a cast or pointer arithmetic. */
static inline int weft__key_part(const char *k)
{
    size_t n = strlen(k);
    return n && k[n - 1] == '~';
}

/* A key that goes on past a union's members ("g:u.*.a": a field reached through a pointer
 * to one member, p = &u.s; p->a): where the union's own location ends ("g:u.*"), 0 for a key
 * that does not. Its members overlap: the access is to the union, which member's not known. */
static inline size_t weft__key_union_cut(const char *k)
{
    for (const char *s = strstr(k, ".*"); s; s = strstr(s + 1, ".*"))
        if (s[2] == '.' || s[2] == '[')
            return (size_t)(s - k) + 2;
    return 0;
}

/* k cut where the union's own location ends (above), unless memory by type ("f:union U.*.a"
 * keeps its path). */
static inline void weft__key_cut_union(char *k)
{
    size_t n = k[0] != 'f' ? weft__key_union_cut(k) : 0;
    if (n)
        k[n] = '\0';
}

/* A local of main, or what main's local holds ("o:", "q:", "h:", "l:" of "c:@F@main#..."):
 * main runs once, so it is one object. */
static inline int weft__key_of_main(const char *k)
{
    return k[0] && k[1] == ':' && !strncmp(k + 2, "c:@F@main#", 10);
}

/* A key's variable name and what follows it: from its last '#' (a local, "o:USR#buf") or
 * '@' (a global, "g:c:@s.a[0]"), whichever comes later; k itself when it has neither. */
static inline const char *weft__key_var_name(const char *k)
{
    const char *at = strrchr(k, '@'), *hash = strrchr(k, '#');
    return hash && (!at || hash > at) ? hash : at ? at : k;
}

/* One named object: a global ("g:"), a starter's local ("o:") or an allocation ("h:"). */
static inline int weft__key_object(const char *k)
{
    return !strncmp(k, "g:", 2) || !strncmp(k, "o:", 2) || !strncmp(k, "h:", 2);
}

/* Memory by type ("t:", "f:"): it may be any object of that type. */
static inline int weft__key_typed(const char *k)
{
    return k[0] == 't' || k[0] == 'f';
}

#endif
