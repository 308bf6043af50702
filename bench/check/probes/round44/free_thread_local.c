/* TRUTH: free — scratch is _Thread_local so every thread has its own copy; the shared total is mutex-protected */
#include <pthread.h>
static _Thread_local int scratch[8];
static _Thread_local int calls;
static long total;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int step(int x) {
    calls++;
    scratch[x & 7] += x;
    return scratch[x & 7];
}
static void *worker(void *arg) {
    int s = 0;
    for (int i = 0; i < 50; i++) s += step(i + (int)(long)arg);
    pthread_mutex_lock(&m);
    total += s + calls;
    pthread_mutex_unlock(&m);
    return NULL;
}
int main(void) {
    pthread_t t[3];
    for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    return (int)(total & 0x7f);
}
