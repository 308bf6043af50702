/* TRUTH: free — detached workers each write their own slot then sem_post; main does NT sem_waits before reading any slot */
#include <pthread.h>
#include <semaphore.h>
#define NT 5
static sem_t finished;
static int out[NT];
static void *job(void *a) {
    int i = (int)(long)a;
    out[i] = i * 7;
    sem_post(&finished);
    return NULL;
}
int main(void) {
    sem_init(&finished, 0, 0);
    for (long i = 0; i < NT; i++) {
        pthread_t t;
        pthread_create(&t, NULL, job, (void *)i);
        pthread_detach(t);
    }
    for (int i = 0; i < NT; i++) sem_wait(&finished);
    int s = 0;
    for (int i = 0; i < NT; i++) s += out[i];
    return s;
}
