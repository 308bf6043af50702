/* TRUTH: racy — snprintf writes gbuf through p in thread; main reads gbuf[0] */
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

char gbuf[16];
static void *th(void *arg) {
    (void)arg;
    char *p = gbuf;
    snprintf(p, sizeof gbuf, "%d", 7);
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    char c = gbuf[0];
    (void)c;
    pthread_join(t, 0);
    return 0;
}
