/* TRUTH: racy — both threads get the address of main's local counter and increment it without a lock */
#include <pthread.h>
static void *work(void *arg)
{
    int *c = arg;
    *c += 1;
    return NULL;
}
int main(void)
{
    int counter = 0;
    pthread_t a, b;
    pthread_create(&a, NULL, work, &counter);
    pthread_create(&b, NULL, work, &counter);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return counter;
}
