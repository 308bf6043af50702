/* TRUTH: racy — wr(&u.s) writes u.s.b in thread; main reads u.s.b */
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
union U u;
static void wr(struct S *p) { p->b = 1; }
static void *th(void *arg) {
    (void)arg;
    wr(&u.s);
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    int v = u.s.b;
    (void)v;
    pthread_join(t, 0);
    return 0;
}
