/* TRUTH: racy. Hand-made barrier where the waiter spins until sense != 0 but the sense is never reset/flipped: at the second barrier 'sense' is already 1, so a thread passes it without waiting and clears its slot while the other thread is still reading that slot after the first barrier. */
#include <pthread.h>
#include <stdatomic.h>

#define N 2

static atomic_int count = N;
static atomic_int sense;
static int slot[N];
static int got[N];

static void barrier(void)
{
    if (atomic_fetch_sub(&count, 1) == 1) {
        atomic_store(&count, N);
        atomic_store(&sense, 1);
    } else {
        while (atomic_load(&sense) == 0)
            ;
    }
}

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    slot[id] = id + 1;
    barrier();
    got[id] = slot[1 - id];
    barrier(); /* bug: passes at once, sense stays 1 */
    slot[id] = 0;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    return got[0] + got[1];
}
