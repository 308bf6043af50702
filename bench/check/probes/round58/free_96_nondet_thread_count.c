/* TRUTH: free — main starts 1..4 threads (count from argc), thread k writes only slot[k]; main reads after joining all started threads. */
#include <pthread.h>
static int slot[4];
static void *w(void *arg) { int k = *(int *)arg; slot[k] = k + 1; return NULL; }
int main(int argc, char **argv) {
    (void)argv;
    static int ids[4] = {0, 1, 2, 3};
    int n = 1 + (argc % 4);
    pthread_t th[4];
    for (int k = 0; k < n; k++) pthread_create(&th[k], NULL, w, &ids[k]);
    for (int k = 0; k < n; k++) pthread_join(th[k], NULL);
    return slot[0] + slot[1] + slot[2] + slot[3];
}
