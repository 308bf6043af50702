// After pthread_join(t[i]) in a join loop, part[i] is the joined thread's own element only
// while t[k] keeps the thread created into it: t handed to a function that may reorder it
// (or copied over, or reached through an alias) makes join(t[0]) wait for any thread.
#include <pthread.h>
#include <string.h>

#define N 3

static int part[N], rot[N];

static void *work(void *arg)
{
    long id = (long)arg;
    part[id] = (int)id; // NORACE: read by main only after its own thread's join
    return 0;
}

static void *work_rot(void *arg)
{
    long id = (long)arg;
    rot[id] = (int)id; // RACE (possible): main reads rot[i] after joining whichever thread t[i] holds now
    return 0;
}

static void swap_first(pthread_t *t)
{
    pthread_t h = t[0];
    t[0] = t[1];
    t[1] = h;
}

int main(void)
{
    pthread_t t[N], u[N];
    int sum = 0;
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, work, (void *)i);
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], 0);
        sum += part[i];
    }
    for (long i = 0; i < N; i++)
        pthread_create(&u[i], 0, work_rot, (void *)i);
    swap_first(u);
    for (int i = 0; i < N; i++) {
        pthread_join(u[i], 0);
        sum += rot[i];
    }
    return sum;
}
