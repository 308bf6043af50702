/* TRUTH: racy - an inserter thread adds nodes (writes n->l / n->r) while a searcher walks the same links without any lock */
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
    (void)arg;
    int hits = 0;
    for (int k = 0; k < 50; k++)
        hits += find(root, k);
    return (void *)(long)hits;
}
static void *inserter(void *arg)
{
    (void)arg;
    for (int k = 1; k < 100; k += 3)
        root = insert(root, k);
    return NULL;
}
int main(void)
{
    root = insert(root, 50);
    pthread_t a, b;
    pthread_create(&a, NULL, searcher, NULL);
    pthread_create(&b, NULL, inserter, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
