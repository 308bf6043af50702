/* racy: the worker creates a helper but does not join it, so main's read of
   helper_out (after joining only the worker) races with the helper's write. */
#include <pthread.h>
#include <stdio.h>

static int helper_out, worker_out;

static void *helper(void *arg) {
    (void)arg;
    helper_out = 5;
    return NULL;
}

static void *worker(void *arg) {
    (void)arg;
    pthread_t h;
    pthread_create(&h, NULL, helper, NULL);
    pthread_detach(h);
    worker_out = 1;
    return NULL;
}

int main(void) {
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    pthread_join(w, NULL);
    printf("%d %d\n", helper_out, worker_out);
    pthread_exit(NULL);
}
