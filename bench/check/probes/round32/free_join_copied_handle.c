/* TRUTH: race-free. main joins the worker through a copy of its handle (same thread id) before reading result. */
#include <pthread.h>
int result;
static void *worker(void *arg) { (void)arg; result = 42; return NULL; }
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_t copy = t;
    pthread_join(copy, NULL);
    return result;
}
