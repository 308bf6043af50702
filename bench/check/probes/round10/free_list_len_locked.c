/* free: list insertions and the `len` counter both updated under the lock. */
#include <pthread.h>
#include <stdlib.h>
struct node { int val; struct node *next; };
static struct node *list;
static int len;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *ins(void *x) {
    struct node *n = malloc(sizeof *n);
    n->val = (int)(long)x;
    pthread_mutex_lock(&m);
    n->next = list; list = n;
    len++;
    pthread_mutex_unlock(&m);
    return 0;
}
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, ins, (void *)1L);
    pthread_create(&q, 0, ins, (void *)2L);
    pthread_join(p, 0);
    pthread_join(q, 0);
    while (list) { struct node *n = list; list = n->next; free(n); }
    return len;
}
