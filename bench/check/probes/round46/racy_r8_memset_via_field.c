/* TRUTH: racy — memset(b.buf, ...) writes gbuf; main writes gbuf[3] */
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
struct box { char *buf; };
static struct box b = { gbuf };
static void *th(void *arg) {
    (void)arg;
    memset(b.buf, 0, 8);
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    gbuf[3] = 1;
    pthread_join(t, 0);
    return 0;
}
