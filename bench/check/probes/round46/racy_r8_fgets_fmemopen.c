/* TRUTH: racy — fgets writes gbuf in the thread; main reads gbuf[0] */
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
static FILE *gf;
static void *th(void *arg) {
    (void)arg;
    char *p = gbuf;
    (void)fgets(p, sizeof gbuf, gf);
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    static char src[] = "abc\n";
    gf = fmemopen(src, 4, "r");
    if (!gf) return 1;
    pthread_create(&t, 0, th, 0);
    char c = gbuf[0];
    (void)c;
    pthread_join(t, 0);
    return 0;
}
