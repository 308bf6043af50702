/* TRUTH: free — work_done is only updated when pthread_mutex_trylock returned 0; otherwise the thread counts locally */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int work_done;
static void *poller(void *a) {
    int missed = 0;
    (void)a;
    for (int i = 0; i < 100; i++) {
        if (pthread_mutex_trylock(&m) == 0) {
            work_done++;
            pthread_mutex_unlock(&m);
        } else {
            missed++;
        }
    }
    return (void *)(long)missed;
}
int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, NULL, poller, NULL);
    pthread_create(&t2, NULL, poller, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return work_done;
}
