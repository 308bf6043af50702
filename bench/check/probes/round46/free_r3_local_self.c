/* TRUTH: free — me holds this thread's id, equal to pthread_self(); guarded write never runs */
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
static void *th(void *a) {
    (void)a;
    pthread_t me = pthread_self();
    if (!pthread_equal(me, pthread_self()))
        g = 1;
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    g = 2;
    pthread_join(t, 0);
    return 0;
}
