/* TRUTH: racy — flag is a plain int: the reader's loads in while (!flag) (line 18) and the writer's flag = 1 (line 11) are a non-atomic write and read, unordered. */
#include <pthread.h>

static int flag;
static int data;

static void *writer(void *arg)
{
    (void)arg;
    data = 5;
    flag = 1;
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    while (!flag)
        ;
    return (void *)(long)data;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, reader, NULL);
    pthread_create(&b, NULL, writer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
