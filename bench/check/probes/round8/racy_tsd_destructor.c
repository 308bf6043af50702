/* TRUTH: racy. main reads the exit counter before joining, while the key destructor of the exiting worker writes it. */
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
    seen = exited;
    pthread_join(t, NULL);
    pthread_key_delete(key);
    return seen;
}
