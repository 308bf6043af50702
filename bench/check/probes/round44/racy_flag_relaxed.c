/* TRUTH: racy — flag is atomic but stored/loaded relaxed, so the plain data write does not happen-before the read */
#include <pthread.h>
#include <stdatomic.h>
static int data;
static atomic_int flag;
static void *writer(void *a) {
    (void)a;
    data = 123;
    atomic_store_explicit(&flag, 1, memory_order_relaxed);
    return NULL;
}
static void *reader(void *a) {
    (void)a;
    while (atomic_load_explicit(&flag, memory_order_relaxed) == 0) { }
    return (void *)(long)data;
}
int main(void) {
    pthread_t w, r;
    pthread_create(&w, NULL, writer, NULL);
    pthread_create(&r, NULL, reader, NULL);
    pthread_join(w, NULL);
    pthread_join(r, NULL);
    return 0;
}
