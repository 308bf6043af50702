/* TRUTH: racy — the producer appends with TAILQ_INSERT_TAIL without q_mu (line 19): it writes q.tqh_last and the queue links while the consumer reads and updates them under q_mu (line 30). */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <sched.h>
#include <sys/queue.h>

struct job { int n; TAILQ_ENTRY(job) link; };
static TAILQ_HEAD(job_q, job) q = TAILQ_HEAD_INITIALIZER(q);
static pthread_mutex_t q_mu = PTHREAD_MUTEX_INITIALIZER;
static long done_sum;

static void *producer(void *arg) {
    (void)arg;
    for (int i = 0; i < 4; i++) {
        struct job *j = malloc(sizeof *j);
        if (!j) abort();
        j->n = i;
        TAILQ_INSERT_TAIL(&q, j, link); // @A
    }
    return NULL;
}

static void *consumer(void *arg) {
    (void)arg;
    int got = 0;
    while (got < 4) {
        struct job *j = NULL;
        pthread_mutex_lock(&q_mu);
        if (!TAILQ_EMPTY(&q)) { // @B
            j = TAILQ_FIRST(&q);
            TAILQ_REMOVE(&q, j, link);
        }
        pthread_mutex_unlock(&q_mu);
        if (!j) { sched_yield(); continue; }
        done_sum += j->n;
        free(j);
        got++;
    }
    return NULL;
}

int main(void) {
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%ld\n", done_sum);
    return 0;
}
