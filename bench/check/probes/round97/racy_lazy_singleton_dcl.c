/* RACY: broken double-checked locking; the first check of `instance` is a plain
   read racing with the plain write inside the lock. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct logger { int level; FILE *out; };
static struct logger *instance;
static pthread_mutex_t init_mu = PTHREAD_MUTEX_INITIALIZER;
static struct logger *get_logger(void) {
    if (instance == NULL) {
        pthread_mutex_lock(&init_mu);
        if (instance == NULL) {
            struct logger *l = malloc(sizeof *l);
            l->level = 1;
            l->out = stdout;
            instance = l;
        }
        pthread_mutex_unlock(&init_mu);
    }
    return instance;
}
static void *worker(void *a) {
    (void)a;
    struct logger *l = get_logger();
    return (void *)(long)l->level;
}
int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, NULL);
    pthread_create(&t2, NULL, worker, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    free(instance);
    return 0;
}
