/* TRUTH: free — t1 writes p[0], t2 writes p[3]: different elements */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int *p;
void *t1(void *arg) { p[0] = 1; return NULL; }
void *t2(void *arg) { p[3] = 2; return NULL; }
int main(void) {
    pthread_t x1, x2;
    p = malloc(sizeof(int));
    if (!p) return 1;
    p = realloc(p, 4 * sizeof(int));
    if (!p) return 1;
    pthread_create(&x1, NULL, t1, NULL);
    pthread_create(&x2, NULL, t2, NULL);
    pthread_join(x1, NULL);
    pthread_join(x2, NULL);
    free(p);
    return 0;
}
