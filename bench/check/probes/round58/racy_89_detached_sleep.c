/* TRUTH: racy — the detached worker writes result; main only sleeps (no synchronization) and reads result: write/read unordered. */
#include <pthread.h>
#include <unistd.h>
static int result;
static void *w(void *arg) { (void)arg; result = 42; return NULL; }
int main(void) {
    pthread_t x;
    pthread_create(&x, NULL, w, NULL);
    pthread_detach(x);
    usleep(1000);
    return result != 42;
}
