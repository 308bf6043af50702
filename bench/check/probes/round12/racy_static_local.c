// racy: a static local of the thread routine is one object shared by both threads.
#include <pthread.h>
static void *worker(void *a)
{
    (void)a;
    static int calls;
    calls++;
    return NULL;
}
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, NULL, worker, NULL);
    pthread_create(&q, NULL, worker, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return 0;
}
