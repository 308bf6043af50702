/* TRUTH: race-free - both threads get an arg whose lock and counter pointers are &shared_m and &shared_n; the counter is updated only under *a->lock */
#include <pthread.h>
struct job { pthread_mutex_t *lock; int *counter; int times; };
static pthread_mutex_t shared_m = PTHREAD_MUTEX_INITIALIZER;
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
    struct job j1 = { &shared_m, &shared_n, 10 };
    struct job j2 = { &shared_m, &shared_n, 20 };
    pthread_t a, b;
    pthread_create(&a, NULL, worker, &j1);
    pthread_create(&b, NULL, worker, &j2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return shared_n == 30 ? 0 : 1;
}
