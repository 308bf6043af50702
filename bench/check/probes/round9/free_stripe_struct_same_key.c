/* TRUTH: free. The worker locks locks[r->key] and writes counts[r->key], so every element is always guarded by its own stripe lock. */
#include <pthread.h>
#include <stdio.h>

#define NB 2
static pthread_mutex_t locks[NB] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static int counts[NB];

struct req {
    int slot;
    int key;
};

static void *worker(void *arg)
{
    struct req *r = arg;
    pthread_mutex_lock(&locks[r->key]);
    counts[r->key]++;
    pthread_mutex_unlock(&locks[r->key]);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    struct req ra = { 0, 1 }, rb = { 1, 1 };
    pthread_create(&a, NULL, worker, &ra);
    pthread_create(&b, NULL, worker, &rb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", counts[1]);
    return 0;
}
