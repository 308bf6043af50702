/* TRUTH: free — join_fn points at pthread_join, so join_fn(t, NULL) joins the worker: its write of result (line 6) happens before main's write (line 13). */
#include <pthread.h>
#include <stdio.h>

static int result;
static void *worker(void *arg) { (void)arg; result = 7; return NULL; } // @A

int main(void) {
    int (*join_fn)(pthread_t, void **) = pthread_join;
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    join_fn(t, NULL);
    result = 0; // @B
    printf("%d\n", result);
    return 0;
}
