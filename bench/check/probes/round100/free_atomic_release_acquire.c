/* TRUTH: free — message written before a release store of ready; reader reads it after an acquire load sees 1 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static char message[32];
static atomic_int ready;

static void *writer(void *arg)
{
    (void)arg;
    snprintf(message, sizeof message, "payload %d", 7);
    atomic_store_explicit(&ready, 1, memory_order_release);
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        ;
    puts(message);
    return NULL;
}

int main(void)
{
    pthread_t w, r;
    pthread_create(&r, NULL, reader, NULL);
    pthread_create(&w, NULL, writer, NULL);
    pthread_join(w, NULL);
    pthread_join(r, NULL);
    return 0;
}
