/* TRUTH: racy — reader goes on only after a relaxed load saw ready = 1, but relaxed atomics create no happens-before: its read of data races with writer's data = 1 */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int ready;
static int data;
static int out;
static void *writer(void *a) { (void)a; data = 1; atomic_store_explicit(&ready, 1, memory_order_relaxed); return 0; }
static void *reader(void *a)
{
    (void)a;
    if (!atomic_load_explicit(&ready, memory_order_relaxed))
        pthread_exit(0);
    out = data;
    return 0;
}
int main(void)
{
    pthread_t w, r;
    pthread_create(&w, 0, writer, 0);
    pthread_create(&r, 0, reader, 0);
    pthread_join(w, 0);
    pthread_join(r, 0);
    return out;
}
