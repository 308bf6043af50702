/* racy: the worker creates a helper whose handle is kept in a global; main reads
   helper_out after joining only the worker, and joins the helper later. */
#include <pthread.h>
#include <stdio.h>

static int helper_out;
static pthread_t helper_tid;

static void *helper(void *arg) { (void)arg; helper_out = 5; return NULL; }

static void *worker(void *arg) {
    (void)arg;
    pthread_create(&helper_tid, NULL, helper, NULL);
    return NULL;
}

int main(void) {
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    pthread_join(w, NULL);
    printf("%d\n", helper_out);
    pthread_join(helper_tid, NULL);
    return 0;
}
