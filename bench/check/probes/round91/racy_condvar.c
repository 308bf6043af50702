/* racy: the producer writes job.b AFTER publishing have_job and unlocking, so the
   woken consumer's read of job.b can overlap that write. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static int have_job;
static struct { int a, b; } job;

static void *producer(void *arg) {
    (void)arg;
    job.a = 3;
    pthread_mutex_lock(&m);
    have_job = 1;
    pthread_cond_signal(&c);
    pthread_mutex_unlock(&m);
    job.b = 4;
    return NULL;
}

static void *consumer(void *arg) {
    int *res = arg;
    pthread_mutex_lock(&m);
    while (!have_job)
        pthread_cond_wait(&c, &m);
    pthread_mutex_unlock(&m);
    *res = job.a * job.b;
    return NULL;
}

int main(void) {
    int r = 0;
    pthread_t p, q;
    pthread_create(&q, NULL, consumer, &r);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    printf("%d\n", r);
    return 0;
}
