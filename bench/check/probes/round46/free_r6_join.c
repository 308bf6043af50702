/* TRUTH: free — main reads u.x only after joining the thread that wrote p->a */
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
static void *th(void *arg) {
    (void)arg;
    struct S *p = &u.s;
    p->a = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    pthread_join(t, 0);
    return u.x;
}
