/* TRUTH: racy — bump(&np->a) with np = &gnode in thread; main increments gnode.a concurrently */
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
static void bump(int *p) { (*p)++; }
static void *th(void *arg) {
    struct node *np = arg;
    bump(&np->a);
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, th, &gnode);
    gnode.a++;
    pthread_join(t, 0);
    return 0;
}
