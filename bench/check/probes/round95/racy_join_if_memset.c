/* racy: memset clears the handles after the creates, so no if (tid[i]) join runs and
   the workers' writes race with main's read. */
#include <pthread.h>
#include <string.h>
#define N 2
static int slot[N];
static void *worker(void *a) { slot[(long)a] = 1; return 0; }
int main(void) {
    pthread_t tid[N];
    for (long i = 0; i < N; i++) pthread_create(&tid[i], 0, worker, (void *)i);
    memset(tid, 0, sizeof tid);
    for (int i = 0; i < N; i++)
        if (tid[i]) pthread_join(tid[i], 0);
    return slot[0] + slot[1];
}
