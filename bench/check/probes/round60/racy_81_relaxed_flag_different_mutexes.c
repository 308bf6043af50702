/* TRUTH: racy — like a relaxed hand-off but the writer locks/unlocks m1 and the reader locks/unlocks m2: different mutexes never synchronize with each other, so the plain data write/read race. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
static atomic_int f;
static int data;
static int out;
static void *writer(void *arg) {
    data = 1;
    pthread_mutex_lock(&m1);
    pthread_mutex_unlock(&m1);
    atomic_store_explicit(&f, 1, memory_order_relaxed);
    return arg;
}
static void *reader(void *arg) {
    while (!atomic_load_explicit(&f, memory_order_relaxed))
        ;
    pthread_mutex_lock(&m2);
    pthread_mutex_unlock(&m2);
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
