// The racy twin of join_handle_assigned.c: a handle assigned another handle's value (a = b)
// joins that other thread: which threads its join ends is not known.
#include <pthread.h>

static int x;

static void *writer(void *p)
{
    (void)p;
    x = 1; // RACE (possible): a no longer holds this thread
    return NULL;
}

static void *idle(void *p)
{
    return p;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, writer, NULL);
    pthread_create(&b, NULL, idle, NULL);
    a = b;
    pthread_join(a, NULL);
    return x; // RACE (possible)
}
