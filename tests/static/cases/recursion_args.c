// A recursive call with the arguments of the run it is in reaches what that run reached:
// it is not followed again.
#include <pthread.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int depth;

static void descend(pthread_mutex_t *l, int n)
{
    if (n == 0)
        return;
    pthread_mutex_lock(l);
    depth++; // NORACE: l is m in every call
    pthread_mutex_unlock(l);
    descend(l, n - 1);
}

static void *worker(void *arg)
{
    (void)arg;
    descend(&m, 3);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    descend(&m, 2);
    pthread_join(t, NULL);
    return depth;
}
