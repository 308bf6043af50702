/* racy: main joins only the first two of four threads, then reads results[3]
   which thread 3 may still be writing. */
#include <pthread.h>
#define N 4
static int results[N];
static void *work(void *a) { long i = (long)a; results[i] = (int)i * 2; return 0; }
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], 0, work, (void *)i);
    for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
    int s = results[0] + results[1] + results[3];
    for (int i = 2; i < N; i++) pthread_join(t[i], 0);
    return s;
}
