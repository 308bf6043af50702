/* TRUTH: racy — time(c->out) writes gt (c->out = &gt) in thread; main reads gt */
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

time_t gt;
struct ctx { time_t *out; };
static struct ctx gc = { &gt };
static void *th(void *arg) {
    struct ctx *c = arg;
    time(c->out);
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, th, &gc);
    time_t v = gt;
    (void)v;
    pthread_join(t, 0);
    return 0;
}
