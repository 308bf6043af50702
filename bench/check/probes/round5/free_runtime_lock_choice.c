/* TRUTH: race-free - the lock and the counter are chosen by the same parity: even ids use (m_even, n_even), odd ids (m_odd, n_odd) */
#include <pthread.h>
static pthread_mutex_t m_even = PTHREAD_MUTEX_INITIALIZER, m_odd = PTHREAD_MUTEX_INITIALIZER;
static int n_even, n_odd;
static void *worker(void *arg)
{
    int id = *(int *)arg;
    pthread_mutex_t *m = (id % 2 == 0) ? &m_even : &m_odd;
    int *n = (id % 2 == 0) ? &n_even : &n_odd;
    pthread_mutex_lock(m);
    (*n)++;
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
    return n_even + n_odd == 4 ? 0 : 1;
}
