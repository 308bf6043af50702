/* TRUTH: free — thread writes o2.u.s.b via p, main writes o2.tail after the union */
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
struct Outer2 { union U u; int tail; } o2;
static void *th(void *arg) {
    (void)arg;
    struct S *p = &o2.u.s;
    p->b = 1;
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    o2.tail = 3;
    pthread_join(t, 0);
    return 0;
}
