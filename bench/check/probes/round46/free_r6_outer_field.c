/* TRUTH: free — thread writes o.u.s.a via p, main writes o.tag outside the union: different locations */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <wchar.h>
#include <locale.h>

struct S { int a; int b; };
union U { struct S s; int x; };
struct Outer { int tag; union U u; } o;
static void *th(void *arg) {
    (void)arg;
    struct S *p = &o.u.s;
    p->a = 1;
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    o.tag = 2;
    pthread_join(t, 0);
    return 0;
}
