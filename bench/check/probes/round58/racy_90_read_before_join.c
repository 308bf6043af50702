/* TRUTH: racy — main reads part[2] before joining thread 2, which writes part[2]: unordered write/read. */
#include <pthread.h>
static long part[3];
static void *w(void *arg) { int id = *(int *)arg; long s = 0; for (int i = 0; i < 100; i++) s += i * (id + 1); part[id] = s; return NULL; }
int main(void) {
    static int ids[3] = {0, 1, 2};
    pthread_t th[3];
    for (int k = 0; k < 3; k++) pthread_create(&th[k], NULL, w, &ids[k]);
    long early = part[2];
    for (int k = 0; k < 3; k++) pthread_join(th[k], NULL);
    return (int)(early + part[0] + part[1]);
}
