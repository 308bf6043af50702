// Ids handed out as &ids[i] after a loop stored ids[j] = j keep each thread's element its own,
// unless the array is also named as a value elsewhere: a pointer made from it may rewrite an
// element (two threads then share an id, round 21).
#include <pthread.h>

#define NW 4
static int ids[NW], ids2[NW], ids3[NW];
static long hits[NW], hits2[NW], hits3[NW];

static void *worker(void *arg)
{
    int id = *(int *)arg;
    hits[id]++; // NORACE: each id is one thread's
    return 0;
}

static void *worker2(void *arg)
{
    int id = *(int *)arg;
    hits2[id]++; // RACE (possible): ids2[NW - 1] was rewritten to 0 through a pointer
    return 0;
}

static void *worker3(void *arg)
{
    int id = *(int *)arg;
    hits3[id]++; // NORACE: ids3 + i and sizeof ids3 are no other use of the array
    return 0;
}

int main(void)
{
    pthread_t t[NW], u[NW];
    for (int i = 0; i < NW; i++)
        ids[i] = i;
    for (int i = 0; i < NW; i++)
        pthread_create(&t[i], 0, worker, &ids[i]);
    for (int i = 0; i < NW; i++)
        pthread_join(t[i], 0);
    for (int i = 0; i < NW; i++)
        ids2[i] = i;
    int *tail = ids2 + NW - 1;
    *tail = 0;
    for (int i = 0; i < NW; i++)
        pthread_create(&u[i], 0, worker2, &ids2[i]);
    for (int i = 0; i < NW; i++)
        pthread_join(u[i], 0);
    pthread_t w[NW];
    for (int i = 0; i < NW; i++)
        ids3[i] = i;
    size_t bytes = sizeof ids3;
    (void)bytes;
    for (int i = 0; i < NW; i++)
        pthread_create(&w[i], 0, worker3, ids3 + i);
    for (int i = 0; i < NW; i++)
        pthread_join(w[i], 0);
    return (int)(hits[0] + hits2[0] + hits3[0]);
}
