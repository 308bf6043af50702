/* TRUTH: racy — gp starts at objs + 0 and main moves it to objs[1]; the threads get &gp->mutex each time and lock different mutexes */
#include <pthread.h>
#include <stdlib.h>
#include <setjmp.h>
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
static struct counter *gp = objs + 0;
static int sum;
static void *addm(void *arg) {
    pthread_mutex_t *m = arg;
    pthread_mutex_lock(m);
    sum++;
    pthread_mutex_unlock(m);
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, addm, &gp->mutex);
    gp = &objs[1];
    pthread_create(&b, NULL, addm, &gp->mutex);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return sum;
}
