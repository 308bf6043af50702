/* TRUTH: racy — &(&v)[0] is &v; thread writes it, main writes v */
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

static void *th(void *arg) {
    *(int *)arg = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    int v = 0;
    pthread_create(&t, 0, th, &(&v)[0]);
    v = 2;
    pthread_join(t, 0);
    return 0;
}
