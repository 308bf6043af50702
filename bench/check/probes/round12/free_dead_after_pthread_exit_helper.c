// free: finish() always ends the calling thread, so x++ after it never runs.
#include <pthread.h>
static int x;
static void finish(void) { pthread_exit(NULL); }
static void *worker(void *a)
{
    (void)a;
    finish();
    x++;
    return NULL;
}
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, NULL, worker, NULL);
    pthread_create(&q, NULL, worker, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return x;
}
