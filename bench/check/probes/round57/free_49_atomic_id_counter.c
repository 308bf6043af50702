/* TRUTH: free — each thread obtains id = atomic_fetch_add(&next_id, 1), which yields distinct ids 0..N-1, and writes only slot[id]; main reads after joins. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 5
static atomic_int next_id;
static double slot[N];
static void *w(void *u) {
    (void)u;
    int id = atomic_fetch_add(&next_id, 1);
    slot[id] = id * 1.5;
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
