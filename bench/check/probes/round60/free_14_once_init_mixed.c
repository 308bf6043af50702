/* TRUTH: free — cfg and uses are written plainly only by the pthread_once init routine; every thread calls pthread_once before its atomic load of cfg and atomic add to uses, so the plain init writes happen-before all atomic accesses; main reads uses plainly after join. */
#include <pthread.h>
#include <stdio.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int cfg;
static int uses;
static void init(void) {
    cfg = 77;
    uses = 0;
}
static void *worker(void *arg) {
    pthread_once(&once, init);
    int c = __atomic_load_n(&cfg, __ATOMIC_RELAXED);
    __atomic_fetch_add(&uses, c > 0, __ATOMIC_RELAXED);
    return arg;
}
int main(void) {
    pthread_t t[3];
    for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    printf("%d\n", uses);
    return 0;
}
