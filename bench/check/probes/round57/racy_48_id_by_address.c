/* TRUTH: racy — threads receive &i (address of main's loop variable): the thread's read *(int*)arg races with main's i++ write, and two threads may read the same i and both do data[id] += on the same slot. */
#include <pthread.h>
#include <stdio.h>
#define NTH 4
static int data[NTH + 1];
static void *w(void *arg) { int id = *(int *)arg; data[id] += id + 1; return NULL; }
int main(void) {
    pthread_t t[NTH];
    int i;
    for (i = 0; i < NTH; i++) pthread_create(&t[i], NULL, w, &i);
    for (int j = 0; j < NTH; j++) pthread_join(t[j], NULL);
    printf("%d\n", data[0] + data[3]);
    return 0;
}
