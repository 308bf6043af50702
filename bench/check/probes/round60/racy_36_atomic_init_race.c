/* TRUTH: racy — C11 7.17.2.2: atomic_init is a non-atomic initialization and concurrent access even via an atomic operation is a data race; main's atomic_init(&a,1) after pthread_create races with the thread's atomic_load(&a). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int a;
static int out;
static void *t1(void *arg) {
    out = atomic_load(&a);
    return arg;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, t1, NULL);
    atomic_init(&a, 1);
    pthread_join(t, NULL);
    printf("%d\n", out);
    return 0;
}
