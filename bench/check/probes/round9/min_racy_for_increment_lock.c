/* TRUTH: racy. The lock in the for-increment clause runs only after the first iteration, so the first x++ is unlocked and races with main's locked write x = 5. */
#include <pthread.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void *worker(void *arg)
{
    int i = 0;
    (void)arg;
    for (; i < 3; pthread_mutex_lock(&m)) {
        x++;
        if (i > 0)
            pthread_mutex_unlock(&m);
        if (++i == 3)
            break;
    }
    return 0;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    pthread_mutex_lock(&m);
    x = 5;
    pthread_mutex_unlock(&m);
    pthread_join(t, 0);
    return x;
}
