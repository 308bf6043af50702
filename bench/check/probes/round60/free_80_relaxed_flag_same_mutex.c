/* TRUTH: free — writer: data=1; lock(m); unlock(m); relaxed store f=1. Reader: relaxed wait for f==1; lock(m); unlock(m); read data. If the reader's critical section preceded the writer's, the reader's load would happen-before the store it reads from (coherence violation), so the writer's unlock must synchronize with the reader's lock and data is ordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static atomic_int f;
static int data;
static int out;
static void *writer(void *arg) {
    data = 1;
    pthread_mutex_lock(&m);
    pthread_mutex_unlock(&m);
    atomic_store_explicit(&f, 1, memory_order_relaxed);
    return arg;
}
static void *reader(void *arg) {
    while (!atomic_load_explicit(&f, memory_order_relaxed))
        ;
    pthread_mutex_lock(&m);
    pthread_mutex_unlock(&m);
    out = data;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, writer, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", out);
    return 0;
}
