/* TRUTH: racy — strtol stores the end pointer into gend through ep; main reads gend */
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

char *gend;
static void *th(void *arg) {
    (void)arg;
    char **ep = &gend;
    long v = strtol("12x", ep, 10);
    (void)v;
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    char *e = gend;
    (void)e;
    pthread_join(t, 0);
    return 0;
}
