// A destructor of the program's own, handed to pthread_key_create, runs as each thread
// exits; the analysis does not follow it, so it cannot prove the program race-free. So
// is free as a destructor, which frees whatever each thread set.
// INCOMPLETE
#include <pthread.h>
#include <stdlib.h>

static pthread_key_t buf_key, other_key;
static int released;

static void release(void *p)
{
    released++;
    free(p);
}

static void *worker(void *arg)
{
    (void)arg;
    pthread_setspecific(buf_key, malloc(8));
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    pthread_key_create(&buf_key, release);
    pthread_key_create(&other_key, free);
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return released;
}
