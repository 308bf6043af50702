// A function a library calls back (bsearch's comparator) may run or not, and more than once:
// what it does to the caller's state is on some paths only (a lock it takes or releases, a
// join, an exit), and its barrier waits count as many (round 26). Counters drawn by both
// fetch_add and add_fetch, or stepped by more than one, give ids twice; a semaphore a helper
// starts above 1 through a pointer is no lock.
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int shared, ids_a[8], ids_b[8];
static int next_a;
static atomic_int next_b;
static sem_t s;
static int sem_data;

static int cmp_unlock(const void *a, const void *b)
{
    pthread_mutex_unlock(&m);
    return *(const int *)a - *(const int *)b;
}

static void *worker(void *arg)
{
    (void)arg;
    int key = 1, table[1] = {1};
    pthread_mutex_lock(&m);
    bsearch(&key, table, 1, sizeof table[0], cmp_unlock);
    shared++; // RACE (possible): the comparator released m
    pthread_mutex_unlock(&m);
    int ia = __atomic_fetch_add(&next_a, 1, __ATOMIC_SEQ_CST), ib = __atomic_add_fetch(&next_a, 1, __ATOMIC_SEQ_CST);
    ids_a[ia & 7] = 1; // RACE (possible): old and new values of one counter meet
    ids_a[ib & 7] = 2;
    int jb = atomic_fetch_add(&next_b, 1);
    ids_b[jb] = 1; // RACE (possible): next_b is also stepped by 2 and moved back by a wrap-around
    atomic_fetch_add(&next_b, 2);
    sem_wait(&s);
    sem_data++; // RACE (possible): the helper started s at 2
    sem_post(&s);
    return 0;
}

static void init_sem(sem_t *p)
{
    sem_init(p, 0, 2);
}

int main(void)
{
    init_sem(&s);
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], 0, worker, 0);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], 0);
    return shared + sem_data;
}
