/* TRUTH: racy — thread id writes m[id][id] and reads m[0][0]: thread 0 writes m[0][0] while threads 1-3 read it. */
#include <pthread.h>
#define N 4
int m[N][N]; int sink[N];
void *work(void *arg) { int id = *(int *)arg; m[id][id] = 1; sink[id] = m[0][0]; return 0; }
int main(void) {
    pthread_t t[N]; int ids[N];
    for (int i = 0; i < N; i++) { ids[i] = i; pthread_create(&t[i], 0, work, &ids[i]); }
    for (int i = 0; i < N; i++) pthread_join(t[i], 0);
    return 0;
}
