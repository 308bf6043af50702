/* TRUTH: racy — q copies &*&v into a global and then a local; thread writes v via it, main writes v */
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

static int *gq;
static void *th(void *arg) { (void)arg; int *q = gq; *q = 1; return 0; }
int main(void) {
    pthread_t t;
    int v = 0;
    int *tmp = &*&v;
    gq = tmp;
    pthread_create(&t, 0, th, 0);
    v = 2;
    pthread_join(t, 0);
    return v;
}
