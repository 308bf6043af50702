/* TRUTH: racy — strcpy(gp, "x") writes gp[0] in thread; main writes gp[0] */
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

char *gp;
static void *th(void *arg) {
    (void)arg;
    strcpy(gp, "x");
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    gp = malloc(8);
    if (!gp) return 1;
    gp[0] = 0;
    pthread_create(&t, 0, th, 0);
    gp[0] = 'y';
    pthread_join(t, 0);
    return 0;
}
