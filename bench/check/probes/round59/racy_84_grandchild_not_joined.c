/* TRUTH: racy — parent creates grandchild and returns without joining it; main joins only parent and then reads deep_value, which grandchild writes; the grandchild's write is unordered with main's read. */
#include <pthread.h>
#include <stdio.h>

static int deep_value;

static void *grandchild(void *a)
{
    (void)a;
    deep_value = 3;
    return NULL;
}

static void *parent(void *a)
{
    pthread_t g;
    (void)a;
    pthread_create(&g, NULL, grandchild, NULL);
    pthread_detach(g);
    return NULL;
}

int main(void)
{
    pthread_t p;
    pthread_create(&p, NULL, parent, NULL);
    pthread_join(p, NULL);
    printf("%d\n", deep_value);
    return 0;
}
