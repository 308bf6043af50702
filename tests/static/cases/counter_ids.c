// An id drawn by a plain increment of a counter (id = next++ under a lock) is no other
// draw's, while the increments do not race (a race on the counter is reported on it) and
// nothing moves the counter back: each thread's slot[id] is its own. A reset while threads
// run gives an id twice.
#include <pthread.h>

#define N 4
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int next, next2, slot[N], slot2[N];

static void *worker(void *a)
{
    (void)a;
    pthread_mutex_lock(&m);
    int id = next++;
    pthread_mutex_unlock(&m);
    slot[id] = id; // NORACE: each draw's own element
    return 0;
}

static void *worker2(void *a)
{
    (void)a;
    pthread_mutex_lock(&m);
    int id = next2++;
    if (next2 == N / 2)
        next2 = 0; /* a reset: the next draw gives 0 again */
    pthread_mutex_unlock(&m);
    slot2[id] = id; // RACE (possible): two threads may draw the same id
    return 0;
}

int main(void)
{
    pthread_t t[N], u[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], 0, worker, 0);
    for (int i = 0; i < N; i++)
        pthread_create(&u[i], 0, worker2, 0);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    for (int i = 0; i < N; i++)
        pthread_join(u[i], 0);
    return slot[0] + slot2[0];
}
