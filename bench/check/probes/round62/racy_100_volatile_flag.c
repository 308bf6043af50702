/* TRUTH: racy — volatile is not synchronization: the writer's plain write of data and the reader's read of data after seeing the volatile flag are not ordered (and flag itself is a non-atomic conflicting access) */
#include <pthread.h>
static volatile int flag;
static int data;
static void *writer(void *arg)
{
    (void)arg;
    data = 10;
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
    pthread_create(&b, NULL, reader, NULL);
    pthread_create(&a, NULL, writer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
