/* TRUTH: free — tls_counter() returns the address of the calling thread's own __thread `hits`; each worker increments only its own copy through that pointer; results[] by distinct index. */
#include <pthread.h>
#include <stdio.h>

static __thread long hits;
static long results[3];

static long *tls_counter(void) { return &hits; }

static void note(void) { (*tls_counter())++; }

static void *worker(void *arg)
{
    long id = (long)arg;
    for (long i = 0; i <= id * 10; i++)
        note();
    results[id] = hits;
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (long i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%ld %ld %ld\n", results[0], results[1], results[2]);
    return 0;
}
