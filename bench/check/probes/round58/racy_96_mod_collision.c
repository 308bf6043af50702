/* TRUTH: racy — three threads write slot[k % 2]: threads 0 and 2 both write slot[0] unsynchronized. */
#include <pthread.h>
static int slot[2];
static void *w(void *arg) { int k = *(int *)arg; slot[k % 2] = k + 1; return NULL; }
int main(void) {
    static int ids[3] = {0, 1, 2};
    pthread_t th[3];
    for (int k = 0; k < 3; k++) pthread_create(&th[k], NULL, w, &ids[k]);
    for (int k = 0; k < 3; k++) pthread_join(th[k], NULL);
    return slot[0] + slot[1];
}
