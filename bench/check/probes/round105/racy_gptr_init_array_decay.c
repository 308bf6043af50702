/* TRUTH: racy — gp starts at objs[0] (initializer) and main moves it to objs[1] between the creates: the two threads lock different mutexes around total++ */
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
static struct counter *gp = objs;
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, add, gp);
    gp = &objs[1];
    pthread_create(&b, NULL, add, gp);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return total;
}
