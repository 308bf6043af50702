/* TRUTH: racy — main passes &i to each thread and keeps incrementing i in the loop; each thread's plain read *(int*)arg races with main's later plain i++. */
#include <pthread.h>
#include <stdio.h>
static int seen[3];
static void *work(void *arg) {
    int v = *(int *)arg;
    if (v >= 0 && v < 3) seen[v] = 1;
    return NULL;
}
int main(void) {
    pthread_t t[3];
    int i;
    for (i = 0; i < 3; i++) pthread_create(&t[i], NULL, work, &i);
    for (int j = 0; j < 3; j++) pthread_join(t[j], NULL);
    printf("%d %d %d\n", seen[0], seen[1], seen[2]);
    return 0;
}
