/* TRUTH: racy — thread writes a byte of gnode.a via unsigned char*, main reads gnode.a */
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
    unsigned char *c = (unsigned char *)&np->a;
    *c = 1;
    return 0;
}
int main(int argc, char **argv) {
    (void)argc; (void)argv;
    pthread_t t;
    pthread_create(&t, 0, th, 0);
    int v = gnode.a;
    (void)v;
    pthread_join(t, 0);
    return 0;
}
