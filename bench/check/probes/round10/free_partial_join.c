/* free: main joins only the first two threads, and then reads only the
   results those two threads wrote; remaining threads joined later. */
#include <pthread.h>
#define N 4
static int results[N];
static void *work(void *a) { long i = (long)a; results[i] = (int)i * 2; return 0; }
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], 0, work, (void *)i);
    for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
    int s = results[0] + results[1];
    for (int i = 2; i < N; i++) pthread_join(t[i], 0);
    return s + results[3];
}
