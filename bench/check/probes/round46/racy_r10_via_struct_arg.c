/* TRUTH: racy — args.p = &*&v passed in a struct; thread writes *p, main writes v */
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

struct args { int *p; };
static void *th(void *arg) {
    *((struct args *)arg)->p = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    int v = 0;
    struct args ar = { &*&v };
    pthread_create(&t, 0, th, &ar);
    v = 2;
    pthread_join(t, 0);
    return v;
}
