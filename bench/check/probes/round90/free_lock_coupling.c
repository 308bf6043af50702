/* free: hand-over-hand traversal of a fixed chain of nodes: a node's val is only touched while
   holding that node's lock (lock next before unlocking current). */
#include <pthread.h>
#include <stddef.h>
#define NN 5
struct node { pthread_mutex_t lock; int val; struct node *next; };
static struct node nodes[NN];

static void walk_and_bump(void) {
    struct node *cur = &nodes[0];
    pthread_mutex_lock(&cur->lock);
    while (cur) {
        struct node *nx = cur->next;
        cur->val++;
        if (nx) pthread_mutex_lock(&nx->lock);
        pthread_mutex_unlock(&cur->lock);
        cur = nx;
    }
}
static void *worker(void *arg) { (void)arg; for (int i = 0; i < 100; i++) walk_and_bump(); return NULL; }
int main(void) {
    pthread_t a, b;
    for (int i = 0; i < NN; i++) {
        pthread_mutex_init(&nodes[i].lock, NULL);
        nodes[i].next = i + 1 < NN ? &nodes[i + 1] : NULL;
    }
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL); pthread_join(b, NULL);
    return nodes[4].val;
}
