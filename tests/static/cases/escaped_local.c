// A local whose address is published through a global pointer is shared: never silence it.
#include <pthread.h>

int *shared;

static void *worker(void *arg)
{
    (void)arg;
    *shared = 1; // RACE (possible): through the pointer, by type
    return NULL;
}

int main(void)
{
    int local = 0;
    shared = &local;
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    local = 2; // RACE
    pthread_join(t, NULL);
    return local; // NORACE
}
