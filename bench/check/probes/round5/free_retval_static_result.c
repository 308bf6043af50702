/* TRUTH: race-free - the thread writes its static result and returns its address via pthread_exit; main dereferences it only after pthread_join */
#include <pthread.h>
static long result;
static void *compute(void *arg)
{
    (void)arg;
    result = 12345;
    pthread_exit(&result);
}
int main(void)
{
    pthread_t t;
    void *ret;
    pthread_create(&t, NULL, compute, NULL);
    pthread_join(t, &ret);
    return *(long *)ret == 12345 ? 0 : 1;
}
