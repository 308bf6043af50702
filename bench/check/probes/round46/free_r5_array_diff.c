/* TRUTH: free — thread writes arr[1].a, main writes arr[2].a: different elements */
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
struct node arr[4];
static void *th(void *arg) {
    (void)arg;
    struct node *n = &arr[1];
    int *p = &n->a;
    *p = 1;
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    arr[2].a = 2;
    pthread_join(t, 0);
    return 0;
}
