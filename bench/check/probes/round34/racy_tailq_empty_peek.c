/* TRUTH: racy — the consumer peeks with TAILQ_EMPTY(&q) before taking q_mu (line 31): that reads q.tqh_first while the producer's TAILQ_INSERT_TAIL writes the queue head under q_mu (line 20). */
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
        pthread_mutex_lock(&q_mu);
        TAILQ_INSERT_TAIL(&q, j, link); // @A
        pthread_mutex_unlock(&q_mu);
    }
    return NULL;
}

static void *consumer(void *arg) {
    (void)arg;
    int got = 0;
    while (got < 4) {
        struct job *j = NULL;
        if (TAILQ_EMPTY(&q)) { sched_yield(); continue; } // @B
        pthread_mutex_lock(&q_mu);
        if (!TAILQ_EMPTY(&q)) {
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
