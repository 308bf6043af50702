/* TRUTH: free. 'locks' decays to &locks[0], so both threads hold the same mutex around the counter increment. */
#include <pthread.h>

static pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static int counter;

static void *ta(void *a)
{
    (void)a;
    pthread_mutex_lock(&locks[0]);
    counter++;
    pthread_mutex_unlock(&locks[0]);
    return 0;
}

static void *tb(void *a)
{
    (void)a;
    pthread_mutex_lock(locks);
    counter++;
    pthread_mutex_unlock(locks);
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, ta, 0);
    pthread_create(&b, 0, tb, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return counter;
}
