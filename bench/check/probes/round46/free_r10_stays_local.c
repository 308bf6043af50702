/* TRUTH: free — p = &*&v never leaves main; thread only writes g, which main reads after join */
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

int g;
static void *th(void *arg) { (void)arg; g = 1; return 0; }
int main(void) {
    pthread_t t;
    int v = 0;
    int *p = &*&v;
    pthread_create(&t, 0, th, 0);
    *p = 1;
    v++;
    pthread_join(t, 0);
    return g + v;
}
