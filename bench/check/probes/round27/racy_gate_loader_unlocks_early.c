/* TRUTH: racy. main closes the spin gate before starting the threads and never opens it itself; the loader opens it (release store of 0) BEFORE it finishes writing cfg.port, so a worker that gets through the gate reads cfg.port while the loader writes it. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

struct config { int verbose; int port; };

static atomic_int gate;
static struct config cfg;

static void gate_close(void)
{
    do {
    } while (atomic_exchange_explicit(&gate, 1, memory_order_acquire));
}

static void gate_open(void)
{
    atomic_store_explicit(&gate, 0, memory_order_release);
}

static void *loader(void *arg)
{
    (void)arg;
    cfg.verbose = 1;
    gate_open(); /* bug: too early */
    cfg.port = 8080;
    return NULL;
}

static void *worker(void *arg)
{
    (void)arg;
    gate_close();
    printf("port %d verbose %d\n", cfg.port, cfg.verbose);
    gate_open();
    return NULL;
}

int main(void)
{
    pthread_t l, w;
    gate_close();
    pthread_create(&w, NULL, worker, NULL);
    pthread_create(&l, NULL, loader, NULL);
    pthread_join(l, NULL);
    pthread_join(w, NULL);
    return 0;
}
