// Each thread registers a cleanup handler that bumps a global counter and runs
// it at pthread_exit; two threads run the handler concurrently -> race.
#include <pthread.h>
#include <stdio.h>
static int exits;
static void on_exit_cb(void *p) { (void)p; exits++; }
static void *worker(void *arg) {
    (void)arg;
    pthread_cleanup_push(on_exit_cb, NULL);
    pthread_exit(NULL);
    pthread_cleanup_pop(0);
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL); pthread_join(b, NULL);
    printf("%d\n", exits);
    return 0;
}
