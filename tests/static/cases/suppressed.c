// A race silenced on one line by a weft-check comment; the other shared counter still races.
#include <pthread.h>

int hits, misses;

void *worker(void *arg)
{
    (void)arg;
    hits++;   // NORACE: weft-check: ignore race (known, counted approximately on purpose)
    misses++; // RACE
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return hits + misses; // NORACE: after both joins
}
