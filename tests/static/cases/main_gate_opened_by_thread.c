// main closes a gate built from an atomic exchange before starting its threads and holds it
// until it joins them, but the loader opens it (a thread that does not hold it releases it):
// the worker passes the gate while the loader still writes, so main's section orders nothing.
#include <pthread.h>
#include <stdatomic.h>

static atomic_int gate;
static int port;

static void gate_close(void)
{
    while (atomic_exchange_explicit(&gate, 1, memory_order_acquire))
        ;
}

static void gate_open(void)
{
    atomic_store_explicit(&gate, 0, memory_order_release);
}

static void *loader(void *a)
{
    (void)a;
    gate_open();
    port = 8080; // RACE (possible): after the gate opened
    return NULL;
}

static void *worker(void *a)
{
    (void)a;
    gate_close();
    int p = port;
    gate_open();
    return (void *)(long)p;
}

int main(void)
{
    pthread_t l, w;
    gate_close();
    pthread_create(&l, NULL, loader, NULL);
    pthread_create(&w, NULL, worker, NULL);
    pthread_join(l, NULL);
    pthread_join(w, NULL);
    gate_open();
    return 0;
}
