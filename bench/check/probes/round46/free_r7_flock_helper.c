/* TRUTH: free — emit() wraps putc_unlocked in flockfile/funlockfile of the same stream */
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

static void emit(FILE *f, const char *s) {
    flockfile(f);
    while (*s)
        putc_unlocked(*s++, f);
    funlockfile(f);
}
static void *th(void *arg) {
    (void)arg;
    emit(stdout, "hi");
    return 0;
}
int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, 0, th, 0);
    pthread_create(&t2, 0, th, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return 0;
}
