/* TRUTH: free. Jobs are malloc'd and filled before being enqueued under q.lock, workers dequeue under q.lock and then own the job; shutdown flag is read and written under q.lock. */
#include <pthread.h>
#include <stdlib.h>

#define NWORKERS 3

typedef struct job {
    int id;
    int prio;
    long result;
    struct job *next;
} job_t;

typedef struct {
    job_t *head, *tail;
    int shutdown;
    pthread_mutex_t lock;
    pthread_cond_t cv;
} queue_t;

static queue_t q = { NULL, NULL, 0, PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER };
static long done_sum;
static pthread_mutex_t done_lock = PTHREAD_MUTEX_INITIALIZER;

static void enqueue(job_t *j)
{
    pthread_mutex_lock(&q.lock);
    j->next = NULL;
    if (q.tail)
        q.tail->next = j;
    else
        q.head = j;
    q.tail = j;
    pthread_cond_signal(&q.cv);
    pthread_mutex_unlock(&q.lock);
}

static job_t *dequeue(void)
{
    job_t *j;
    pthread_mutex_lock(&q.lock);
    while (!q.head && !q.shutdown)
        pthread_cond_wait(&q.cv, &q.lock);
    j = q.head;
    if (j) {
        q.head = j->next;
        if (!q.head)
            q.tail = NULL;
    }
    pthread_mutex_unlock(&q.lock);
    return j;
}

static void *worker(void *arg)
{
    job_t *j;
    (void)arg;
    while ((j = dequeue()) != NULL) {
        j->result = (long)j->id * j->prio;
        pthread_mutex_lock(&done_lock);
        done_sum += j->result;
        pthread_mutex_unlock(&done_lock);
        free(j);
    }
    return NULL;
}

int main(void)
{
    pthread_t w[NWORKERS];
    int i;
    for (i = 0; i < NWORKERS; i++)
        pthread_create(&w[i], NULL, worker, NULL);
    for (i = 0; i < 20; i++) {
        job_t *j = malloc(sizeof *j);
        if (!j)
            break;
        j->id = i;
        j->prio = i % 4;
        enqueue(j);
    }
    pthread_mutex_lock(&q.lock);
    q.shutdown = 1;
    pthread_cond_broadcast(&q.cv);
    pthread_mutex_unlock(&q.lock);
    for (i = 0; i < NWORKERS; i++)
        pthread_join(w[i], NULL);
    return done_sum == 0;
}
