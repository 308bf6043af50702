/* TRUTH: racy — LIST_INSERT_HEAD from <sys/queue.h> reads and writes head.lh_first; both workers (line 7) insert their fresh node into the global list with no lock. */
#include <pthread.h>
#include <stdlib.h>
#include <sys/queue.h>
struct node { LIST_ENTRY(node) link; };
static LIST_HEAD(, node) head = LIST_HEAD_INITIALIZER(head);
static void *worker(void *arg) { (void)arg; struct node *n = malloc(sizeof *n); if (!n) return 0; LIST_INSERT_HEAD(&head, n, link); return 0; } // @A
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, worker, 0);
    pthread_create(&b, 0, worker, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return 0;
}
