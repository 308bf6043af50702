/* TRUTH: free — (corrected from racy by the maintainer: both threads take stderr's lock, a mutex, around their putc_unlocked on stdout, so those calls never overlap; the wrong stream's lock still excludes) */
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
    (void)arg;
    flockfile(stderr);
    putc_unlocked('a', stdout);
    funlockfile(stderr);
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
