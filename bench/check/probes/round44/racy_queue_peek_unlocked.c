/* TRUTH: racy — consumer peeks at the queue head pointer without the lock while the producer links new items under it */
#include <pthread.h>
#include <stdlib.h>
typedef struct item { struct item *next; int v; } item_t;
static pthread_mutex_t qm = PTHREAD_MUTEX_INITIALIZER;
static item_t *qh;
static void *producer(void *a) {
    (void)a;
    for (int i = 0; i < 10; i++) {
        item_t *it = malloc(sizeof *it);
        it->v = i;
        pthread_mutex_lock(&qm);
        it->next = qh;
        qh = it;
        pthread_mutex_unlock(&qm);
    }
    return NULL;
}
static void *consumer(void *a) {
    int *got = a;
    while (*got < 10) {
        if (qh == NULL) continue;      /* unlocked peek */
        pthread_mutex_lock(&qm);
        item_t *it = qh;
        if (it) qh = it->next;
        pthread_mutex_unlock(&qm);
        if (it) { (*got)++; free(it); }
    }
    return NULL;
}
int main(void) {
    int got = 0;
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, &got);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return got;
}
