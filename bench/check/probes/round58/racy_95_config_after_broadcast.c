/* TRUTH: racy — main writes config[3] after releasing the workers; a worker may read config[3] at the same time. */
#include <pthread.h>
static int config[4];
static int go;
static int out[2];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static void *w(void *arg) {
    int id = *(int *)arg;
    pthread_mutex_lock(&m); while (!go) pthread_cond_wait(&cv, &m); pthread_mutex_unlock(&m);
    out[id] = config[id] + config[3];
    return NULL;
}
int main(void) {
    static int ids[2] = {0, 1};
    pthread_t x, y;
    pthread_create(&x, NULL, w, &ids[0]); pthread_create(&y, NULL, w, &ids[1]);
    for (int i = 0; i < 3; i++) config[i] = i;
    pthread_mutex_lock(&m); go = 1; pthread_cond_broadcast(&cv); pthread_mutex_unlock(&m);
    config[3] = 3;
    pthread_join(x, NULL); pthread_join(y, NULL);
    return out[0] + out[1];
}
