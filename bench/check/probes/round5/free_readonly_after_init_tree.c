/* TRUTH: race-free - main builds the binary tree before creating the searchers; searchers only read nodes */
#include <pthread.h>
#include <stdlib.h>
struct node { int key; struct node *l, *r; };
static struct node *root;
static struct node *insert(struct node *n, int k)
{
    if (!n) {
        n = calloc(1, sizeof *n);
        n->key = k;
        return n;
    }
    if (k < n->key)
        n->l = insert(n->l, k);
    else
        n->r = insert(n->r, k);
    return n;
}
static int find(const struct node *n, int k)
{
    while (n && n->key != k)
        n = k < n->key ? n->l : n->r;
    return n != NULL;
}
static void *searcher(void *arg)
{
    int base = *(int *)arg, hits = 0;
    for (int k = base; k < base + 50; k++)
        hits += find(root, k);
    return (void *)(long)hits;
}
int main(void)
{
    for (int k = 0; k < 100; k += 3)
        root = insert(root, k);
    pthread_t a, b;
    int b0 = 0, b1 = 50;
    pthread_create(&a, NULL, searcher, &b0);
    pthread_create(&b, NULL, searcher, &b1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
