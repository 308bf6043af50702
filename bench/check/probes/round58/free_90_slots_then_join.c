/* TRUTH: free — each thread accumulates privately and writes only its own part[id]; main reads part[] after joining all. */
#include <pthread.h>
static long part[3];
static void *w(void *arg) { int id = *(int *)arg; long s = 0; for (int i = 0; i < 100; i++) s += i * (id + 1); part[id] = s; return NULL; }
int main(void) {
    static int ids[3] = {0, 1, 2};
    pthread_t th[3];
    for (int k = 0; k < 3; k++) pthread_create(&th[k], NULL, w, &ids[k]);
    for (int k = 0; k < 3; k++) pthread_join(th[k], NULL);
    return (int)(part[0] + part[1] + part[2]);
}
