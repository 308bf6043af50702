/* racy: producer pushes a node under the mutex and then keeps writing
   n->val after unlocking, while the consumer may already read it. */
#include <pthread.h>
#include <stdlib.h>
struct node { int val; struct node *next; };
static struct node *list;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static void *producer(void *x) {
    (void)x;
    struct node *n = malloc(sizeof *n);
    n->val = 0;
    pthread_mutex_lock(&m);
    n->next = list;
    list = n;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    n->val = 42;
    return 0;
}
static void *consumer(void *x) {
    (void)x;
    pthread_mutex_lock(&m);
    while (!list) pthread_cond_wait(&cv, &m);
    struct node *n = list;
    list = n->next;
    pthread_mutex_unlock(&m);
    return (void *)(long)n->val;
}
int main(void) {
    pthread_t p, c;
    pthread_create(&p, 0, producer, 0);
    pthread_create(&c, 0, consumer, 0);
    pthread_join(p, 0);
    pthread_join(c, 0);
    free(list);
    return 0;
}
