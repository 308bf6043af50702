/* TRUTH: racy — ready is never reset between rounds: in round 1 the consumer sees ready == 1 left from round 0 and reads payload (line 26) while round 1's producer writes it (line 12). */
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

}

int main(void) {
    run_round(0);
    run_round(1);
    printf("%d %d\n", got[0], got[1]);
    return 0;
}
