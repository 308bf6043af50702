/* TRUTH: racy — stop is a plain bool: the server loop reads it (line 14) with no lock while main writes it (line 26). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <unistd.h>

static bool stop;
static pthread_mutex_t work_mu = PTHREAD_MUTEX_INITIALIZER;
static long work;

static void *server_loop(void *arg) {
    (void)arg;
    while (!stop) { // @A
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
    stop = true; // @B
    pthread_join(t, NULL);
    printf("%ld\n", work);
    return 0;
}
