/* TRUTH: free — set() called by thread on &other and by main on &np->a (gnode.a): different objects each */
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
int other;
static void set(int *p) { *p = 1; }
static void *th(void *arg) {
    (void)arg;
    set(&other);
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    struct node *np = &gnode;
    set(&np->a);
    pthread_join(t, 0);
    return 0;
}
