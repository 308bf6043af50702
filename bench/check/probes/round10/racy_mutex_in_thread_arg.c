/* racy: each thread gets its own malloc'd arg struct containing a mutex, and
   locks that per-thread mutex while writing a global. */
#include <pthread.h>
#include <stdlib.h>
struct targ { pthread_mutex_t m; int id; };
static int shared;
static void *t(void *x) {
    struct targ *a = x;
    pthread_mutex_lock(&a->m);
    shared += a->id;
    pthread_mutex_unlock(&a->m);
    return 0;
}
int main(void) {
    pthread_t th[2];
    struct targ *args[2];
    for (int i = 0; i < 2; i++) {
        args[i] = malloc(sizeof(struct targ));
        pthread_mutex_init(&args[i]->m, 0);
        args[i]->id = i;
        pthread_create(&th[i], 0, t, args[i]);
    }
    for (int i = 0; i < 2; i++) { pthread_join(th[i], 0); free(args[i]); }
    return shared;
}
