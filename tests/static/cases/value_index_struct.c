// Per-thread argument structs: args[i].id = i before the create; each thread writes
// results[a->id] and its own a->result. The twin thread routine reads a->other, which the
// loop set to the same value for every thread.
#include <pthread.h>
#include <stdlib.h>

#define N 3
struct targ { int id; int other; long result; };
static long results[N];
static long shared_slot[N];

static void *worker(void *arg)
{
    struct targ *a = (struct targ *)arg;
    results[a->id] = a->id + 1; // NORACE: each thread its own id
    a->result = results[a->id];
    return NULL;
}

static void *helper(void *arg)
{
    struct targ *a = arg;
    int k = a->other;
    shared_slot[k] += 1; // RACE (possible): other is 0 for every thread
    return NULL;
}

int main(void)
{
    pthread_t t[N], h[N];
    struct targ args[N], more[N];
    for (int i = 0; i < N; i++) {
        args[i].id = i;
        args[i].other = 0;
        args[i].result = 0;
        pthread_create(&t[i], NULL, worker, &args[i]);
    }
    for (int i = 0; i < N; i++) {
        more[i].id = i;
        more[i].other = 0;
        pthread_create(&h[i], NULL, helper, &more[i]);
    }
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], NULL);
        pthread_join(h[i], NULL);
    }
    return (int)(results[0] + shared_slot[0]);
}
