/* TRUTH: free — the child creates the grandchild and joins it before returning; main joins the child and only then reads leaf_value; join chain gives happens-before. */
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
    pthread_join(g, NULL);
    leaf_value++;
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
