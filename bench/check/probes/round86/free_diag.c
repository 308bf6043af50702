/* TRUTH: free — thread id writes m[id][id]; ids 0..3 distinct, so distinct elements. */
#include <pthread.h>
#define N 4
int m[N][N];
void *work(void *arg) { int id = *(int *)arg; m[id][id] = id; return 0; }
int main(void) {
    pthread_t t[N]; int ids[N];
    for (int i = 0; i < N; i++) { ids[i] = i; pthread_create(&t[i], 0, work, &ids[i]); }
    for (int i = 0; i < N; i++) pthread_join(t[i], 0);
    return 0;
}
