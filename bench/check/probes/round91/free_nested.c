/* free: a worker creates and joins its own helper; main reads the helper's output
   after joining the worker (create/join ordering is transitive). */
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
    pthread_join(h, NULL);
    worker_out = helper_out + 1;
    return NULL;
}

int main(void) {
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    pthread_join(w, NULL);
    printf("%d %d\n", helper_out, worker_out);
    return 0;
}
