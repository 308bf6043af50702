/* TRUTH: free — gp is set before create (ordered by create); the thread writes *gp (= shared); main writes `shared` only after join. */
#include <pthread.h>
#include <stdio.h>
static int shared;
static int *gp;
static void *writer(void *u) { (void)u; *gp = 11; return NULL; }
int main(void) {
    gp = &shared;
    pthread_t t;
    pthread_create(&t, NULL, writer, NULL);
    pthread_join(t, NULL);
    shared *= 2;
    printf("%d\n", shared);
    return 0;
}
