/* TRUTH: free — parent joins grandchild before returning and main joins parent before reading deep_value; join edges compose, so grandchild's write happens-before main's read. */
#include <pthread.h>
#include <stdio.h>

static int deep_value;

static void *grandchild(void *a)
{
    deep_value = *(int *)a;
    return NULL;
}

static void *parent(void *a)
{
    pthread_t g;
    if (pthread_create(&g, NULL, grandchild, a) != 0)
        return NULL;
    pthread_join(g, NULL);
    return NULL;
}

int main(void)
{
    int seed = 12;
    pthread_t p;
    pthread_create(&p, NULL, parent, &seed);
    pthread_join(p, NULL);
    printf("%d\n", deep_value);
    return 0;
}
