// racy: the spin lock is released by a plain assignment l = 0 (a seq_cst store); y++ after it is outside the lock in both threads.
#include <pthread.h>
#include <stdatomic.h>
static atomic_int l;
static int x, y;
static void *worker(void *a)
{
    (void)a;
    while (atomic_exchange(&l, 1))
        ;
    x++;
    l = 0;
    y++;
    return NULL;
}
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, NULL, worker, NULL);
    pthread_create(&q, NULL, worker, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return x + y;
}
