/* TRUTH: race-free. A bounded queue: every access to q[], head, tail, count and done is made
   with qlock held (waits re-take it); main reads after joining. */
#include <pthread.h>
#include <stdio.h>

#define CAP 4
static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER, not_full = PTHREAD_COND_INITIALIZER;
static int q[CAP], head, tail, count, done;
static long consumed;

static void *producer(void *arg)
{
    (void)arg;
    for (int i = 1; i <= 10; i++) {
        pthread_mutex_lock(&qlock);
        while (count == CAP)
            pthread_cond_wait(&not_full, &qlock);
        q[tail] = i;
        tail = (tail + 1) % CAP;
        count++;
        pthread_cond_signal(&not_empty);
        pthread_mutex_unlock(&qlock);
    }
    pthread_mutex_lock(&qlock);
    done = 1;
    pthread_cond_broadcast(&not_empty);
    pthread_mutex_unlock(&qlock);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&qlock);
        while (count == 0 && !done)
            pthread_cond_wait(&not_empty, &qlock);
        if (count == 0 && done) {
            pthread_mutex_unlock(&qlock);
            break;
        }
        consumed += q[head];
        head = (head + 1) % CAP;
        count--;
        pthread_cond_signal(&not_full);
        pthread_mutex_unlock(&qlock);
    }
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%ld\n", consumed);
    return 0;
}
