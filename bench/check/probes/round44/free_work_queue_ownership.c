/* TRUTH: free — items are malloc'd by the producer, pushed under a lock, popped under the lock by exactly one consumer that then mutates and frees them outside the lock */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
typedef struct item { struct item *next; int len; char text[32]; } item_t;
static pthread_mutex_t qm = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t qc = PTHREAD_COND_INITIALIZER;
static item_t *qh;
static int closed;
static void put(item_t *it) {
    pthread_mutex_lock(&qm);
    it->next = qh;
    qh = it;
    pthread_cond_signal(&qc);
    pthread_mutex_unlock(&qm);
}
static item_t *take(void) {
    pthread_mutex_lock(&qm);
    while (!qh && !closed) pthread_cond_wait(&qc, &qm);
    item_t *it = qh;
    if (it) qh = it->next;
    pthread_mutex_unlock(&qm);
    return it;
}
static void *consumer(void *a) {
    long *chars = a;
    item_t *it;
    while ((it = take()) != NULL) {
        for (int i = 0; i < it->len; i++)
            if (it->text[i] >= 'a' && it->text[i] <= 'z') it->text[i] -= 32;
        *chars += it->len;
        free(it);
    }
    return NULL;
}
int main(void) {
    long c1 = 0, c2 = 0;
    pthread_t a, b;
    pthread_create(&a, NULL, consumer, &c1);
    pthread_create(&b, NULL, consumer, &c2);
    const char *words[] = {"alpha", "beta", "gamma", "delta", "epsilon"};
    for (int i = 0; i < 5; i++) {
        item_t *it = malloc(sizeof *it);
        strcpy(it->text, words[i]);
        it->len = (int)strlen(words[i]);
        put(it);
    }
    pthread_mutex_lock(&qm);
    closed = 1;
    pthread_cond_broadcast(&qc);
    pthread_mutex_unlock(&qm);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return (int)(c1 + c2);
}
