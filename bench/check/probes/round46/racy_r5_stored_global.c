/* TRUTH: racy — gp = &np->b (gnode.b) published before create; thread writes *gp, main writes np->b */
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
int *gp;
static void *th(void *arg) {
    (void)arg;
    *gp = 5;
    return 0;
}
int main(void) {
    pthread_t t;
    struct node *np = &gnode;
    gp = &np->b;
    pthread_create(&t, 0, th, 0);
    np->b = 6;
    pthread_join(t, 0);
    return 0;
}
