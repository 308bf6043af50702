/* TRUTH: racy. lock() spins "while (__sync_bool_compare_and_swap(&lk, 0, 1))" (missing '!'): if the lock is held by the other thread the first CAS fails and the loop exits without the lock; both threads then write 'cfg_version'. */
#include <pthread.h>

static int lk;
static int cfg_version;

static void *updater(void *arg)
{
    (void)arg;
    while (__sync_bool_compare_and_swap(&lk, 0, 1))
        ;
    cfg_version++;
    __sync_lock_release(&lk);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, updater, NULL);
    pthread_create(&b, NULL, updater, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return cfg_version;
}
