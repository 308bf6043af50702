/* TRUTH: free. The parent thread writes setting before creating the child, and then waits for it; creation and join order all accesses. */
#include <pthread.h>
#include <stdio.h>

static int setting;

static void *child(void *arg)
{
    (void)arg;
    setting *= 2;
    return NULL;
}

static void *parent(void *arg)
{
    pthread_t c;
    (void)arg;
    setting = 21;
    pthread_create(&c, NULL, child, NULL);
    pthread_join(c, NULL);
    setting++;
    return NULL;
}

int main(void)
{
    pthread_t p;
    pthread_create(&p, NULL, parent, NULL);
    pthread_join(p, NULL);
    printf("%d\n", setting);
    return 0;
}
