// racy: the recursive tree walk counts visited nodes in a global, and two threads walk at once.
#include <pthread.h>
#include <stdio.h>

struct tree { struct tree *left, *right; int v; };
static struct tree leaves[2] = { { NULL, NULL, 1 }, { NULL, NULL, 2 } };
static struct tree root = { &leaves[0], &leaves[1], 0 };
static int visited;

static void walk(const struct tree *t)
{
    if (!t)
        return;
    visited++;
    walk(t->left);
    walk(t->right);
}

static void *walker(void *arg)
{
    walk(&root);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, walker, NULL);
    pthread_create(&b, NULL, walker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
