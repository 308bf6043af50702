/* TRUTH: free — the loop's switch always returns at i == 3, so the write to after is never reached */
#include <pthread.h>
static int after;
static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++) {
        switch (i) {
        case 3:
            return NULL;
        default:
            break;
        }
    }
    after = 1;
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    after = 2;
    pthread_join(t, NULL);
    return after;
}
