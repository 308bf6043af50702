/* TRUTH: free — strlen only reads gbuf (const parameter) */
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

char gbuf[16] = "hello";
static void *th(void *arg) {
    (void)arg;
    size_t n = strlen(gbuf);
    (void)n;
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
