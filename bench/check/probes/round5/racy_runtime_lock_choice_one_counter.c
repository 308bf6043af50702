/* TRUTH: racy - even and odd ids take different mutexes but all increment the single counter n (threads 0 and 1 race) */
#include <pthread.h>
static pthread_mutex_t m_even = PTHREAD_MUTEX_INITIALIZER, m_odd = PTHREAD_MUTEX_INITIALIZER;
static int n;
static void *worker(void *arg)
{
    int id = *(int *)arg;
    pthread_mutex_t *m = (id % 2 == 0) ? &m_even : &m_odd;
    pthread_mutex_lock(m);
    n++;
    pthread_mutex_unlock(m);
    return NULL;
}
int main(void)
{
    pthread_t t[4];
    int ids[4];
    for (int i = 0; i < 4; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, worker, &ids[i]);
    }
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    return n;
}
