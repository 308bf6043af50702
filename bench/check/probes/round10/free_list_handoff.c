/* free: producer mallocs nodes, fills them, then pushes onto a list under a
   mutex; consumer pops under the mutex and reads/frees the node it owns. */
#include <pthread.h>
#include <stdlib.h>
struct node { int val; struct node *next; };
static struct node *list;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static void *producer(void *x) {
    (void)x;
    for (int i = 0; i < 5; i++) {
        struct node *n = malloc(sizeof *n);
        n->val = i;
        pthread_mutex_lock(&m);
        n->next = list;
        list = n;
        pthread_cond_signal(&cv);
        pthread_mutex_unlock(&m);
    }
    return 0;
}
static void *consumer(void *x) {
    (void)x;
    int sum = 0;
    for (int i = 0; i < 5; i++) {
        pthread_mutex_lock(&m);
        while (!list) pthread_cond_wait(&cv, &m);
        struct node *n = list;
        list = n->next;
        pthread_mutex_unlock(&m);
        sum += n->val;
        free(n);
    }
    return (void *)(long)sum;
}
int main(void) {
    pthread_t p, c;
    pthread_create(&p, 0, producer, 0);
    pthread_create(&c, 0, consumer, 0);
    pthread_join(p, 0);
    pthread_join(c, 0);
    return 0;
}
