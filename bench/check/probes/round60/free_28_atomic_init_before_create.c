/* TRUTH: free — atomic_init (a non-atomic initialization) of a is done by main before pthread_create and again after pthread_join; the thread only uses atomic operations on a in between; create/join order the non-atomic inits. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int a;
static void *worker(void *arg) {
    atomic_fetch_add(&a, 5);
    return arg;
}
int main(void) {
    pthread_t t;
    atomic_init(&a, 1);
    pthread_create(&t, NULL, worker, NULL);
    pthread_join(t, NULL);
    printf("%d\n", atomic_load(&a));
    atomic_init(&a, 0);
    return 0;
}
