// A join of this pass's element under a branch inside the creating loop, if (i == 0)
// join(t[i]), joins some passes' threads only: with the later loop joining t[1] and t[2],
// t[3] may still run when main reads done. Before, the join was taken for every pass's
// (the range the loop gives i), and the program was proved race-free.
#include <pthread.h>

#define N 4
static long done;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&mu);
    done++; // RACE
    pthread_mutex_unlock(&mu);
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++) {
        pthread_create(&t[i], NULL, worker, (void *)i);
        if (i == 0)
            pthread_join(t[i], NULL);
    }
    for (long i = 1; i < N - 1; i++)
        pthread_join(t[i], NULL);
    long s = done; // RACE
    pthread_join(t[N - 1], NULL);
    return (int)s;
}
