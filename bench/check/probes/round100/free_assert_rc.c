/* TRUTH: free — pthread calls' results are stored and asserted; queue_len only changed while the mutex is held */
#include <assert.h>
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static int queue_len;

static void *enqueue_many(void *arg)
{
    int rc;
    (void)arg;
    for (int i = 0; i < 500; i++) {
        rc = pthread_mutex_lock(&mu);
        assert(rc == 0);
        queue_len++;
        rc = pthread_mutex_unlock(&mu);
        assert(rc == 0);
    }
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    int rc = pthread_create(&t1, NULL, enqueue_many, NULL);
    assert(rc == 0);
    rc = pthread_create(&t2, NULL, enqueue_many, NULL);
    assert(rc == 0);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    assert(queue_len == 1000);
    printf("%d\n", queue_len);
    return 0;
}
