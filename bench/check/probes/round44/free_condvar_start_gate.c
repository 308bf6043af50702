/* TRUTH: free — workers wait on a start gate (go under mutex + broadcast); params written by main before setting go under the lock */
#include <pthread.h>
#define NT 4
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int go;
static int params[3];
static int results[NT];
static void *worker(void *arg) {
    int id = (int)(long)arg;
    pthread_mutex_lock(&m);
    while (!go) pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    results[id] = params[0] * id + params[1] - params[2];
    return NULL;
}
int main(void) {
    pthread_t t[NT];
    for (long i = 0; i < NT; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    params[0] = 3; params[1] = 4; params[2] = 5;
    pthread_mutex_lock(&m);
    go = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    return results[NT - 1];
}
