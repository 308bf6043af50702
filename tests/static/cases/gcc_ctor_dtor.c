// Constructor functions run in main's thread before main, destructor functions after main
// returns (or exit): before any thread starts, or after main joined them all, they race
// with nothing.
#include <pthread.h>

static int config, total;

__attribute__((constructor)) static void setup(void)
{
    config = 3; // NORACE: before main starts any thread
}

__attribute__((destructor)) static void teardown(void)
{
    total = 0; // NORACE: main joined the worker
}

static void *worker(void *arg)
{
    (void)arg;
    total = config; // NORACE
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_join(t, NULL);
    return total; // NORACE
}
