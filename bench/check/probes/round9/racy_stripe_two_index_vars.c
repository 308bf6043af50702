/* TRUTH: racy. The worker locks locks[slot] but writes counts[key]; thread a (slot 0, key 1) and thread b (slot 1, key 1) both write counts[1] under different locks. */
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
    pthread_mutex_lock(&locks[r->slot]);
    counts[r->key]++;
    pthread_mutex_unlock(&locks[r->slot]);
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
