/* TRUTH: free — &np->b formed and stored, but the thread's int* writes only `other`; main writes gnode.b */
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
int *keep;
static int *pick(void) { return &other; }
static void *th(void *arg) {
    (void)arg;
    int *ip = pick();
    *ip = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    struct node *np = &gnode;
    keep = &np->b;
    pthread_create(&t, 0, th, 0);
    gnode.b = 2;
    pthread_join(t, 0);
    return *keep;
}
