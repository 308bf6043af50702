/* TRUTH: racy — owners decrement refs with __atomic_sub_fetch, but the cleanup check reads refs plainly (if (o->refs == 0)) while the other owner may concurrently be doing its atomic decrement: plain read vs atomic write unordered. */
#include <pthread.h>
#include <stdio.h>
struct obj { int refs; int data; };
static struct obj g = { 2, 1 };
static int freed;
static void *user(void *arg) {
    __atomic_sub_fetch(&g.refs, 1, __ATOMIC_ACQ_REL);
    if (g.refs == 0)               /* plain read */
        __atomic_store_n(&freed, 1, __ATOMIC_RELAXED);
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, user, NULL);
    pthread_create(&b, NULL, user, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", freed);
    return 0;
}
