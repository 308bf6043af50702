// racy: the dispatcher starts a helper and does not join it, so main's read of done races with the helper's write.
#include <pthread.h>
#include <stdio.h>

static int done;

static void *helper(void *arg)
{
    done = 1;
    return NULL;
}

static void *dispatcher(void *arg)
{
    pthread_t h;
    pthread_create(&h, NULL, helper, NULL);
    pthread_detach(h);
    return NULL;
}

int main(void)
{
    pthread_t d;
    pthread_create(&d, NULL, dispatcher, NULL);
    pthread_join(d, NULL);
    printf("%d\n", done);
    return 0;
}
