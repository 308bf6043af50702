// Atomic objects and the three families of atomic operations are not races; a plain access mixed in is.
#include <pthread.h>
#include <stdatomic.h>

_Atomic int hits;
atomic_long bytes;
int gcc_count;
int sync_count;
int plain;

static void *worker(void *arg)
{
    (void)arg;
    hits++; // NORACE
    atomic_fetch_add(&bytes, 10); // NORACE
    __atomic_fetch_add(&gcc_count, 1, __ATOMIC_SEQ_CST); // NORACE
    __sync_fetch_and_add(&sync_count, 1); // NORACE
    plain++; // RACE
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
