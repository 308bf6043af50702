/* racy: all threads are created into the same pthread_t variable, so only the last
   one is joined; main then reads `hits` written by the earlier threads. */
#include <pthread.h>
#include <stdio.h>

static int hits;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static void *job(void *arg) {
    (void)arg;
    pthread_mutex_lock(&m);
    hits++;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void) {
    pthread_t t;
    for (int i = 0; i < 4; i++)
        pthread_create(&t, NULL, job, NULL);
    pthread_join(t, NULL);
    printf("%d\n", hits);
    pthread_exit(NULL);
}
