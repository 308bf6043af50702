/* TRUTH: racy — memcpy(e, ...) with e copied from gbuf writes gbuf[0]; main writes gbuf[0] */
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
    char *d = gbuf;
    char *e = d;
    memcpy(e, "hi", 3);
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    gbuf[0] = 'x';
    pthread_join(t, 0);
    return 0;
}
