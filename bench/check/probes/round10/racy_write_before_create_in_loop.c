/* racy: in a loop main writes `param` and then creates a thread that reads
   it; the write of iteration 2 races with the read by the thread created in
   iteration 1 (the write precedes only the LATER create). */
#include <pthread.h>
static int param;
static int seen[3];
static void *t(void *a) { long i = (long)a; seen[i] = param; return 0; }
int main(void) {
    pthread_t th[3];
    for (long i = 0; i < 3; i++) {
        param = (int)i * 10;
        pthread_create(&th[i], 0, t, (void *)i);
    }
    for (int i = 0; i < 3; i++) pthread_join(th[i], 0);
    return seen[0];
}
