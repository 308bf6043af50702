/* free: each thread gets its own arg struct, but the struct holds a POINTER to
   one shared mutex, which protects the global. */
#include <pthread.h>
#include <stdlib.h>
struct targ { pthread_mutex_t *m; int id; };
static pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void *t(void *x) {
    struct targ *a = x;
    pthread_mutex_lock(a->m);
    shared += a->id;
    pthread_mutex_unlock(a->m);
    return 0;
}
int main(void) {
    pthread_t th[2];
    struct targ args[2];
    for (int i = 0; i < 2; i++) {
        args[i].m = &gm;
        args[i].id = i;
        pthread_create(&th[i], 0, t, &args[i]);
    }
    for (int i = 0; i < 2; i++) pthread_join(th[i], 0);
    return shared;
}
