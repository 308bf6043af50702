/* TRUTH: racy — main writes res[0] = -1.0 before joining; worker 0 may write res[0] concurrently (write/write, unordered). */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
static double *res;
static void *compute(void *a) {
    size_t i = (size_t)(uintptr_t)a;
    res[i] = (double)i / 2.0;
    return NULL;
}
int main(int argc, char **argv) {
    (void)argv;
    size_t n = (size_t)argc + 3;
    pthread_t *hs = malloc(n * sizeof *hs);
    res = calloc(n, sizeof *res);
    if (!hs || !res) return 1;
    for (size_t i = 0; i < n; i++)
        pthread_create(&hs[i], NULL, compute, (void *)(uintptr_t)i);
    res[0] = -1.0;
    for (size_t i = 0; i < n; i++)
        pthread_join(hs[i], NULL);
    double s = 0;
    for (size_t i = 0; i < n; i++) s += res[i];
    printf("%f\n", s);
    free(hs);
    free(res);
    return 0;
}
