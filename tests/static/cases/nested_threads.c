// Threads started by threads: a child lives within its starter when the starter joins it,
// so it inherits the starter's place in time and the critical sections it runs inside.
#include <pthread.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int total, setup, stray, early;

static void *grandchild(void *arg)
{
    (void)arg;
    total++; // NORACE: runs inside main's critical section on m (through helper)
    return NULL;
}

static void *helper(void *arg)
{
    pthread_t g;
    (void)arg;
    pthread_create(&g, NULL, grandchild, NULL);
    pthread_join(g, NULL);
    return NULL;
}

static void *locked_child(void *arg)
{
    (void)arg;
    total++; // NORACE: inside worker's critical section on m, and main's is another one
    return NULL;
}

static void *late_child(void *arg)
{
    (void)arg;
    if (early) // NORACE: worker took m before starting it, so after main released m
        stray++; // RACE: nobody joins it: it races with the other late_child and with main
    return NULL;
}

static void *worker(void *arg)
{
    pthread_t c, d[2];
    (void)arg;
    setup = 1; // NORACE: main does not touch it, and the children start after this write
    pthread_mutex_lock(&m);
    pthread_create(&c, NULL, locked_child, NULL);
    pthread_join(c, NULL);
    for (int i = 0; i < 2; i++)
        pthread_create(&d[i], NULL, late_child, NULL);
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    return (void *)(long)setup; // NORACE: worker wrote it before starting its children, none of them writes it
}

int main(void)
{
    pthread_t w, h;
    pthread_mutex_lock(&m);
    pthread_create(&w, NULL, worker, NULL);
    early = 1; // NORACE: worker's children start after worker took m, which main holds until below
    pthread_create(&h, NULL, helper, NULL);
    pthread_join(h, NULL);
    pthread_mutex_unlock(&m);
    pthread_join(w, NULL);
    stray = 2; // RACE
    return total;
}
