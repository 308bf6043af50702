/* TRUTH: free — stop is an atomic_bool (line 14, line 26 are atomic); work is updated under work_mu (line 16) and read by main after join. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <unistd.h>

static atomic_bool stop;
static pthread_mutex_t work_mu = PTHREAD_MUTEX_INITIALIZER;
static long work;

static void *server_loop(void *arg) {
    (void)arg;
    while (!atomic_load(&stop)) { // @A
        pthread_mutex_lock(&work_mu);
        work++; // @C
        pthread_mutex_unlock(&work_mu);
    }
    return NULL;
}

int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, server_loop, NULL);
    usleep(1000);
    atomic_store(&stop, true); // @B
    pthread_join(t, NULL);
    printf("%ld\n", work);
    return 0;
}
