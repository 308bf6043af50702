/* TRUTH: racy — gp points at an array of two counters; threads get gp and gp + 1, different mutexes */
#include <pthread.h>
#include <stdlib.h>
struct counter { int count; pthread_mutex_t mutex; };
static int total;
static void *add(void *arg) {
    struct counter *c = arg;
    pthread_mutex_lock(&c->mutex);
    total++;
    pthread_mutex_unlock(&c->mutex);
    return NULL;
}


static struct counter objs[2] = {{0, PTHREAD_MUTEX_INITIALIZER}, {0, PTHREAD_MUTEX_INITIALIZER}};
static struct counter *gp;
int main(void) {
    pthread_t a, b;
    gp = objs;
    pthread_create(&a, NULL, add, gp);
    pthread_create(&b, NULL, add, gp + 1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return total;
}
