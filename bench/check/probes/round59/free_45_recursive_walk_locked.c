/* TRUTH: free — the recursive visit() adds to the shared node_total only while holding tot_m at each level; both threads use the same mutex; main reads after joins. The tree itself is only read. */
#include <pthread.h>
#include <stdio.h>

struct tree {
    int val;
    const struct tree *l, *r;
};

static pthread_mutex_t tot_m = PTHREAD_MUTEX_INITIALIZER;
static long node_total;

static void visit(const struct tree *t)
{
    if (!t)
        return;
    pthread_mutex_lock(&tot_m);
    node_total += t->val;
    pthread_mutex_unlock(&tot_m);
    visit(t->l);
    visit(t->r);
}

static const struct tree leaf1 = { 1, 0, 0 }, leaf2 = { 2, 0, 0 };
static const struct tree root = { 10, &leaf1, &leaf2 };

static void *walker(void *a)
{
    visit(a);
    return NULL;
}

int main(void)
{
    pthread_t x, y;
    pthread_create(&x, NULL, walker, (void *)&root);
    pthread_create(&y, NULL, walker, (void *)&leaf2);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%ld\n", node_total);
    return 0;
}
