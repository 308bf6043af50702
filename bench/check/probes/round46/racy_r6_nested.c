/* TRUTH: racy — p->b (bytes 4..7 of w) and w.ll (bytes 0..7) overlap */
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
union W { union U inner; long long ll; } w;
static void *th(void *arg) {
    (void)arg;
    struct S *p = &w.inner.s;
    p->b = 1;
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    w.ll = 5;
    pthread_join(t, 0);
    return 0;
}
