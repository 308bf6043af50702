/* TRUTH: race-free. main joins the worker, reads total, then ends with pthread_exit; nothing runs concurrently with the accesses. */
#include <pthread.h>
#include <stdio.h>
int total;
static void *worker(void *arg) { (void)arg; total = 5; return NULL; }
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_join(t, NULL);
    printf("%d\n", total);
    pthread_exit(NULL);
}
