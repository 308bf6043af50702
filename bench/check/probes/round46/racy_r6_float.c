/* TRUTH: racy — p->a (p = &v.s) and v.f overlap; thread writes int, main writes float */
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
union V { struct S s; float f; } v;
static void *th(void *arg) {
    (void)arg;
    struct S *p = &v.s;
    p->a = 1;
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    v.f = 2.0f;
    pthread_join(t, 0);
    return 0;
}
