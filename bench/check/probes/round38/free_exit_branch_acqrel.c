/* TRUTH: free — the release store of ready (after data = 1) and the acquire load that saw 1 synchronize; otherwise reader exits before reading data */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int ready;
static int data;
static int out;
static void *writer(void *a) { (void)a; data = 1; atomic_store_explicit(&ready, 1, memory_order_release); return 0; }
static void *reader(void *a)
{
    (void)a;
    if (!atomic_load_explicit(&ready, memory_order_acquire))
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
