/* TRUTH: racy — push_fast() reads and writes `top` without list_lock; thread b uses it while thread a uses the locked push(), so accesses to `top` race. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
struct node { int v; struct node *next; };
static struct node *top;
static pthread_mutex_t list_lock = PTHREAD_MUTEX_INITIALIZER;
static void push(int v) {
    struct node *n = malloc(sizeof *n);
    if (!n) abort();
    n->v = v;
    pthread_mutex_lock(&list_lock);
    n->next = top;
    top = n;
    pthread_mutex_unlock(&list_lock);
}
static void push_fast(int v) {
    struct node *n = malloc(sizeof *n);
    if (!n) abort();
    n->v = v;
    n->next = top;
    top = n;
}
static void *pusher(void *a) {
    int base = (int)(intptr_t)a;
    for (int i = 0; i < 50; i++) {
        if (base) push_fast(base + i); else push(base + i);
    }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, pusher, (void *)(intptr_t)0);
    pthread_create(&b, NULL, pusher, (void *)(intptr_t)1000);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    int c = 0;
    for (struct node *n = top; n; n = n->next) c++;
    printf("%d\n", c);
    return 0;
}
