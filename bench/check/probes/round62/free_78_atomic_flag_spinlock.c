/* TRUTH: free — counter is updated only between atomic_flag_test_and_set (acquire, seq_cst) and atomic_flag_clear (release): a correct spin lock */
#include <pthread.h>
#include <stdatomic.h>
static atomic_flag lk = ATOMIC_FLAG_INIT;
static long counter;
static void *inc(void *arg)
{
    (void)arg;
    for (int i = 0; i < 500; i++) {
        while (atomic_flag_test_and_set(&lk))
            ;
        counter++;
        atomic_flag_clear(&lk);
    }
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, inc, NULL);
    pthread_create(&b, NULL, inc, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return counter == 1000 ? 0 : 1;
}
