/* TRUTH: free — thread writes n1.a, main writes n2.a: different objects */
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
struct node n1, n2;
static void *th(void *arg) {
    (void)arg;
    struct node *np = &n1;
    int *q = &np->a;
    *q = 1;
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    n2.a = 2;
    pthread_join(t, 0);
    return 0;
}
