// free: twin of racy_alock_plain_release: y++ is inside the lock too (released by l = 0 after it).
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
    y++;
    l = 0;
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
