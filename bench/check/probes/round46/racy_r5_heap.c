/* TRUTH: racy — heap node passed to thread; thread writes n->a via int*, main writes n->a after create */
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
static void *th(void *arg) {
    int *p = &((struct node *)arg)->a;
    *p = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    struct node *n = malloc(sizeof *n);
    n->a = 0;
    pthread_create(&t, 0, th, n);
    n->a = 3;
    pthread_join(t, 0);
    free(n);
    return 0;
}
