/* TRUTH: free. The thread-specific-data destructor bumps the exit counter at thread exit, and main reads it only after joining. */
#include <pthread.h>
#include <stdlib.h>

static pthread_key_t key;
static int exited;

static void dtor(void *p)
{
    free(p);
    exited++;
}

static void *worker(void *arg)
{
    int *mine = malloc(sizeof *mine);
    (void)arg;
    if (mine) {
        *mine = 42;
        pthread_setspecific(key, mine);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    int seen;
    pthread_key_create(&key, dtor);
    pthread_create(&t, NULL, worker, NULL);
    pthread_join(t, NULL);
    seen = exited;
    pthread_key_delete(key);
    return seen;
}
