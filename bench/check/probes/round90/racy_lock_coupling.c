/* racy: the traversal unlocks the current node BEFORE bumping its val (and before locking the
   next), so two walkers can increment the same node's val concurrently. */
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
        if (nx) pthread_mutex_lock(&nx->lock);
        pthread_mutex_unlock(&cur->lock);
        cur->val++;
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
