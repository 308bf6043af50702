/* TRUTH: race-free. The tree (root, every node's fields, nnodes) is only touched while tree_lock is held; tree_lock is a RECURSIVE mutex so insert() may call rebalance_count(), which locks it again. Nodes are initialised privately before being linked under the lock. main frees the tree after joining both threads. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct tnode {
    int key;
    int count;
    struct tnode *left, *right;
};

static struct tnode *root;
static int nnodes;
static pthread_mutex_t tree_lock;

static int rebalance_count(void)
{
    pthread_mutex_lock(&tree_lock);
    int n = nnodes;
    pthread_mutex_unlock(&tree_lock);
    return n;
}

static void insert(int key)
{
    struct tnode *n = calloc(1, sizeof *n);
    if (!n)
        return;
    n->key = key;
    n->count = 1;
    pthread_mutex_lock(&tree_lock);
    struct tnode **pp = &root;
    while (*pp) {
        if (key == (*pp)->key) {
            (*pp)->count++;
            free(n);
            n = NULL;
            break;
        }
        pp = key < (*pp)->key ? &(*pp)->left : &(*pp)->right;
    }
    if (n) {
        *pp = n;
        nnodes++;
    }
    if (rebalance_count() > 64)
        nnodes = nnodes;   /* placeholder for a rebuild */
    pthread_mutex_unlock(&tree_lock);
}

static void free_tree(struct tnode *t)
{
    if (!t)
        return;
    free_tree(t->left);
    free_tree(t->right);
    free(t);
}

static void *inserter(void *arg)
{
    int seed = (int)(long)arg;
    for (int i = 0; i < 40; i++)
        insert((seed * 7 + i * 13) % 50);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_mutexattr_t at;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&tree_lock, &at);
    pthread_mutexattr_destroy(&at);
    pthread_create(&a, NULL, inserter, (void *)1L);
    pthread_create(&b, NULL, inserter, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d distinct keys\n", nnodes);
    free_tree(root);
    return 0;
}
