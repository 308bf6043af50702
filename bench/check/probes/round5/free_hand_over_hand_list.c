/* TRUTH: race-free - hand-over-hand locking: each node's val is modified only while holding that node's own mutex; the list shape is fixed before threads start */
#include <pthread.h>
#define N 4
struct node { pthread_mutex_t m; int val; struct node *next; };
static struct node nodes[N];
static void *walker(void *arg)
{
    (void)arg;
    struct node *cur = &nodes[0];
    pthread_mutex_lock(&cur->m);
    while (cur) {
        cur->val++;
        struct node *nx = cur->next;
        if (nx)
            pthread_mutex_lock(&nx->m);
        pthread_mutex_unlock(&cur->m);
        cur = nx;
    }
    return NULL;
}
int main(void)
{
    for (int i = 0; i < N; i++) {
        pthread_mutex_init(&nodes[i].m, NULL);
        nodes[i].next = i + 1 < N ? &nodes[i + 1] : NULL;
    }
    pthread_t a, b;
    pthread_create(&a, NULL, walker, NULL);
    pthread_create(&b, NULL, walker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return nodes[N - 1].val == 2 ? 0 : 1;
}
