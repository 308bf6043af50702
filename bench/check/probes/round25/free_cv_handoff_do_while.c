/* TRUTH: race-free. consumer's do-while re-reads done under m after each wait and leaves only once done is set; done's only store is worker's, made under m after it wrote result. (pthread_cond_wait may wake spuriously; the loop rechecks.) */
#include <pthread.h>
#include <stdio.h>

long result;
int done;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;

void *worker(void *arg)
{
    (void)arg;
    long r = 0;
    for (int i = 1; i <= 100; i++)
        r += i;
    result = r;
    pthread_mutex_lock(&m);
    done = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

void *consumer(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    if (!done) {
        do
            pthread_cond_wait(&cv, &m);
        while (!done);
    }
    pthread_mutex_unlock(&m);
    printf("%ld\n", result);
    return NULL;
}

int main(void)
{
    pthread_t w, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&w, NULL, worker, NULL);
    pthread_join(c, NULL);
    pthread_join(w, NULL);
    return 0;
}
