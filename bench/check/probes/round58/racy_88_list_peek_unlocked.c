/* TRUTH: racy — the pusher writes head under m, the peeker reads head without the lock: write/read of head unsynchronized. */
#include <pthread.h>
#include <stdlib.h>
struct node { int v; struct node *next; };
static struct node *head;
static int peeked;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *pusher(void *arg) {
    (void)arg;
    for (int i = 0; i < 10; i++) {
        struct node *n = malloc(sizeof *n);
        if (!n) return NULL;
        n->v = i;
        pthread_mutex_lock(&m); n->next = head; head = n; pthread_mutex_unlock(&m);
    }
    return NULL;
}
static void *peeker(void *arg) { (void)arg; peeked = head != NULL; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, pusher, NULL); pthread_create(&y, NULL, peeker, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return peeked;
}
