/* TRUTH: free. The child joins the grandchild before returning and main joins the child before reading result. */
#include <pthread.h>
#include <stdio.h>

static int result;
static int input = 5;

static void *grandchild(void *arg)
{
    (void)arg;
    result = input * 2;
    return NULL;
}

static void *child(void *arg)
{
    pthread_t g;
    (void)arg;
    pthread_create(&g, NULL, grandchild, NULL);
    pthread_join(g, NULL);
    return NULL;
}

int main(void)
{
    pthread_t c;
    pthread_create(&c, NULL, child, NULL);
    pthread_join(c, NULL);
    printf("%d\n", result);
    return 0;
}
