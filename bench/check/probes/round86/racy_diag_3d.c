/* TRUTH: racy — thread id writes c[id][id][id] and reads c[0][0][0]: thread 0 writes c[0][0][0] while threads 1-3 read it. */
#include <pthread.h>
#define N 4
int c[N][N][N]; int sink[N];
void *work(void *arg) { int id = *(int *)arg; c[id][id][id] = 1; sink[id] = c[0][0][0]; return 0; }
int main(void) {
    pthread_t t[N]; int ids[N];
    for (int i = 0; i < N; i++) { ids[i] = i; pthread_create(&t[i], 0, work, &ids[i]); }
    for (int i = 0; i < N; i++) pthread_join(t[i], 0);
    return 0;
}
