/* TRUTH: racy. The constructor early() runs before main and sets ready = 1, so consumer's wait loop may end at once and consumer reads data while producer writes data = 1 (no order between them); ready's own accesses are ordered (the constructor's write comes before main, the rest hold m). */
#include <pthread.h>
#include <stdio.h>

int data;
int ready;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;

__attribute__((constructor)) static void early(void)
{
    ready = 1;
}

void *producer(void *arg)
{
    (void)arg;
    data = 1;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

void *consumer(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    while (!ready)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    printf("%d\n", data);
    return NULL;
}

int main(void)
{
    pthread_t c, p;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(c, NULL);
    pthread_join(p, NULL);
    return 0;
}
