/* TRUTH: racy — the child spawns a grandchild and does not join it; main joins the child only and then reads `leaf_value`, which the grandchild writes; main vs grandchild. */
#include <pthread.h>
#include <stdio.h>

static int leaf_value;

static void *grandchild(void *arg)
{
    (void)arg;
    leaf_value = 3;
    return NULL;
}

static void *child(void *arg)
{
    (void)arg;
    pthread_t g;
    pthread_create(&g, NULL, grandchild, NULL);
    pthread_detach(g);
    return NULL;
}

int main(void)
{
    pthread_t c;
    pthread_create(&c, NULL, child, NULL);
    pthread_join(c, NULL);
    printf("%d\n", leaf_value);
    return 0;
}
