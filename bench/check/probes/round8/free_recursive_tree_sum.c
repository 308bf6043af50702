/* TRUTH: free. The recursive insert is always entered with the tree lock held and never releases it, so all node writes are under the lock. */
#include <pthread.h>
#include <stdlib.h>

typedef struct node {
    int key;
    int count;
    struct node *left, *right;
} node_t;

static node_t root = { 50, 0, NULL, NULL };
static pthread_mutex_t tree_lock = PTHREAD_MUTEX_INITIALIZER;

/* called with tree_lock held; returns with it held */
static void insert(node_t *n, int key)
{
    if (key == n->key) {
        n->count++;
        return;
    }
    if (key < n->key) {
        if (!n->left) {
            n->left = calloc(1, sizeof *n);
            if (!n->left)
                return;
            n->left->key = key;
        }
        insert(n->left, key);
    } else {
        if (!n->right) {
            n->right = calloc(1, sizeof *n);
            if (!n->right)
                return;
            n->right->key = key;
        }
        insert(n->right, key);
    }
}

static void *adder(void *arg)
{
    int base = (int)(long)arg;
    for (int i = 0; i < 20; i++) {
        pthread_mutex_lock(&tree_lock);
        insert(&root, (base + i * 13) % 100);
        pthread_mutex_unlock(&tree_lock);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, adder, (void *)3L);
    pthread_create(&b, NULL, adder, (void *)61L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return root.count;
}
