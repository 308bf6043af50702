/* TRUTH: free — thread writes us[0] via p, main writes us[1].x: different elements */
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
union U us[2];
static void *th(void *arg) {
    (void)arg;
    struct S *p = &us[0].s;
    p->a = 1;
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    us[1].x = 2;
    pthread_join(t, 0);
    return 0;
}
