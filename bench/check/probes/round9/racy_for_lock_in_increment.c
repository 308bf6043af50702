/* TRUTH: racy. The for-loop takes m only in its increment clause, so the first iteration's write of x (before any increment has run) is unprotected and races with main's locked write. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void *worker(void *arg)
{
    int rounds = *(int *)arg;
    int i = 0;
    for (; i < rounds; pthread_mutex_lock(&m)) {
        x++;
        if (i > 0)
            pthread_mutex_unlock(&m);
        if (++i == rounds)
            break;
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    int rounds = 3;
    pthread_create(&t, NULL, worker, &rounds);
    pthread_mutex_lock(&m);
    x += 100;
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    printf("%d\n", x);
    return 0;
}
