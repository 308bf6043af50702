/* TRUTH: racy - the lock is locks[k % 4] but the slot is count[k % 3]: key 5 (lock 1, slot 2) and key 2 (lock 2, slot 2) write count[2] under different locks */
#include <pthread.h>
static pthread_mutex_t locks[4] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
                                    PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static int count[3];
static void add(unsigned k)
{
    pthread_mutex_lock(&locks[k % 4]);
    count[k % 3]++;
    pthread_mutex_unlock(&locks[k % 4]);
}
static void *worker(void *arg)
{
    unsigned key = *(unsigned *)arg;
    add(key);
    return NULL;
}
int main(void)
{
    pthread_t t[2];
    static unsigned keys[2] = { 5, 2 };
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, &keys[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return count[2];
}
