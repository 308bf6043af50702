/* free: threads created into one pthread_t variable, but each is joined inside the
   same loop iteration before the next is created. */
#include <pthread.h>
#include <stdio.h>

static int hits;

static void *job(void *arg) {
    (void)arg;
    hits++;
    return NULL;
}

int main(void) {
    pthread_t t;
    for (int i = 0; i < 4; i++) {
        pthread_create(&t, NULL, job, NULL);
        pthread_join(t, NULL);
    }
    printf("%d\n", hits);
    return 0;
}
