/* TRUTH: racy — the thread writes *gp, i.e. `shared`; main writes `shared` directly before joining, unordered with the thread's write. */
#include <pthread.h>
#include <stdio.h>
static int shared;
static int *gp;
static void *writer(void *u) { (void)u; *gp = 11; return NULL; }
int main(void) {
    gp = &shared;
    pthread_t t;
    pthread_create(&t, NULL, writer, NULL);
    shared *= 2;
    pthread_join(t, NULL);
    printf("%d\n", shared);
    return 0;
}
