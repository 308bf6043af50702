/* TRUTH: free — both threads update acc only while holding the pthread spin lock sl */
#include <pthread.h>
static pthread_spinlock_t sl;
static long acc;
static void *work(void *arg)
{
    long v = (long)arg;
    for (int i = 0; i < 100; i++) {
        pthread_spin_lock(&sl);
        acc += v;
        pthread_spin_unlock(&sl);
    }
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    pthread_spin_init(&sl, PTHREAD_PROCESS_PRIVATE);
    pthread_create(&a, NULL, work, (void *)1L);
    pthread_create(&b, NULL, work, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return acc == 300 ? 0 : 1;
}
