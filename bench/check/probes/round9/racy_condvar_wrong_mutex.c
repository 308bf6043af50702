/* TRUTH: racy. The producer updates level under m_a but the consumer reads it under m_b (its cond_wait mutex), so the accesses are not mutually excluded. */
#include <pthread.h>
#include <stdio.h>
#include <time.h>

static pthread_mutex_t m_a = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t m_b = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int level;

static void *producer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 5; i++) {
        pthread_mutex_lock(&m_a);
        level++;
        pthread_mutex_unlock(&m_a);
        pthread_mutex_lock(&m_b);
        pthread_cond_signal(&cv);
        pthread_mutex_unlock(&m_b);
    }
    return NULL;
}

static void *consumer(void *arg)
{
    struct timespec ts = { 0, 0 };
    int *seen = arg;
    pthread_mutex_lock(&m_b);
    pthread_cond_timedwait(&cv, &m_b, &ts);
    *seen = level;
    pthread_mutex_unlock(&m_b);
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    int seen = 0;
    pthread_create(&c, NULL, consumer, &seen);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%d\n", seen);
    return 0;
}
