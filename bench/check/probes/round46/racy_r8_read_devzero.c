/* TRUTH: racy — read(gfd, p, 8) into gbuf (p = gbuf) in thread; main reads gbuf[0] */
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

char gbuf[8];
int gfd;
static void *th(void *arg) {
    (void)arg;
    char *p = gbuf;
    (void)read(gfd, p, sizeof gbuf);
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    gfd = open("/dev/zero", O_RDONLY);
    pthread_create(&t, 0, th, 0);
    char c = gbuf[0];
    (void)c;
    pthread_join(t, 0);
    return 0;
}
