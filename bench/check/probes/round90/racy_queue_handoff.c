/* racy: the producer keeps writing j->in after pushing j (after unlocking q_lock); the
   consumer may already have popped j and reads j->in outside the lock. */
#include <pthread.h>
#include <stdlib.h>
struct job { struct job *next; int in; int out; };
static pthread_mutex_t q_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t q_cond = PTHREAD_COND_INITIALIZER;
static struct job *q_head;
static int q_done;

static void *producer(void *arg) {
    (void)arg;
    for (int i = 0; i < 100; i++) {
        struct job *j = malloc(sizeof *j);
        j->in = 0;
        j->out = 0;
        pthread_mutex_lock(&q_lock);
        j->next = q_head;
        q_head = j;
        pthread_cond_signal(&q_cond);
        pthread_mutex_unlock(&q_lock);
        j->in = i;
    }
    pthread_mutex_lock(&q_lock);
    q_done = 1;
    pthread_cond_signal(&q_cond);
    pthread_mutex_unlock(&q_lock);
    return NULL;
}
static void *consumer(void *arg) {
    long sum = 0;
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&q_lock);
        while (!q_head && !q_done) pthread_cond_wait(&q_cond, &q_lock);
        struct job *j = q_head;
        if (j) q_head = j->next;
        pthread_mutex_unlock(&q_lock);
        if (!j) break;
        j->out = j->in * 2;
        sum += j->out;
    }
    return (void *)sum;
}
int main(void) {
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(p, NULL); pthread_join(c, NULL);
    return 0;
}
