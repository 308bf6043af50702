/* RACY: each worker locks its OWN mutex (inside its private arg struct) before
   updating the shared global `total`, so there is no mutual exclusion. */
#include <pthread.h>
#include <stdio.h>
struct warg { pthread_mutex_t m; int amount; };
static long total;
static void *worker(void *a) {
    struct warg *w = a;
    pthread_mutex_lock(&w->m);
    total += w->amount;
    pthread_mutex_unlock(&w->m);
    return NULL;
}
int main(void) {
    struct warg args[2];
    pthread_t t[2];
    for (int i = 0; i < 2; i++) {
        pthread_mutex_init(&args[i].m, NULL);
        args[i].amount = i + 1;
        pthread_create(&t[i], NULL, worker, &args[i]);
    }
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    printf("%ld\n", total);
    return 0;
}
