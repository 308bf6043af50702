/* TRUTH: racy — next_id is a plain int and `id = next_id++` runs concurrently in several threads (race on next_id; duplicate ids also make two threads write the same slot[id]). */
#include <pthread.h>
#include <stdio.h>
#define N 5
static int next_id;
static double slot[N];
static void *w(void *u) {
    (void)u;
    int id = next_id++;
    if (id < N) slot[id] = id * 1.5;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, w, NULL);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    double s = 0;
    for (int i = 0; i < N; i++) s += slot[i];
    printf("%f\n", s);
    return 0;
}
