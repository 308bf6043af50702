/* TRUTH: free — each round: the producer writes payload (line 12) before setting ready under mu; the consumer waits for ready under mu then reads payload (line 26); main joins both and resets ready = 0 (line 36) before the next round, so round 2's consumer waits for round 2's producer. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready;
static int payload;
static int got[2];

static void *producer(void *arg) {
    payload = (int)(long)arg * 100; // @A
    pthread_mutex_lock(&mu);
    ready = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&mu);
    return NULL;
}

static void *consumer(void *arg) {
    int round = (int)(long)arg;
    pthread_mutex_lock(&mu);
    while (!ready)
        pthread_cond_wait(&cv, &mu);
    pthread_mutex_unlock(&mu);
    got[round] = payload; // @B
    return NULL;
}

static void run_round(long round) {
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, (void *)round);
    pthread_create(&p, NULL, producer, (void *)(round + 1));
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    ready = 0; // @C
}

int main(void) {
    run_round(0);
    run_round(1);
    printf("%d %d\n", got[0], got[1]);
    return 0;
}
