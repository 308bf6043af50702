/* racy: the consumer checks have_job under the lock but, if it is not set yet,
   proceeds anyway (no wait), then reads `job` while the producer writes it. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static int have_job;
static struct { int a, b; } job;

static void *producer(void *arg) {
    (void)arg;
    job.a = 3;
    job.b = 4;
    pthread_mutex_lock(&m);
    have_job = 1;
    pthread_cond_signal(&c);
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *consumer(void *arg) {
    int *res = arg;
    pthread_mutex_lock(&m);
    int ok = have_job;
    pthread_mutex_unlock(&m);
    *res = job.a * job.b * (ok ? 1 : -1);
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
