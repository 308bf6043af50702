/* TRUTH: racy — main writes mode after creating the worker, which reads mode; nothing orders them */
#include <pthread.h>
static int mode;
static void *worker(void *arg)
{
    (void)arg;
    return (void *)(long)(mode * 2);
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    mode = 3;
    pthread_join(t, NULL);
    return 0;
}
