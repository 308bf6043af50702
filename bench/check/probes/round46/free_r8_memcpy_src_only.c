/* TRUTH: free — both threads only read gsrc (const source) into their own locals */
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

char gsrc[8] = "abcdefg";
static void *th(void *arg) {
    (void)arg;
    char local[8];
    memcpy(local, gsrc, sizeof local);
    (void)local[0];
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
