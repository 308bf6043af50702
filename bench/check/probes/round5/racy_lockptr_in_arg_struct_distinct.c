/* TRUTH: racy - the two jobs carry different lock pointers (&ma, &mb) but the same counter pointer (&shared_n) */
#include <pthread.h>
struct job { pthread_mutex_t *lock; int *counter; int times; };
static pthread_mutex_t ma = PTHREAD_MUTEX_INITIALIZER, mb = PTHREAD_MUTEX_INITIALIZER;
static int shared_n;
static void *worker(void *arg)
{
    struct job *j = arg;
    for (int i = 0; i < j->times; i++) {
        pthread_mutex_lock(j->lock);
        (*j->counter)++;
        pthread_mutex_unlock(j->lock);
    }
    return NULL;
}
int main(void)
{
    struct job j1 = { &ma, &shared_n, 10 };
    struct job j2 = { &mb, &shared_n, 20 };
    pthread_t a, b;
    pthread_create(&a, NULL, worker, &j1);
    pthread_create(&b, NULL, worker, &j2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return shared_n;
}
