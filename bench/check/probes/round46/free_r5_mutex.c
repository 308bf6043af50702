/* TRUTH: free — all accesses to gnode.a are under mutex m */
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

struct node { int a; int b; };
struct node gnode;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *th(void *arg) {
    (void)arg;
    struct node *np = &gnode;
    int *q = &np->a;
    pthread_mutex_lock(&m);
    *q = 1;
    pthread_mutex_unlock(&m);
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    pthread_mutex_lock(&m);
    gnode.a = 2;
    pthread_mutex_unlock(&m);
    pthread_join(t, 0);
    return 0;
}
