/* racy: work items are queued under the queue lock, but the worker runs the
   work function which increments a shared counter; the main thread also
   increments the counter without the lock while the worker runs. */
#include <pthread.h>
#include <stdlib.h>
struct work { void (*fn)(struct work *); struct work *next; };
static struct work *head;
static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
static int done_count;
static void do_work(struct work *w) { (void)w; done_count++; }
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
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    done_count++;
    pthread_join(t, NULL);
    return done_count;
}
