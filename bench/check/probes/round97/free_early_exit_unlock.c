/* FREE: worker may exit early on bad input but always unlocks first; all shared
   updates are under the mutex. */
#include <pthread.h>
#include <stdio.h>
static int errors;
static long total;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static int inputs[4] = { 5, -1, 7, -3 };
static void *worker(void *a) {
    int v = *(int *)a;
    pthread_mutex_lock(&mu);
    if (v < 0) {
        errors++;
        pthread_mutex_unlock(&mu);
        return NULL;
    }
    total += v;
    pthread_mutex_unlock(&mu);
    return NULL;
}
int main(void) {
    pthread_t t[4];
    for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, worker, &inputs[i]);
    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    printf("%ld %d\n", total, errors);
    return 0;
}
