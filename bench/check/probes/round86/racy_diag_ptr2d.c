/* TRUTH: racy — p points at m; thread id writes p[id][id] and thread id reads p[1][1]: thread 1 writes m[1][1], thread 0 reads it. */
#include <pthread.h>
#define N 4
int m[N][N]; int (*p)[N] = m; int sink[N];
void *work(void *arg) { int id = *(int *)arg; p[id][id] = 1; sink[id] = p[1][1]; return 0; }
int main(void) {
    pthread_t t[N]; int ids[N];
    for (int i = 0; i < N; i++) { ids[i] = i; pthread_create(&t[i], 0, work, &ids[i]); }
    for (int i = 0; i < N; i++) pthread_join(t[i], 0);
    return 0;
}
