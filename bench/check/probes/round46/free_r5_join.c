/* TRUTH: free — main reads gnode.a only after joining the writer */
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
static void *th(void *arg) {
    (void)arg;
    struct node *np = &gnode;
    int *q = &np->a;
    *q = 1;
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    pthread_join(t, 0);
    return gnode.a;
}
