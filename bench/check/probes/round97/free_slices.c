/* FREE: each worker fills its own disjoint slice of a global array (id passed by
   value); main sums after joining all. */
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#define N 4
#define LEN 1024
static double data[LEN];
static void *fill(void *arg) {
    intptr_t id = (intptr_t)arg;
    int chunk = LEN / N;
    for (int i = id * chunk; i < (id + 1) * chunk; i++)
        data[i] = i * 0.5;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&t[i], NULL, fill, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    double s = 0;
    for (int i = 0; i < LEN; i++) s += data[i];
    printf("%f\n", s);
    return 0;
}
