/* free: the helper's handle is kept in a global set by the worker; main joins the
   worker, then the helper, and only then reads helper_out. */
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
    pthread_join(helper_tid, NULL);
    printf("%d\n", helper_out);
    return 0;
}
