/* TRUTH: racy. The manager thread starts a helper and returns without joining it; main
   joins the manager and then writes 'progress', which the helper may still be writing. */
#include <pthread.h>
#include <stdio.h>

static int progress;

static void *helper(void *arg)
{
    (void)arg;
    progress = 50;
    return NULL;
}

static void *manager(void *arg)
{
    pthread_t h;
    (void)arg;
    if (pthread_create(&h, NULL, helper, NULL) != 0)
        return NULL;
    pthread_detach(h);
    return NULL;
}

int main(void)
{
    pthread_t m;
    pthread_create(&m, NULL, manager, NULL);
    pthread_join(m, NULL);
    progress = 100;
    printf("%d\n", progress);
    return 0;
}
