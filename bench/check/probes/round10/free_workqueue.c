/* free: work items queued before the worker starts, dequeued under the
   queue lock; the work function increments a counter under a second lock and
   main only reads it after join. */
#include <pthread.h>
#include <stdlib.h>
struct work { void (*fn)(struct work *); struct work *next; };
static struct work *head;
static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t clock_ = PTHREAD_MUTEX_INITIALIZER;
static int done_count;
static void do_work(struct work *w) { (void)w; pthread_mutex_lock(&clock_); done_count++; pthread_mutex_unlock(&clock_); }
static void *worker(void *arg) {
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&qlock);
        struct work *w = head;
        if (w) head = w->next;
        pthread_mutex_unlock(&qlock);
        if (!w) break;
        w->fn(w);
        free(w);
    }
    return NULL;
}
int main(void) {
    for (int i = 0; i < 3; i++) {
        struct work *w = malloc(sizeof *w);
        w->fn = do_work; w->next = head; head = w;
    }
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, NULL);
    pthread_create(&t2, NULL, worker, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return done_count;
}
