/* TRUTH: race-free. main calls wait_done(), which polls 'done' under the mutex until the producer has set it (after writing result); the consumer is started afterwards, so producer's write of result happens before consumer's accesses. */
#include <pthread.h>
#include <stdio.h>

struct job {
    pthread_mutex_t mu;
    int done;
};

static struct job J = {PTHREAD_MUTEX_INITIALIZER, 0};
static long result;

static int is_done(struct job *j)
{
    pthread_mutex_lock(&j->mu);
    int d = j->done;
    pthread_mutex_unlock(&j->mu);
    return d;
}

static void wait_done(struct job *j)
{
    while (!is_done(j))
        ;
}

static void *producer(void *arg)
{
    (void)arg;
    result = 1234;
    pthread_mutex_lock(&J.mu);
    J.done = 1;
    pthread_mutex_unlock(&J.mu);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    result += 1;
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    wait_done(&J);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(c, NULL);
    pthread_join(p, NULL);
    printf("%ld\n", result);
    return 0;
}
