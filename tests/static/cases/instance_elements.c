// Instances of one thread started by main's counting loop, each handed its own index id:
// data[id % 4] of four instances reach four elements (ids 0..3 differ modulo 4), while
// data[id % 2] of three instances reaches one element twice (ids 0 and 2), and a[id + 1]
// read by instance 0 is a[id] written by instance 1: two instances surely reach one element,
// a definite race. Where the neighbour is read only on some paths, the race stays possible.
#include <pthread.h>

#define N 3
static int four[4], two[2], a[N + 1], b[N], c[N + 1];

static void *by_four(void *arg)
{
    long id = (long)arg;
    four[id % 4] = (int)id; // NORACE: ids 0..3 are distinct modulo 4
    return 0;
}

static void *by_two(void *arg)
{
    long id = (long)arg;
    two[id % 2] = (int)id; // RACE (definite): ids 0 and 2 both write two[0]
    return 0;
}

static void *smooth(void *arg)
{
    int id = *(int *)arg;
    a[id] = id; // RACE (definite): instance id + 1 writes what instance id reads
    b[id] = a[id + 1];
    if (id > 0)
        c[id] = id; // RACE (possible): only some instances write, by a branch on id
    c[id + 1] += 1;
    return 0;
}

int main(void)
{
    pthread_t t4[4], t2[N], ts[N];
    int ids[N];
    for (long i = 0; i < 4; i++)
        pthread_create(&t4[i], 0, by_four, (void *)i);
    for (long i = 0; i < N; i++)
        pthread_create(&t2[i], 0, by_two, (void *)i);
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        pthread_create(&ts[i], 0, smooth, &ids[i]);
    }
    for (int i = 0; i < 4; i++)
        pthread_join(t4[i], 0);
    for (int i = 0; i < N; i++)
        pthread_join(t2[i], 0);
    for (int i = 0; i < N; i++)
        pthread_join(ts[i], 0);
    return four[0] + two[0] + b[0] + c[1];
}
