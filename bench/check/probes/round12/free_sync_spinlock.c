// free: x guarded by a pthread spinlock.
#include <pthread.h>
static pthread_spinlock_t sl;
static int x;
static void *worker(void *a)
{
    (void)a;
    pthread_spin_lock(&sl);
    x++;
    pthread_spin_unlock(&sl);
    return NULL;
}
int main(void)
{
    pthread_spin_init(&sl, PTHREAD_PROCESS_PRIVATE);
    pthread_t p, q;
    pthread_create(&p, NULL, worker, NULL);
    pthread_create(&q, NULL, worker, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return x;
}
