/* TRUTH: racy — gp statically points at u.s; thread writes gp->a, main writes u.x (overlap) */
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
static struct S *gp = &u.s;
static void *th(void *arg) {
    (void)arg;
    gp->a = 1;
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    u.x = 2;
    pthread_join(t, 0);
    return 0;
}
